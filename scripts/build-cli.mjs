// Builds the command line ahead of time (run by `npm ci` through "prepare", and by jest's globalSetup):
// one CommonJS bundle for the command and one for the check worker, so no TypeScript is compiled
// when `jixiao` runs. exceljs stays an ordinary dependency, loaded only by the commands that write.
import { existsSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "dist-cli");

let esbuild;
try {
  esbuild = await import("esbuild");
} catch {
  // A production install (--omit=dev) has no esbuild; bin/jixiao.js then says how to build.
  console.warn("esbuild 未安装，跳过命令行构建 / esbuild not installed; skipping the CLI build");
  process.exit(0);
}

if (existsSync(out)) rmSync(out, { recursive: true, force: true });
await esbuild.build({
  absWorkingDir: root,
  entryPoints: { jixiao: "src/cli/main.ts", worker: "src/cli/check-worker.ts" },
  outdir: out,
  outExtension: { ".js": ".cjs" },
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  // exceljs is large and loads its own files at run time: keep it a plain require, made only when a
  // command writes a workbook or reads a library workbook.
  external: ["exceljs"],
  legalComments: "none",
  logLevel: "warning",
});
console.log(`built ${out}`);

// V8's code cache for the command: one warm-up check of a department's own self-evaluation form and of a
// Jixiao template compiles the functions a check runs, and the process leaves their bytecode beside the
// bundle (dist-cli/jixiao.cjs.v8cache, loaded by bin/load-bundle.js). Without it jixiao still runs, only
// compiling as it goes; a failure here is said and the build stands.
try {
  await warmUp();
  console.log(`code cache ${join(out, "jixiao.cjs.v8cache")}`);
} catch (e) {
  console.warn(`未生成代码缓存（命令行照常可用）/ no code cache written (the CLI works without it): ${e.message}`);
}

async function warmUp() {
  const { execFileSync } = await import("node:child_process");
  const { mkdtempSync, existsSync: exists } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { default: ExcelJS } = await import("exceljs");
  const dir = mkdtempSync(join(tmpdir(), "jixiao-warmup-"));
  try {
    const bin = join(root, "bin", "jixiao.js");
    const run = (args, mode) =>
      execFileSync(process.execPath, [bin, ...args], { cwd: dir, stdio: "ignore", env: { ...process.env, JIXIAO_CODE_CACHE: mode } });
    run(["template", "self-eval", "-o", "template.xlsx"], "off");
    await departmentForm().xlsx.writeFile(join(dir, "form.xlsx"));
    // Exit code 1 (the form has errors on purpose) is a finished check.
    try {
      run(["check", "form.xlsx", "template.xlsx", "--jobs", "1", "--verbose"], "write");
    } catch (e) {
      if (e.status !== 1) throw e;
    }
    if (!exists(join(out, "jixiao.cjs.v8cache"))) throw new Error("the warm-up wrote no cache");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  /** A self-evaluation as departments fill the published form: budget block, three levels, scores, a total. */
  function departmentForm() {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("自评表");
    ws.addRow(["项目支出绩效自评表"]);
    ws.addRow(["项目名称", "农村公路养护"]);
    ws.addRow(["主管部门", "县交通运输局", "实施单位", "县公路事务中心"]);
    ws.addRow(["", "", "年初预算数", "全年预算数（A）", "全年执行数（B）", "分值", "执行率（B/A）", "得分"]);
    ws.addRow(["", "年度资金总额", 100, 100, 93, 10, 0.93, 9.3]);
    ws.addRow(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]);
    const rows = [
      ["产出指标", "数量指标", "养护里程", "≥120公里", "118公里", 20, 19.67, "雨季停工"],
      ["产出指标", "质量指标", "优良路率", "≥85%", "0.9", 15, 15, ""],
      ["产出指标", "时效指标", "完成时间", "2024年12月前", "2024年11月", 10, 10, ""],
      ["产出指标", "成本指标", "每公里养护成本", "≤0.8万元", "0.78万元", 5, 5, ""],
      ["效益指标", "社会效益指标", "群众出行条件", "明显改善", "改善", 30, 28, ""],
      ["满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "95%", 10, 10, ""],
    ];
    for (const r of rows) ws.addRow(r);
    ws.addRow(["总分", "", "", "", "", 100, 97]);
    ws.getCell("G5").numFmt = "0%";
    ws.mergeCells("A7:A10");
    return wb;
  }
}
