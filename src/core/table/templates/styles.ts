import type { CellStyle } from "../plan";

/** The look of a printed form: thin borders everywhere, grey labels, white inputs, tinted formulas. */
export const S = {
  title: { bold: true, fontSize: 16, hAlign: "center", vAlign: "middle" },
  subtitle: { fontSize: 11, hAlign: "center", vAlign: "middle" },
  label: { bold: true, fill: "#F2F2F2", hAlign: "center", vAlign: "middle", wrap: true, border: true },
  header: { bold: true, fill: "#DDEBF7", hAlign: "center", vAlign: "middle", wrap: true, border: true },
  text: { vAlign: "middle", wrap: true, border: true },
  centered: { hAlign: "center", vAlign: "middle", wrap: true, border: true },
  number: { hAlign: "right", vAlign: "middle", border: true, numberFormat: "General" },
  money: { hAlign: "right", vAlign: "middle", border: true, numberFormat: "#,##0.00" },
  computed: { hAlign: "right", vAlign: "middle", border: true, fill: "#F7F9FC", numberFormat: "0.00" },
  rate: { hAlign: "right", vAlign: "middle", border: true, fill: "#F7F9FC", numberFormat: "0.00%" },
  check: { hAlign: "center", vAlign: "middle", border: true, fill: "#F7F9FC", fontColor: "#7F7F7F" },
  note: { italic: true, fontColor: "#595959", wrap: true, vAlign: "top" },
} satisfies Record<string, CellStyle>;

/** Conditional-format looks, by severity. */
export const FLAG = {
  error: { fill: "#F8CBAD", fontColor: "#9C0006" },
  warn: { fill: "#FFEB9C", fontColor: "#9C5700" },
  info: { fill: "#DDEBF7" },
} as const;
