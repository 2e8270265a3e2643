import { has, param as p, whereEn as at } from "./params";
import type { MessageMap } from "./types";

const BAD_TREE: Record<string, (i: Parameters<MessageMap["structure/bad-tree"]>[0]) => string> = {
  "unknown-level1": (i) => `${at(i)}: first-level category "${p(i, "level1")}" is not in the indicator tree; use one of: ${p(i, "allowed")}`,
  "unknown-level2": (i) => `${at(i)}: second-level category "${p(i, "level2")}" does not belong under "${p(i, "level1")}"; use one of: ${p(i, "allowed")}`,
  "wrong-parent": (i) => `${at(i)}: "${p(i, "level2")}" belongs under "${p(i, "parent")}", not "${p(i, "level1")}"; move it`,
};

const DEGENERATE: Record<string, string> = {
  cap: "this rate cannot exceed 100%, so \"≥100%\" only means exactly 100%; write =100% or a realistic target such as ≥98%",
  floor: "a target like \"≥0\" is always met and measures nothing; write the level to reach",
  "zero-ceiling": "\"≤0\" simply means zero; write =0",
  "negative-ceiling": "this quantity is never below 0, so the target cannot be met; check the number and the sign",
};

const DIRECTION_WHY: Record<string, string> = {
  library: "the library's direction for this indicator",
  cost: "a cost indicator is a ceiling",
  "cost-unit": "an amount of money is a ceiling",
  duration: "a duration under 时效 is a ceiling",
  default: "rates and counts are minimums",
};

