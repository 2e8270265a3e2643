/**
 * The WPS renderer writes what the Office.js renderer writes, cell by cell: the same template is rendered
 * through src/excel (into tests/excel/fakes/fake-excel.ts, which records what Office.js is asked to do) and
 * through src/wps (into the fake ET model), and values, formulas, number formats, merges, validation rules,
 * conditional formats, names, column widths, visibility and protection are compared.
 */
import { builtinLibrary } from "../../src/core/library";
import { builtinProfile } from "../../src/core/profiles/builtin";
import type { TemplateKind } from "../../src/core/table/table";
import { buildTemplate } from "../../src/core/table/templates/build";
import { colToLetters, parseRange, rectAddr } from "../../src/excel/a1";
import { renderPlan as renderExcel } from "../../src/excel/render-plan";
import { resetOwnWrites } from "../../src/excel/own-writes";
import { charsToPoints } from "../../src/excel/style";
import { bgrToHex } from "../../src/wps/et";
import { renderPlan as renderWps } from "../../src/wps/render-plan";
import { FakeContext } from "../excel/fakes/fake-excel";
import { FakeEtApp } from "./fake-et";

beforeEach(() => resetOwnWrites());

const KINDS: TemplateKind[] = ["goal", "self-eval", "dept-goal", "monitor"];

function plan(kind: TemplateKind) {
  const library = builtinLibrary();
  const picks = library.indicators.filter((i) => i.status.state === "active").slice(0, 6);
  return buildTemplate(kind, { library, profile: builtinProfile(), indicators: picks });
}

