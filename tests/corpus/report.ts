/** The corpus figures for the closing note: `npx tsx tests/corpus/report.ts [--detail]`. */
import { formatIssue } from "../../src/core/messages";
import { loadCorpus } from "../fixtures/real/build";
import { analyzeReal, judge } from "./evaluate";

const detail = process.argv.includes("--detail");
let tables = 0, found = 0, kinds = 0, rows = 0, totals = 0, totalsKnown = 0, accepted = 0, acceptedWithErrors = 0, falseErrors = 0, missed = 0, mustFlags = 0;
for (const t of loadCorpus()) {
  const a = analyzeReal(t);
  const v = judge(t, a);
  for (const tv of v.tables) {
    tables++;
    if (tv.found) found++;
    if (tv.kindRight) kinds++;
    if (tv.rowsRight) rows++;
    if (tv.totalRight) totals++;
    if (tv.expected.total !== null) totalsKnown++;
  }
  mustFlags += t.expected.reduce((n, e) => n + (e.mustFlag?.length ?? 0), 0);
  missed += v.missed.length;
  if (t.accepted) {
    accepted++;
    if (v.falseErrors.length) acceptedWithErrors++;
    falseErrors += v.falseErrors.length;
  }
  if (detail) {
    const bad = v.tables.some((x) => !x.found || !x.kindRight || !x.rowsRight || !x.totalRight) || v.missed.length || v.falseErrors.length || v.forbidden.length;
    if (!bad) continue;
    console.log(`\n## ${t.id} (${t.profile}${t.accepted ? ", accepted" : ""})`);
    for (const x of v.tables)
      console.log(`  want ${x.expected.kind} rows=${x.expected.indicators} total=${x.expected.total} ${x.expected.grade}; got ${x.got.kind} rows=${x.got.indicators} total=${x.got.total === null ? null : Math.round(x.got.total * 100) / 100} ${x.got.grade} state=${a.tables[v.tables.indexOf(x)]?.score.state}`);
    for (const m of v.missed) console.log(`  MISSED ${m.code} ${m.cell ?? ""}`);
    for (const e of v.falseErrors) console.log(`  FALSE-ERROR ${e.code} ${e.cell ?? ""}`);
    for (const e of v.forbidden) console.log(`  FORBIDDEN ${e.code} ${e.cell ?? ""}`);
    for (const i of a.issues) if (i.severity !== "info" || detail) console.log(`    [${i.severity}] ${i.code} ${i.cell ?? ""} ${formatIssue(i)}`);
  }
}
console.log(
  `tables ${tables}: found ${found}, kinds right ${kinds}, rows right ${rows}, totals right ${totals} of ${tables} (${totalsKnown} with a number); ` +
    `accepted forms ${accepted}, with a false error ${acceptedWithErrors} (${falseErrors} false errors); real defects missed ${missed} of ${mustFlags}`,
);