export const en: MessageMap = {
  "structure/no-output": (i) => `This table has no ${p(i, "level1") || "output"} indicators (产出指标); add at least one quantity, quality, timeliness or cost indicator`,
  "structure/no-benefit": (i) => `This table has no ${p(i, "level1") || "benefit"} indicators (效益指标); add economic, social, ecological or sustainability effects`,
  "structure/no-satisfaction": (i) => `This table has no ${p(i, "level1") || "satisfaction"} indicators (满意度指标); add service-recipient satisfaction (e.g. ≥90%)`,
  "structure/no-cost": (i) => `This table has no cost indicator (${p(i, "level2")}); add at least one, such as unit cost or cost per person`,
  "structure/too-few": (i) => `This table has ${p(i, "count")} indicators, fewer than the required ${p(i, "min")}; add more`,
  "structure/bad-tree": (i) => (BAD_TREE[p(i, "problem")] ?? BAD_TREE["wrong-parent"]!)(i),
  "structure/duplicate": (i) => `${at(i)} repeats ${p(i, "firstCell")} under the same second-level category "${p(i, "level2")}"; delete or merge one`,
  "weight/sum": (i) =>
    (i.cell ? `Weights from ${i.cell}: ` : "") +
    (has(i, "budget")
      ? `Indicator weights (${p(i, "indicators")}) plus the budget-execution weight (${p(i, "budget")}) make ${p(i, "total")}, not ${p(i, "expected")}; adjust the weights`
      : `Indicator weights add up to ${p(i, "total")}, not ${p(i, "expected")}; adjust the weights`),
  "weight/level1": (i) => `Weights under ${at(i)} add up to ${p(i, "sum")}, not ${p(i, "expected")}; adjust the weights in this category`,
  "weight/missing": (i) => `${at(i)} has no weight, so it cannot be scored; enter its weight`,
  "value/missing": (i) =>
    p(i, "problem") === "placeholder"
      ? `${at(i)}: the target is still the template placeholder "${p(i, "text")}"; enter the real target`
      : `${at(i)} has no target; enter a measurable target`,
  "value/unparseable": (i) => `${at(i)}: the target "${p(i, "text")}" cannot be read; write it like ≥95%, ≤3天 or 2025年12月前`,
  "value/vague": (i) => `${at(i)}: the target "${p(i, "text")}" is vague; write a measurable value${has(i, "example") ? ` such as ${p(i, "example")}` : " such as ≥95%"}`,
  "value/degenerate": (i) => `${at(i)}: the target "${p(i, "text")}" does not work: ${DEGENERATE[p(i, "problem")] ?? DEGENERATE.floor}`,
  "value/unit-missing": (i) => `${at(i)}: the target "${p(i, "text")}" has no unit; add one${has(i, "unit") ? ` (the library uses "${p(i, "unit")}")` : ""}`,
  "value/direction-assumed": (i) =>
    `${at(i)}: the target "${p(i, "text")}" has no operator; scored as "${p(i, "operator")}" (${DIRECTION_WHY[p(i, "reason")] ?? DIRECTION_WHY.default}); write ≥, ≤ or = before the value if that is wrong`,
  "value/rate-over-100": (i) => `${at(i)}: the actual "${p(i, "actual")}" is ${p(i, "value")}%; a rate or satisfaction cannot exceed 100%; check the value and unit`,
  "library/unknown": (i) =>
    has(i, "suggestions")
      ? `${at(i)} is not in the indicator library; closest library indicators: ${p(i, "suggestions")}. Prefer a library indicator`
      : `${at(i)} is not in the indicator library; check the name or pick an indicator from the library`,
  "library/category-mismatch": (i) =>
    `${at(i)} is filed under "${p(i, "level1")}/${p(i, "level2")}" but the library files it under "${p(i, "libLevel1")}/${p(i, "libLevel2")}"; move it`,
  "library/unit-mismatch": (i) => `${at(i)}: unit "${p(i, "unit")}" differs from the library's "${p(i, "libUnit")}"; use the same unit`,
  "library/operator-mismatch": (i) =>
    `${at(i)}: the target "${p(i, "text")}" uses "${p(i, "operator")}" but the library uses "${p(i, "libOperator")}"; the opposite direction scores wrongly, check it`,
  "library/retired": (i) =>
    `${at(i)} was retired on ${p(i, "date")}${has(i, "replacement") ? `; use "${p(i, "replacement")}" instead` : "; pick a current library indicator"}`,
  "library/basis-missing": (i) => `${at(i)} has no value basis (指标值设定依据); choose plan, industry, historical, budget-standard or other`,
  "library/basis-invalid": (i) => `${at(i)}: the value basis "${p(i, "basis")}" does not apply to this indicator; allowed: ${p(i, "allowed")}`,
  "library/below-reference": (i) =>
    `${at(i)}: the target "${p(i, "text")}" is below the library's ${p(i, "basis")} reference "${p(i, "reference")}"; justify it or raise the target`,
  "score/explanation-missing": (i) =>
    p(i, "why") === "over"
      ? `${at(i)} far exceeded its target; explain why in the deviation-reason column`
      : `${at(i)} scored ${p(i, "score")} of ${p(i, "weight")}; explain the shortfall in the deviation-reason column`,
  "score/over-target": (i) =>
    `${at(i)}: the ${p(i, "stage") === "monitor" ? "expected" : "actual"} value "${p(i, "actual")}" is ${p(i, "threshold")}% or more of the target "${p(i, "target")}"; the target may be too low, explain and adjust it next year`,
  "score/out-of-band": (i) =>
    `${at(i)}: score ${p(i, "score")} is outside the band ${p(i, "min")}–${p(i, "max")} of the chosen tier "${p(i, "tier")}"; score within the band or choose another tier`,
  "score/exceeds-weight": (i) => `${at(i)}: score ${p(i, "score")} is not between 0 and ${p(i, "weight")}; correct it`,
  "score/mismatch": (i) => `${at(i)}: the entered score ${p(i, "typed")} differs from the rule's ${p(i, "computed")}; check the actual value or use the computed score`,
  "score/formula-changed": (i) =>
    p(i, "state") === "overwritten"
      ? `${at(i)}: the ${has(i, "what") ? "" : "score "}formula was replaced by a typed number; restore the template's formula`
      : `${at(i)}: the ${has(i, "what") ? "" : "score "}formula differs from the template's; restore it`,
  "budget/low-execution": (i) =>
    has(i, "months")
      ? `${at(i)}: budget execution to month ${p(i, "months")} is ${p(i, "rate")}%, behind the ${p(i, "threshold")}% of the year elapsed; give the reason and how execution will catch up`
      : `${at(i)}: budget execution ${p(i, "rate")}% is below ${p(i, "threshold")}%; give the reason for low execution`,
  "budget/overspend": (i) =>
    `${at(i)}: budget execution ${p(i, "rate")}% is above ${p(i, "threshold")}%: spending beyond the budget; explain it. The budget score stays at its weight`,
  "budget/as-indicator": (i) =>
    p(i, "counted") === "twice"
      ? `${at(i)} is budget execution, which this table already scores in its budget block; as an indicator it counts twice. Remove the row or use an output or benefit indicator`
      : `${at(i)} is budget execution, scored in its own block in the self-evaluation; do not use it as an indicator. Use an output or benefit indicator`,
  "value/actual-missing": (i) =>
    has(i, "count")
      ? `Targets are filled in but none of the ${p(i, "count")} indicators has an actual value (${p(i, "cells")}); nothing can be scored — fill in the actual values`
      : `${at(i)} has a target but neither an actual value nor a score; fill in the actual value`,
  "meta/missing": (i) => `${i.cell ? `${i.cell}: ` : ""}The table gives no ${p(i, "fieldEn")} (${p(i, "field")}); fill it in so reviewers can identify it`,
  "score/total-mismatch": (i) =>
    p(i, "bound") === "subtotal"
      ? `${i.cell ?? "The subtotal"}: the typed subtotal of "${p(i, "level1")}", ${p(i, "typed")}, differs from the sum of its scores, ${p(i, "sum")}; check the subtotal`
      : p(i, "bound") === "most"
      ? `${i.cell ?? "The total"}: the typed total ${p(i, "typed")} is more than the scores plus the full marks of the unscored rows allow, ${p(i, "sum")}; check the total`
      : `${i.cell ?? "The total"}: the typed total ${p(i, "typed")} differs from the sum of the scores, ${p(i, "sum")}; check the total`,
  "score/not-scored": (i) =>
    p(i, "state") === "no-weights"
      ? "The indicators carry no weights and the form does not show how the points are shared, so no total or grade can be given; fill in the weights"
      : p(i, "state") === "weight-sum"
      ? `The weights add up to ${p(i, "total")}, short of the full ${p(i, "expected")}: points are missing from the table, so no total or grade is given; complete the indicators or fix the weights`
      : p(i, "part") === "none"
        ? "The table has no indicator row that can be scored, so no total or grade is given; complete the indicators and check again"
        : p(i, "part") === "budget"
        ? "Budget execution cannot be scored (budget or spending missing), so no total or grade is given; complete it and check again"
        : `Row(s) ${p(i, "rows")} cannot be scored (weight, actual value or score missing), so no total or grade is given; complete them and check again`,
  "library/stale": (i) =>
    p(i, "kind") === "other-library"
      ? `Written against library ${p(i, "stamp")}, checked with a different library, ${p(i, "current")}`
      : `Written against library ${p(i, "stamp")}, the current one is ${p(i, "current")}; refresh the template`,
  "recognize/empty-workbook": (i) => `Workbook "${p(i, "name")}" is empty; check that this is the filled-in table`,
  "recognize/no-table": (i) => `No indicator table found in sheet "${i.sheet}" (expected headers such as 一级指标, 三级指标, 指标值)`,
  "recognize/no-rows": (i) => `Indicator headers found at ${i.cell ?? ""} but no indicator rows under them; fill in the indicators`,
  "recognize/block-skipped": (i) => `The mid- or long-term indicator block at ${i.cell ?? ""} was not checked; only the annual block is`,
  "recognize/template-mismatch": (i) => `Sheet "${i.sheet}" carries a Jixiao template stamp but its header row (${i.cell ?? ""}) was changed; read as a general form — use the original template`,
  "recognize/unknown-header": (i) => `The header "${p(i, "text")}" at ${i.cell ?? ""} matches no known column; that column was not checked`,
  "recognize/row-skipped": (i) =>
    p(i, "why") === "not-applicable"
      ? `${at(i)} is marked "/" throughout: taken as not applicable and not checked`
      : Number(p(i, "count")) > 1
        ? `${p(i, "count")} template placeholder rows (${p(i, "cells")}, such as "${p(i, "text")}") were not checked; delete rows you do not use`
        : `"${p(i, "text")}" at ${i.cell ?? at(i)} is a template placeholder row and was not checked; delete rows you do not use`,
};
