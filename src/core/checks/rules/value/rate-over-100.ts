import { factsFor } from "../../facts";
import { rowFinding } from "../../finding";
import { roundTo, textOf } from "../../normalize";
import type { Finding, Rule } from "../../types";

/** Changes and comparisons may pass 100% (增长率 150%); shares of a whole (满意度, 合格率, 覆盖率) cannot. */
const MAY_EXCEED = /增长|增幅|增速|同比|环比|提高|提升|下降|降低|减少|变化|变动|偏差|偏离|超额|倍/;

/**
 * A rate or satisfaction (unit %) whose actual — or, in monitoring, expected year-end value — is above
 * 100%: a 满意度 of 200% cannot be, whatever over-completion says; usually a typing or unit error.
 */
export const valueRateOver100: Rule = {
  code: "value/rate-over-100",
  defaultSeverity: "warning",
  stages: ["self-eval", "monitor"],
  check(ctx) {
    const facts = factsFor(ctx);
    const out: Finding[] = [];
    for (const f of facts.named()) {
      if (!f.target.ok) continue;
      const t = f.target.value;
      if (t.kind !== "quantitative" || t.unit !== "%" || t.isDate) continue;
      if (MAY_EXCEED.test(f.name)) continue;
      const monitor = ctx.table.kind === "monitor";
      const value = monitor ? facts.expected(f) : facts.actual(f);
      if (value === null || value <= 100) continue;
      const cell = monitor ? f.row.expected : f.row.actual;
      out.push(rowFinding("value/rate-over-100", f, cell, { actual: textOf(cell?.value), value: roundTo(value, 2) }, { expected: "≤100%", actual: `${roundTo(value, 2)}%` }));
    }
    return out;
  },
};
