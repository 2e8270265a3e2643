/**
 * `jixiao check` over a directory of 1,000 self-evaluation workbooks (30 indicators each) against
 * merely loading the same files with exceljs. Figures are printed, never asserted. BENCH_FILES
 * lowers the count for a quick run.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { builtinLibrary } from "../src/core/library";
import { checkInPool, checkSequential, defaultJobs, makeContext } from "../src/cli";
import { collectInputs } from "../src/cli/inputs";
import { SheetSpec, indicatorRows, writeSpec } from "../tests/fixtures/workbooks/spec";
import { report } from "./util";

const LEVELS: [string, string][] = [
  ["产出指标", "数量指标"],
  ["产出指标", "质量指标"],
  ["产出指标", "时效指标"],
  ["产出指标", "成本指标"],
  ["效益指标", "社会效益指标"],
  ["满意度指标", "服务对象满意度指标"],
];

function selfEval(i: number): SheetSpec {
  const s = new SheetSpec("自评表");
  s.put("A1", "项目支出绩效自评表").put("A2", "（2024年度）");
  s.row("A3", ["项目名称", `测试项目${i}`]).row("A4", ["主管部门", "县财政局", "实施单位", "县某中心"]);
  s.row("C5", ["年初预算数", "全年预算数（A）", "全年执行数（B）", "分值", "执行率（B/A）", "得分"]);
  s.row("B6", ["年度资金总额", 100, 100, 90 + (i % 10), 10, 0.9, 9]);
  s.row("A8", ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]);
  const rows = Array.from({ length: 30 }, (_, k) => {
    const [l1, l2] = LEVELS[k % LEVELS.length] as [string, string];
    return [l1, l2, `指标${k + 1}`, `≥${90 + (k % 10)}%`, `${88 + ((k + i) % 12)}%`, 3, 3, ""];
  }).sort((a, b) => LEVELS.findIndex((l) => l[1] === a[1]) - LEVELS.findIndex((l) => l[1] === b[1]));
  indicatorRows(s, "A9", rows);
  s.put(`A${9 + rows.length}`, "总分");
  return s;
}

export default async function bench(): Promise<void> {
  const n = Number(process.env.BENCH_FILES ?? 1000);
  const dir = mkdtempSync(join(tmpdir(), "jixiao-bench-"));
  try {
    let t0 = performance.now();
    for (let i = 0; i < n; i++) await writeSpec({ name: `${i}.xlsx`, sheets: [selfEval(i)] }, join(dir, `${String(i).padStart(4, "0")}.xlsx`));
    const genMs = performance.now() - t0;
    const inputs = await collectInputs([dir], dir);

    t0 = performance.now();
    for (const f of inputs) await new ExcelJS.Workbook().xlsx.readFile(f.path);
    const loadSeq = performance.now() - t0;

    const ctx = makeContext(builtinLibrary(), "zh-CN");
    t0 = performance.now();
    const seq = await checkSequential(inputs, ctx);
    const checkSeq = performance.now() - t0;

    const jobs = defaultJobs();
    t0 = performance.now();
    const par = await checkInPool(inputs, jobs, { cwd: dir, lang: "zh-CN" });
    const checkPool = performance.now() - t0;

    const tables = par.reduce((s, f) => s + f.tables.length, 0);
    const same = JSON.stringify(seq) === JSON.stringify(par);
    report(`check ${n} self-evaluation workbooks × 30 indicators`, {
      "generate (ms)": genMs,
      "exceljs load only, sequential (ms)": loadSeq,
      "check, sequential in-process (ms)": checkSeq,
      [`check, worker pool of ${jobs} (ms)`]: checkPool,
      "ratio check÷load, both sequential": checkSeq / loadSeq,
      "ratio pool check÷sequential load": checkPool / loadSeq,
      "per file, pool (ms)": checkPool / n,
      "tables recognised": tables,
      "pool result equals sequential": same ? "yes" : "NO",
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
