/**
 * Shared by the live-scoring tests: every corpus table turned into an .xlsx, analysed as the CLI would,
 * planned for live scoring and upgraded with the exceljs adapter.
 */
import ExcelJS from "exceljs";
import { analyzeWorkbook, findProfile } from "../../src/core/analysis";
import { planLiveScoring } from "../../src/core/live/plan";
import type { LivePatch, LiveSkip } from "../../src/core/live/types";
import { readWorkbookGrids } from "../../src/xlsx";
import { applyLivePatches } from "../../src/xlsx/live";
import { loadCorpus, realToExcel } from "../fixtures/real/build";
import { corpusLibrary } from "../corpus/evaluate";
import type { RealTable } from "../fixtures/real/types";
import type { WorkbookGrids } from "../../src/core/table/grid";

export interface LiveCase {
  id: string;
  /** The original workbook as bytes, and its grids. */
  original: Buffer;
  grids: WorkbookGrids;
  patches: LivePatch[];
  refused: { table: number; kind: string; reasons: LiveSkip[] }[];
  upgraded?: Buffer;
}

export async function analyzeBuffer(buf: Buffer, name: string, t: RealTable) {
  const lib = corpusLibrary();
  const grids = await readWorkbookGrids(buf, name);
  const profile = findProfile(t.profile, lib.pkg);
  return { grids, analysis: analyzeWorkbook(grids, { library: lib, ...(profile ? { profile } : {}) }) };
}

/**
 * The table as a department sends it, or (`clearScores`) with its typed row scores taken out, as a
 * form handed out with an empty 得分 column: then the formulas go into that column.
 */
export async function upgradeCase(t: RealTable, opts: { clearScores?: boolean } = {}): Promise<LiveCase> {
  let original = Buffer.from(await realToExcel(t).xlsx.writeBuffer());
  if (opts.clearScores) {
    const first = await analyzeBuffer(original, `${t.id}.xlsx`, t);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(original as unknown as ArrayBuffer);
    let cleared = 0;
    for (const a of first.analysis.tables) {
      const ws = wb.getWorksheet(a.table.sheet)!;
      for (const r of a.table.indicators) {
        if (r.score?.addr) {
          ws.getCell(r.score.addr).value = null;
          cleared++;
        }
      }
    }
    if (cleared === 0) return { id: `${t.id}#fill`, original, grids: first.grids, patches: [], refused: [] };
    original = Buffer.from(await wb.xlsx.writeBuffer());
  }
  const { grids, analysis } = await analyzeBuffer(original, `${t.id}.xlsx`, t);
  const lib = corpusLibrary().pkg;
  const patches: LivePatch[] = [];
  const refused: LiveCase["refused"] = [];
  analysis.tables.forEach((a, i) => {
    const r = planLiveScoring(a, grids, { library: { id: lib.meta.id, version: lib.meta.version } });
    if (r.ok) patches.push(r.patch);
    else refused.push({ table: i, kind: a.table.kind, reasons: r.reasons });
  });
  const c: LiveCase = { id: opts.clearScores ? `${t.id}#fill` : t.id, original, grids, patches, refused };
  if (patches.length) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(original as unknown as ArrayBuffer);
    applyLivePatches(wb, patches);
    c.upgraded = Buffer.from(await wb.xlsx.writeBuffer());
  }
  return c;
}

export const corpus = (): RealTable[] => loadCorpus();
