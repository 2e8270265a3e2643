import { readFileSync } from "node:fs";
import { parseTarget, directionOf, isPlaceholder, type Direction } from "../../../src/core/values";

/** Every concrete target printed in the domain examples reads to the direction the file gives. */
const lines = readFileSync("/work/shared/domain/examples.tsv", "utf8").trim().split("\n").slice(1);
const rows = lines.map((l) => {
  const c = l.split("\t");
  return { name: c[0] ?? "", unit: c[3] ?? "", direction: c[4] ?? "", target: c[5] ?? "" };
});

const DIRECTION: Record<string, Direction> = { "+": "positive", "−": "reverse", "=": "equality", range: "range", Q: "qualitative" };
const SPLIT_WORD: Record<Direction, string> = { positive: "正向", reverse: "反向", equality: "=", range: "区间", qualitative: "定性" };

/** "= (0)" → "="; "−/=" → either. */
function allowed(direction: string): Direction[] {
  return direction
    .replace(/\s*\(.*\)$/, "")
    .split("/")
    .map((d) => DIRECTION[d.trim()])
    .filter((d): d is Direction => d !== undefined);
}

/** Quotes and editorial notes are the file's, not the form's: "\"≥100%\" (defective form, see §4)", "14726 (actual 15935)". */
function targetsOf(raw: string): string[] {
  const t = raw.replace(/\s*\((?:actual|defective)[^)]*\)\s*$/, "").replace(/^"(.*)"$/, "$1");
  return t.split(" / ").map((s) => s.trim());
}

const SKIP = new Set(["description", "—", ""]);
const simpleUnit = (u: string): string | null => (u.includes(" / ") || u.startsWith("date") || u === "—" ? null : u);

const concrete = rows.flatMap((r) =>
  targetsOf(r.target)
    .filter((t) => !SKIP.has(t) && !isPlaceholder(t))
    .map((t) => ({ ...r, target: t })),
);

describe("examples.tsv targets", () => {
  it("has a substantial set of concrete targets", () => {
    expect(concrete.length).toBeGreaterThan(55);
  });

  it.each(concrete.map((r) => [r.name, r.target, r.direction, r.unit] as const))(
    "%s: %s reads as %s",
    (_name, target, direction, unit) => {
      const dirs = allowed(direction);
      expect(dirs.length).toBeGreaterThan(0);
      const res = parseTarget(target, { operator: SPLIT_WORD[dirs[0] as Direction], unit: simpleUnit(unit) });
      expect(res.ok).toBe(true);
      if (!res.ok) return;
      expect(dirs).toContain(directionOf(res.value.operator));
      if (res.value.kind === "quantitative") expect(res.value.number).not.toBeNull();
      // Without the direction column, a target carrying its own operator keeps it.
      const alone = parseTarget(target);
      if (/^[≥≧≤<>=±]/.test(target) && alone.ok) expect(alone.value.operator).toBe(res.value.operator);
    },
  );

  it("placeholders in the file are reported as placeholders", () => {
    for (const t of ["≥ n", "n", "≥ x%", "≤ 标准", "≤ date", "> x%", "≧ x%"]) {
      const r = parseTarget(t);
      expect(r.ok ? "ok" : r.error.problem).toBe("placeholder");
    }
  });
});
