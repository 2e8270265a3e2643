/** Why a workbook could not be read; the CLI and the add-in show `message` as is. */
export type WorkbookReadProblem = "not-found" | "empty" | "not-spreadsheet" | "legacy-xls" | "encrypted" | "unreadable" | "too-large" | "not-a-file" | "no-permission";

/** A detail in both languages (a limit the reader enforces), or a system message that has only one. */
export type ReadDetail = string | { zh: string; en: string };

export class WorkbookReadError extends Error {
  readonly problem: WorkbookReadProblem;
  readonly file: string;
  readonly detail: ReadDetail | undefined;

  constructor(problem: WorkbookReadProblem, file: string, detail?: ReadDetail) {
    super(`${describe(problem, file, detail, "zh-CN")} / ${describe(problem, file, detail, "en")}`);
    this.name = "WorkbookReadError";
    this.problem = problem;
    this.file = file;
    this.detail = detail;
  }

  /** The message in one language, from the problem's code: faces never split the bilingual one. */
  text(lang: "zh-CN" | "en"): string {
    return describe(this.problem, this.file, this.detail, lang);
  }
}

function describe(problem: WorkbookReadProblem, file: string, detail: ReadDetail | undefined, lang: "zh-CN" | "en"): string {
  const d = detail === undefined ? "" : typeof detail === "string" ? detail : lang === "en" ? detail.en : detail.zh;
  const tail = d ? ` (${d})` : "";
  const zh = lang !== "en";
  switch (problem) {
    case "not-found":
      return zh ? `找不到文件“${file}”` : `file not found: ${file}`;
    case "empty":
      return zh ? `文件“${file}”是空的` : `${file} is empty`;
    case "not-spreadsheet":
      return zh ? `“${file}”不是 Excel 工作簿（.xlsx）` : `${file} is not an Excel workbook (.xlsx)`;
    case "legacy-xls":
      return zh ? `“${file}”是旧版 .xls 格式，请在 Excel 或 WPS 中另存为 .xlsx 后再试` : `${file} is a legacy .xls file; save it as .xlsx first`;
    case "encrypted":
      return zh ? `“${file}”设置了打开密码，请先取消密码再试` : `${file} is password-protected; remove the password first`;
    case "too-large":
      return zh ? `“${file}”超出可检查的范围，已拒绝读取${d ? `：${d}` : ""}` : `${file} is too large to check${d ? `: ${d}` : ""}`;
    case "not-a-file":
      return zh ? `“${file}”不是普通文件（可能是管道或设备），已跳过` : `${file} is not a regular file (a pipe or device); skipped`;
    case "no-permission":
      return zh ? `无法读取：没有权限（“${file}”）` : `cannot read ${file}: permission denied`;
    case "unreadable":
      return zh ? `无法读取工作簿“${file}”，文件可能已损坏${tail}` : `cannot read workbook ${file}; it may be damaged${tail}`;
  }
}
