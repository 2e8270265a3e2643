import * as React from "react";
import { Tab, TabList, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { CellValue, Grid } from "../../core/table/grid";
import { formatIssue } from "../../core/messages";
import { colToLetters, parseCell } from "../../excel/a1";
import type { MemoryHost } from "../host/memory-host";
import type { Analysis } from "../state/analyze";
import { fillOf, presentIssues } from "../state/fill";
import type { Strings, UiLang } from "../i18n";
import { evaluateSheet, FormulaError, type Scalar } from "../state/formula";

/** Every formula of a grid (origin A1) evaluated. */
export function formulaResults(grid: Grid): Map<string, Scalar | FormulaError> {
  const at = (r: number, c: number) => {
    const value = grid.values[r - 1]?.[c - 1] ?? null;
    const formula = grid.formulas[r - 1]?.[c - 1] ?? undefined;
    return formula ? { value, formula } : { value };
  };
  const list: [number, number, string][] = [];
  grid.formulas.forEach((row, i) => row.forEach((f, j) => f && list.push([i + 1, j + 1, f])));
  return evaluateSheet({ cell: at }, list);
}

const useStyles = makeStyles({
  wrap: { display: "flex", flexDirection: "column", minWidth: 0, height: "100%" },
  scroller: { overflow: "auto", flex: "1 1 auto", border: `1px solid ${tokens.colorNeutralStroke1}`, background: tokens.colorNeutralBackground1, position: "relative" },
  table: { borderCollapse: "collapse", tableLayout: "fixed", fontSize: "12px" },
  head: { position: "sticky", top: 0, zIndex: 2, background: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground3, fontWeight: 400, border: `1px solid ${tokens.colorNeutralStroke2}`, height: "20px" },
  rowHead: { position: "sticky", left: 0, zIndex: 1, background: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground3, textAlign: "center", border: `1px solid ${tokens.colorNeutralStroke2}`, width: "34px" },
  cell: { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: "1px 3px", height: "20px", overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", cursor: "cell", position: "relative", outline: "none" },
  num: { textAlign: "right" },
  formula: { color: tokens.colorNeutralForeground2, background: tokens.colorNeutralBackground2 },
  selected: { boxShadow: `inset 0 0 0 2px ${tokens.colorBrandStroke1}` },
  error: { background: tokens.colorPaletteRedBackground1, boxShadow: `inset 3px 0 0 ${tokens.colorPaletteRedBorder2}` },
  warning: { background: tokens.colorPaletteYellowBackground1, boxShadow: `inset 3px 0 0 ${tokens.colorPaletteDarkOrangeBorder2}` },
  todo: { boxShadow: `inset 0 0 0 1px ${tokens.colorNeutralStroke1}, inset 3px 0 0 ${tokens.colorNeutralStrokeAccessible}` },
  info: {},
  editor: { position: "absolute", inset: 0, width: "100%", height: "100%", boxSizing: "border-box", border: `2px solid ${tokens.colorBrandStroke1}`, font: "inherit", padding: "0 2px" },
  bar: { display: "flex", gap: "6px", alignItems: "center", padding: "2px 0", minHeight: "24px", fontSize: "12px" },
  addr: { fontFamily: "monospace", minWidth: "48px", border: `1px solid ${tokens.colorNeutralStroke2}`, padding: "0 4px" },
});

type Mark = "error" | "warning" | "todo" | "info";
const RANK: Record<Mark, number> = { error: 3, warning: 2, todo: 1, info: 0 };

/** "93" → 93, "9.5" → 9.5, anything else stays text: what Excel does with typed input (no locale tricks). */
export function parseTyped(text: string): CellValue {
  const t = text.trim();
  if (t === "") return null;
  if (/^[-+]?\d+(\.\d+)?$/.test(t)) return Number(t);
  if (/^[-+]?\d+(\.\d+)?%$/.test(t)) return Number(t.slice(0, -1)) / 100;
  return text;
}

function display(v: CellValue, format: string | null | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") {
    if (format && format.includes("%")) return `${Math.round(v * 10000) / 100}%`;
    return String(Math.round(v * 1e6) / 1e6);
  }
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

/**
 * The in-memory workbook as a spreadsheet outside Office: sheet tabs, a grid you click and type into, merged
 * cells, formula cells showing the result the core computes for them (the same score the formula gives), and
 * the issue marks the pane would put on Excel's cells.
 */
export function WorkbookGrid({ host, analysis, t, lang }: { host: MemoryHost; analysis: Analysis; t: Strings; lang: UiLang }): React.ReactElement {
  const s = useStyles();
  const [, force] = React.useReducer((n: number) => n + 1, 0);
  React.useEffect(() => {
    const a = host.subscribe(force);
    const b = host.onSelection(force);
    return () => {
      a();
      b();
    };
  }, [host]);
  const sheet = host.activeSheet();
  const grid: Grid | null = sheet ? host.sheetGrid(sheet) : null;
  const [sel, setSel] = React.useState<{ row: number; col: number }>({ row: 1, col: 1 });
  const [editing, setEditing] = React.useState<string | null>(null);
  const scroller = React.useRef<HTMLDivElement>(null);

  // 定位到 in the pane selects a cell on the host: follow it here, and scroll it into view.
  const hostSel = host.selected;
  React.useEffect(() => {
    if (!hostSel || hostSel.sheet !== sheet) return;
    const p = parseCell(hostSel.cell);
    setSel({ row: p.row, col: p.col });
    setEditing(null);
    const el = scroller.current?.querySelector<HTMLElement>(`[data-addr="${hostSel.cell}"]`);
    el?.scrollIntoView({ block: "center", inline: "nearest" });
    el?.focus({ preventScroll: true });
  }, [hostSel, sheet]);

  // Marks and computed results, by address on the active sheet.
  const { marks } = React.useMemo(() => {
    const fills = analysis.tables.map(fillOf);
    const marks = new Map<string, { mark: Mark; text: string[] }>();
    for (const i of presentIssues(analysis.issues, fills)) {
      if (i.sheet !== sheet || !i.cell) continue;
      const mark: Mark = i.todo ? "todo" : i.severity;
      const prev = marks.get(i.cell);
      const text = [...(prev?.text ?? []), formatIssue(i, lang)];
      marks.set(i.cell, { mark: prev && RANK[prev.mark] > RANK[mark] ? prev.mark : mark, text });
    }
    return { marks };
  }, [analysis, sheet, lang]);
  // Formula results, as Excel would show them (display only; the analysis reads values).
  const computed = React.useMemo(() => (grid ? formulaResults(grid) : new Map<string, Scalar | FormulaError>()), [grid]);

  if (!grid) return <Text>{t.gridEmpty}</Text>;
  const rows = Math.max(grid.values.length + 3, 20);
  const cols = Math.max((grid.values[0]?.length ?? 0) + 1, 8);
  const covered = new Set<string>();
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  for (const m of grid.merges) {
    const [a, b] = m.split(":");
    if (!a || !b) continue;
    const p = parseCell(a), q = parseCell(b);
    spans.set(`${p.row},${p.col}`, { rowSpan: q.row - p.row + 1, colSpan: q.col - p.col + 1 });
    for (let r = p.row; r <= q.row; r++) for (let c = p.col; c <= q.col; c++) if (r !== p.row || c !== p.col) covered.add(`${r},${c}`);
  }
  const valueAt = (r: number, c: number): CellValue => grid.values[r - 1]?.[c - 1] ?? null;
  const formulaAt = (r: number, c: number): string | null => grid.formulas[r - 1]?.[c - 1] ?? null;
  const widths = Array.from({ length: cols }, (_, c) => {
    let w = 4;
    for (let r = 1; r <= grid.values.length; r++) {
      if (covered.has(`${r},${c + 1}`) || (spans.get(`${r},${c + 1}`)?.colSpan ?? 1) > 1) continue;
      const text = display(valueAt(r, c + 1), null);
      let len = 0;
      for (const ch of text) len += ch.charCodeAt(0) > 0x2e80 ? 2 : 1;
      w = Math.max(w, len);
    }
    return Math.min(Math.max(w * 6.5 + 8, 44), 200);
  });
  const addr = (r: number, c: number): string => `${colToLetters(c)}${r}`;
  const commit = (r: number, c: number, text: string): void => {
    setEditing(null);
    host.setCell(sheet, addr(r, c), parseTyped(text));
  };
  const move = (dr: number, dc: number): void => {
    const row = Math.min(Math.max(sel.row + dr, 1), rows);
    const col = Math.min(Math.max(sel.col + dc, 1), cols);
    setSel({ row, col });
    scroller.current?.querySelector<HTMLElement>(`[data-addr="${addr(row, col)}"]`)?.focus();
  };
  const onKey = (e: React.KeyboardEvent): void => {
    if (editing !== null) return;
    const k = e.key;
    if (k === "ArrowDown") move(1, 0);
    else if (k === "ArrowUp") move(-1, 0);
    else if (k === "ArrowLeft") move(0, -1);
    else if (k === "ArrowRight" || k === "Tab") move(0, 1);
    else if (k === "Enter" || k === "F2") setEditing(display(valueAt(sel.row, sel.col), null));
    else if (k === "Delete" || k === "Backspace") host.setCell(sheet, addr(sel.row, sel.col), null);
    else if (k.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) setEditing(k);
    else return;
    e.preventDefault();
  };
  const selAddr = addr(sel.row, sel.col);
  const selFormula = formulaAt(sel.row, sel.col);
  const selMark = marks.get(selAddr);
  return (
    <div className={s.wrap}>
      <div className={s.bar}>
        <span className={s.addr} data-testid="grid-address">{selAddr}</span>
        <Text size={200} truncate wrap={false} title={selFormula ? `=${selFormula}` : undefined}>
          {selFormula ? `=${selFormula}` : display(valueAt(sel.row, sel.col), null)}
        </Text>
      </div>
      <div className={s.scroller} ref={scroller} onKeyDown={onKey}>
        <table role="grid" aria-label={`${t.gridLabel}：${sheet}`} aria-rowcount={rows} aria-colcount={cols} className={s.table} data-testid="grid">
          <colgroup>
            <col style={{ width: 34 }} />
            {widths.map((w, i) => <col key={i} style={{ width: w }} />)}
          </colgroup>
          <thead>
            <tr role="row">
              <th className={s.head} />
              {widths.map((_, i) => <th key={i} role="columnheader" className={s.head}>{colToLetters(i + 1)}</th>)}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, ri) => {
              const r = ri + 1;
              return (
                <tr key={r} role="row" aria-rowindex={r}>
                  <th role="rowheader" className={s.rowHead}>{r}</th>
                  {Array.from({ length: cols }, (_, ci) => {
                    const c = ci + 1;
                    if (covered.has(`${r},${c}`)) return null;
                    const a = addr(r, c);
                    const span = spans.get(`${r},${c}`);
                    const f = formulaAt(r, c);
                    const result = f ? computed.get(`${r},${c}`) : undefined;
                    const v = f ? (result instanceof FormulaError || result === undefined ? null : result) : valueAt(r, c);
                    const text = result instanceof FormulaError ? "ƒ" : display(v, grid.numberFormats?.[r - 1]?.[c - 1]);
                    const mark = marks.get(a);
                    const isSel = sel.row === r && sel.col === c;
                    const cls = [s.cell, typeof v === "number" ? s.num : "", f ? s.formula : "", mark ? s[mark.mark] : "", isSel ? s.selected : ""].join(" ");
                    return (
                      <td
                        key={c}
                        role="gridcell"
                        data-addr={a}
                        data-mark={mark?.mark}
                        aria-selected={isSel}
                        aria-readonly={false}
                        tabIndex={isSel ? 0 : -1}
                        className={cls}
                        title={[f ? `=${f}` : "", ...(mark?.text ?? [])].filter(Boolean).join("\n") || text || undefined}
                        {...(span ? { rowSpan: span.rowSpan, colSpan: span.colSpan } : {})}
                        onClick={() => {
                          if (!isSel) setEditing(null);
                          setSel({ row: r, col: c });
                        }}
                        onDoubleClick={() => setEditing(display(valueAt(r, c), null))}
                      >
                        {isSel && editing !== null ? (
                          <input
                            className={s.editor}
                            autoFocus
                            aria-label={`${t.editCell} ${a}`}
                            defaultValue={editing}
                            onBlur={(e) => commit(r, c, e.currentTarget.value)}
                            onKeyDown={(e) => {
                              if (e.key === "Enter" || e.key === "Tab") {
                                e.preventDefault();
                                commit(r, c, e.currentTarget.value);
                                const row = e.key === "Enter" ? r + 1 : r, col = e.key === "Tab" ? c + 1 : c;
                                setSel({ row, col });
                                setTimeout(() => scroller.current?.querySelector<HTMLElement>(`[data-addr="${addr(row, col)}"]`)?.focus());
                              } else if (e.key === "Escape") {
                                setEditing(null);
                                e.currentTarget.closest("td")?.focus();
                              }
                              e.stopPropagation();
                            }}
                          />
                        ) : (
                          text
                        )}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {selMark && <Text size={200} data-testid="grid-mark">{selMark.text.join("；")}</Text>}
      <TabList size="small" selectedValue={sheet} onTabSelect={(_, d) => host.activate(String(d.value))} aria-label={t.sheets}>
        {host.visibleSheets().map((n) => <Tab key={n} value={n}>{n}</Tab>)}
      </TabList>
    </div>
  );
}
