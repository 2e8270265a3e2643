import { factsFor } from "../../facts";
import { ALL_STAGES, rowFinding } from "../../finding";
import type { Finding, Rule } from "../../types";

/** The library files the indicator elsewhere (设备故障率 is 质量, not 效益). */
export const libraryCategoryMismatch: Rule = {
  code: "library/category-mismatch",
  defaultSeverity: "warning",
  stages: ALL_STAGES,
  needsLibrary: true,
  check(ctx) {
    const facts = factsFor(ctx);
    const out: Finding[] = [];
    for (const f of facts.named()) {
      const m = facts.libraryMatch(f);
      if (!m || m.sameCategory || (!f.level1Text && !f.level2Text)) continue;
      const cat = facts.libraryCategory(m.indicator);
      const libLevel1 = cat.level1 ?? m.indicator.level1;
      const libLevel2 = cat.level2 ?? m.indicator.level2;
      const level1Differs = (f.level1 ?? f.level1Text) !== libLevel1;
      const cell = level1Differs ? f.row.level1 : f.row.level2;
      out.push(
        rowFinding("library/category-mismatch", f, cell.addr ? cell : { value: "", addr: level1Differs ? f.level1Addr : f.level2Addr }, {
          level1: f.level1Text,
          level2: f.level2Text,
          libLevel1,
          libLevel2,
        }, { expected: `${libLevel1}/${libLevel2}`, actual: `${f.level1Text}/${f.level2Text}` }),
      );
    }
    return out;
  },
};
