import type { PlanCell, WorkbookPlan } from "../../../src/core/table/plan";

/**
 * A self-evaluation-shaped plan with `n` indicator rows, built by hand so the adapter's tests do not depend on
 * the template builder: a title, a header row, n rows of text, numbers and a score formula, validations,
 * a conditional format, a hidden helper sheet and a name.
 */
export function samplePlan(n: number, sheetName = "自评表"): WorkbookPlan {
  const cells: PlanCell[] = [
    { addr: "A1", value: "项目支出绩效自评表", style: { bold: true, fontSize: 14 } },
    { addr: "A2", value: "=不是公式" },
  ];
  const headers = ["一级指标", "二级指标", "三级指标", "运算符", "年度指标值", "单位", "实际完成值", "分值", "得分", "偏差原因"];
  headers.forEach((h, i) => cells.push({ addr: `${String.fromCharCode(65 + i)}4`, value: h, style: { bold: true, fill: "#DDEBF7", border: true } }));
  for (let i = 0; i < n; i++) {
    const r = 5 + i;
    cells.push(
      { addr: `A${r}`, value: i < n / 2 ? "产出指标" : "效益指标", style: { border: true } },
      { addr: `B${r}`, value: i < n / 2 ? "数量指标" : "社会效益指标", style: { border: true } },
      { addr: `C${r}`, value: `指标${i + 1}`, style: { border: true } },
      { addr: `D${r}`, value: "≥", locked: false, style: { border: true } },
      { addr: `E${r}`, value: 100, locked: false, style: { border: true } },
      { addr: `F${r}`, value: "%", locked: false, style: { border: true } },
      { addr: `G${r}`, value: null, locked: false, style: { border: true } },
      { addr: `H${r}`, value: 5, locked: false, style: { border: true, numberFormat: "0.00" } },
      { addr: `I${r}`, formula: `IF(ISNUMBER(G${r}),MIN(H${r},H${r}*G${r}/E${r}),"")`, style: { border: true, numberFormat: "0.00" } },
      { addr: `J${r}`, value: null, locked: false, style: { border: true, wrap: true } },
    );
  }
  const last = 4 + n;
  cells.push({ addr: `H${last + 1}`, formula: `SUM(I5:I${last})` });
  return {
    kind: "self-eval",
    stamp: { libraryId: "demo", version: "1.0.0", hash: "abc", profile: "national-2020", template: "self-eval" },
    sheets: [
      {
        name: sheetName,
        cells,
        merges: ["A1:J1"],
        validations: [
          { range: `D5:D${last}`, type: "list", listFormula: "'_jixiao'!$A$1:$A$7", allowBlank: true },
          { range: `H5:H${last}`, type: "decimal", min: 0, max: 100, allowBlank: true, error: { title: "分值", text: "0–100" } },
        ],
        conditionalFormats: [{ range: `I5:I${last}`, formula: "AND(ISNUMBER(I5),I5<H5)", style: { fill: "#FFF2CC" }, meaning: "below weight" }],
        columnWidths: { A: 10, C: 30 },
        hiddenColumns: ["K"],
        frozen: { rows: 4, cols: 0 },
        protect: true,
      },
      {
        name: "_jixiao",
        hidden: true,
        cells: ["≥", ">", "≤", "<", "=", "±", "定性"].map((v, i) => ({ addr: `A${i + 1}`, value: v })),
        merges: [],
        validations: [],
        conditionalFormats: [],
        columnWidths: {},
        protect: false,
      },
    ],
    names: [
      { name: "JIXIAO_LIBRARY", ref: "'_jixiao'!$B$1" },
      { name: "JIXIAO_TABLE", ref: `'${sheetName}'!$A$4:$J$${last}` },
    ],
  };
}