describe.each(KINDS)("the %s template in WPS and in Excel", (kind) => {
  const p = plan(kind);
  let ctx: FakeContext;
  let et: FakeEtApp;
  let mainExcel = "";
  let mainWps = "";

  beforeAll(async () => {
    ctx = new FakeContext(["Sheet1"]);
    mainExcel = (await renderExcel(ctx.asContext(), p)).mainSheet;
    resetOwnWrites();
    et = new FakeEtApp(["Sheet1"]);
    et.DisplayAlerts = false;
    mainWps = (await renderWps(et.asApplication(), p)).mainSheet;
  });

  it("writes the same sheets and activates the same one", () => {
    expect(mainWps).toBe(mainExcel);
    expect(et.ActiveSheet?.Name).toBe(ctx.active);
    for (const sp of p.sheets) {
      expect(et.book.sheet(sp.name).Visible).toBe(sp.hidden ? 0 : -1);
      expect(ctx.sheet(sp.name).visibility).toBe(sp.hidden ? "Hidden" : "Visible");
    }
  });

  it("writes every cell's value and formula as the Office.js adapter does", () => {
    let compared = 0;
    for (const sp of p.sheets) {
      const xs = ctx.sheet(sp.name);
      const ws = et.book.sheet(sp.name);
      const addrs = new Set<string>([...xs.cells.keys()]);
      for (const k of ws.cells.keys()) {
        const [r, c] = k.split(",").map(Number) as [number, number];
        const cell = ws.cell(r, c);
        if (cell?.value !== undefined || cell?.formula) addrs.add(`${colToLetters(c)}${r}`);
      }
      // A merge keeps only its top-left value in Excel and WPS (ET clears the rest, as VBA's Merge does): the
      // cells it covers are compared by what a person sees there, which is the top-left's.
      const covered = new Set<string>();
      for (const m of sp.merges) {
        const r = parseRange(m);
        for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) if (row !== r.top || col !== r.left) covered.add(`${colToLetters(col)}${row}`);
      }
      for (const addr of addrs) {
        if (covered.has(addr)) continue;
        const x = xs.cell(addr);
        const w = ws.at(addr);
        const where = `${sp.name}!${addr}`;
        expect({ where, formula: w?.formula ?? null }).toEqual({ where, formula: x?.formula ?? null });
        if (!x?.formula) expect({ where, value: w?.value ?? "" }).toEqual({ where, value: x?.value ?? "" });
        if (x?.numberFormat !== undefined) expect({ where, nf: w?.numberFormat }).toEqual({ where, nf: x.numberFormat });
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(50);
  });

  it("styles the same cells: bold, fill, font colour, wrap, alignment, borders", () => {
    const H: Record<string, number> = { Left: -4131, Center: -4108, Right: -4152 };
    const V: Record<string, number> = { Top: -4160, Center: -4108, Bottom: -4107 };
    let checked = 0;
    for (const sp of p.sheets) {
      const ws = et.book.sheet(sp.name);
      for (const op of ctx.ops.filter((o) => o.sheet === sp.name && o.target && o.target !== "*")) {
        const rect = parseRange(op.target);
        if (rect.bottom > 100000 || rect.right > 1000) continue; // whole columns: widths, checked below
        for (let r = rect.top; r <= rect.bottom; r++) {
          for (let c = rect.left; c <= rect.right; c++) {
            const cell = ws.cell(r, c);
            const where = `${sp.name}!${colToLetters(c)}${r} ${op.prop}`;
            const got = (v: unknown): void => {
              expect({ where, v }).toEqual({ where, v: op.value });
              checked++;
            };
            if (op.prop === "format.font.bold") got(cell?.font.Bold);
            else if (op.prop === "format.fill.color") got(cell?.fill === null || cell?.fill === undefined ? null : bgrToHex(cell.fill));
            else if (op.prop === "format.font.color") got(cell ? bgrToHex(cell.font.Color) : null);
            else if (op.prop === "format.wrapText") got(cell?.wrap);
            else if (op.prop === "format.horizontalAlignment") expect({ where, v: cell?.hAlign }).toEqual({ where, v: H[op.value as string] });
            else if (op.prop === "format.verticalAlignment") expect({ where, v: cell?.vAlign }).toEqual({ where, v: V[op.value as string] });
            else if (op.prop === "format.borders.getItem().style" && r === rect.top && c === rect.left) expect({ where, top: cell?.borders[8]?.LineStyle }).toEqual({ where, top: 1 });
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it("merges the same ranges", () => {
    for (const sp of p.sheets) {
      const fromWps = et.book.sheet(sp.name).merges.map((m) => rectAddr(m)).sort();
      expect(fromWps).toEqual([...ctx.sheet(sp.name).merges].sort());
    }
  });

  it("puts the same validation rule on every cell the Office.js adapter validates", () => {
    let checked = 0;
    for (const sp of p.sheets) {
      const rules = ctx.ops.filter((o) => o.sheet === sp.name && o.prop === "dataValidation.rule");
      for (const op of rules) {
        const rect = parseRange(op.target);
        const want = op.value as { list?: { source: string }; decimal?: { formula1: number; formula2?: number }; wholeNumber?: { formula1: number; formula2?: number } };
        for (let r = rect.top; r <= rect.bottom; r++) {
          for (let c = rect.left; c <= rect.right; c++) {
            const v = et.book.sheet(sp.name).cell(r, c)?.validation;
            const where = `${sp.name}!${colToLetters(c)}${r}`;
            if (want.list) expect({ where, type: v?.Type, f1: v?.Formula1 }).toEqual({ where, type: 3, f1: want.list.source });
            const basic = want.decimal ?? want.wholeNumber;
            if (basic) {
              expect({ where, type: v?.Type }).toEqual({ where, type: want.decimal ? 2 : 1 });
              expect(Number(v?.Formula1)).toBe(Number(basic.formula1));
              if (basic.formula2 !== undefined) expect(Number(v?.Formula2)).toBe(Number(basic.formula2));
            }
            checked++;
          }
        }
      }
      const prompts = ctx.ops.filter((o) => o.sheet === sp.name && o.prop === "dataValidation.prompt");
      for (const op of prompts) {
        const v = et.book.sheet(sp.name).Range(op.target).Validation;
        expect(v.InputMessage).toBe((op.value as { message: string }).message);
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it("adds the same conditional formats, with formulas meant for each range's first cell", () => {
    for (const sp of p.sheets) {
      const xf = ctx.ops.filter((o) => o.sheet === sp.name && o.prop === "conditionalFormats.add().custom.rule.formula").map((o) => `${o.target} ${String(o.value)}`);
      const wf = et.book.sheet(sp.name).conditionFormulas().map((c) => `${c.range} ${c.formula}`);
      expect(wf).toEqual(xf);
      const fills = ctx.ops.filter((o) => o.sheet === sp.name && o.prop === "conditionalFormats.add().custom.format.fill.color").map((o) => String(o.value).toUpperCase());
      expect(et.book.sheet(sp.name).conditions.filter((c) => c.Interior.Color !== null).map((c) => bgrToHex(c.Interior.Color as number))).toEqual(fills);
    }
  });

  it("defines the same names, widths and protection", () => {
    expect(Object.fromEntries([...et.book.Names.map.values()].map((n) => [n.Name, n.RefersTo]))).toEqual(Object.fromEntries(ctx.names));
    for (const sp of p.sheets) {
      const ws = et.book.sheet(sp.name);
      for (const [col, chars] of Object.entries(sp.columnWidths)) {
        const x = ctx.ops.find((o) => o.sheet === sp.name && o.prop === "format.columnWidth" && o.target.startsWith(`${col}1:`));
        expect(charsToPoints(ws.Range(`${col}1`).ColumnWidth)).toBeCloseTo(x?.value as number);
        expect(ws.Range(`${col}1`).ColumnWidth).toBe(chars);
      }
      const hiddenX = ctx.ops.filter((o) => o.sheet === sp.name && o.prop === "columnHidden" && o.value === true).map((o) => o.target.split(":")[0]!.replace(/\d+$/, ""));
      expect([...ws.hiddenColumns].map((c) => colToLetters(c)).sort()).toEqual(hiddenX.sort());
      // Row heights: the plan's, in points (src/excel does not write them yet; ET's RowHeight is in points).
      for (const [row, h] of Object.entries(sp.rowHeights ?? {})) expect(ws.Range(`${row}:${row}`).RowHeight).toBe(h);
      expect(ws.ProtectContents).toBe(ctx.sheet(sp.name).protected);
      if (sp.protect) expect(ws.protection.allowFormattingCells).toBe(true);
      // Both unlock the whole protected sheet, then lock the plan's locked (formula) cells again.
      const lockOps = ctx.ops.filter((o) => o.sheet === sp.name && o.prop === "format.protection.locked");
      for (const op of lockOps) {
        // The whole sheet ("*" in the Office.js fake): probed at an input cell of the plan, which nothing locks again.
        const at = op.target === "*" ? (sp.cells.find((c) => c.locked === false)?.addr ?? "A1") : (op.target.split(":")[0] as string);
        expect({ at, locked: ws.Range(at).Locked }).toEqual({ at, locked: op.value });
      }
    }
  });

  it("writes only formulas ET knows and raises no dialog", () => {
    for (const sp of p.sheets) for (const c of et.book.sheet(sp.name).cells.values()) expect(c.value).not.toBe("#NAME?");
    expect(et.dialogs).toEqual([]);
    expect(et.ScreenUpdating).toBe(true);
    expect(et.EnableEvents).toBe(true);
  });
});

describe("renderPlan into WPS, beside other sheets", () => {
  it("never overwrites a person's sheet: a taken name gets a new sheet and references follow", async () => {
    const p = plan("self-eval");
    const name = p.sheets.find((s) => !s.hidden)!.name;
    const et = new FakeEtApp([name]);
    et.book.sheet(name).Range("A1").Value2 = "a person's data";
    const res = await renderWps(et.asApplication(), p);
    expect(res.mainSheet).toBe(`${name} (2)`);
    expect(et.book.sheet(name).Range("A1").Value2).toBe("a person's data");
    expect(et.book.sheet(name).cells.size).toBe(1);
    // No formula or name of the new template may still point at the person's sheet.
    const refs = [...et.book.sheets.flatMap((s) => [...s.cells.values()].map((c) => c.formula ?? "")), ...[...et.book.Names.map.values()].map((n) => n.RefersTo)];
    expect(refs.some((f) => f.includes(`'${res.mainSheet}'!`))).toBe(true);
    expect(refs.filter((f) => f.includes(`'${name}'!`) || f.includes(`${name}!`))).toEqual([]);
  });

  it("rewrites the helper sheets of an earlier template in place and deletes what it added when a write fails", async () => {
    const et = new FakeEtApp(["Sheet1"]);
    et.DisplayAlerts = false;
    const p = plan("goal");
    await renderWps(et.asApplication(), p);
    const before = et.book.sheets.map((s) => s.Name);
    const hidden = p.sheets.filter((s) => s.hidden).map((s) => s.name);
    // A second template: helper sheets are reused, the visible one is new.
    await renderWps(et.asApplication(), p);
    expect(et.book.sheets.length).toBe(before.length + 1);
    for (const h of hidden) expect(et.book.sheets.filter((s) => s.Name === h)).toHaveLength(1);
    const broken = { ...p, sheets: [{ ...p.sheets[0]!, name: "坏表", merges: ["A1:B1", "ZZZZ1"] }, ...p.sheets.slice(1)] };
    const count = et.book.sheets.length;
    await expect(renderWps(et.asApplication(), broken)).rejects.toThrow(/插入模板失败/);
    expect(et.book.sheets.length).toBe(count);
    expect(et.EnableEvents).toBe(true);
    expect(et.dialogs).toEqual([]);
  });
});
