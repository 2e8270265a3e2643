/** Why a workbook could not be read; the CLI and the add-in show `message` as is. */
export type WorkbookReadProblem = "not-found" | "empty" | "not-spreadsheet" | "legacy-xls" | "encrypted" | "unreadable" | "too-large" | "not-a-file" | "no-permission";

export class WorkbookReadError extends Error {
  readonly problem: WorkbookReadProblem;
  readonly file: string;

  constructor(problem: WorkbookReadProblem, file: string, detail?: string) {
    super(describe(problem, file, detail));
    this.name = "WorkbookReadError";
    this.problem = problem;
    this.file = file;
  }
}

function describe(problem: WorkbookReadProblem, file: string, detail?: string): string {
  const tail = detail ? ` (${detail})` : "";
  switch (problem) {
    case "not-found":
      return `找不到文件“${file}” / file not found: ${file}`;
    case "empty":
      return `文件“${file}”是空的 / ${file} is empty`;
    case "not-spreadsheet":
      return `“${file}”不是 Excel 工作簿（.xlsx） / ${file} is not an Excel workbook (.xlsx)`;
    case "legacy-xls":
      return `“${file}”是旧版 .xls 格式，请在 Excel 或 WPS 中另存为 .xlsx 后再试 / ${file} is a legacy .xls file; save it as .xlsx first`;
    case "encrypted":
      return `“${file}”设置了打开密码，请先取消密码再试 / ${file} is password-protected; remove the password first`;
    case "too-large": {
      // The detail comes bilingual ("zh / en") from the reader's limits.
      const [zh, en] = (detail ?? "").split(" / ");
      return `“${file}”超出可检查的范围，已拒绝读取${zh ? `：${zh}` : ""} / ${file} is too large to check${en ? `: ${en}` : zh ? ` (${zh})` : ""}`;
    }
    case "not-a-file":
      return `“${file}”不是普通文件（可能是管道或设备），已跳过 / ${file} is not a regular file (a pipe or device); skipped`;
    case "no-permission":
      return `无法读取：没有权限（“${file}”） / cannot read ${file}: permission denied`;
    case "unreadable":
      return `无法读取工作簿“${file}”，文件可能已损坏${tail} / cannot read workbook ${file}; it may be damaged${tail}`;
  }
}
