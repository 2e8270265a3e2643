import type { CellValue, WorkbookGrids } from "../grid";
import type { LibraryStamp, TemplateKind } from "../table";
import { parseAddr } from "./a1";

/** Sheet where Jixiao templates keep their stamp and lists; never a table itself. */
export const STAMP_SHEET = "_jixiao";

const KINDS: readonly TemplateKind[] = ["goal", "self-eval", "dept-goal", "monitor"];

type StampField = keyof LibraryStamp;

/** Accepts the spellings a writer might use for each stamp field (JIXIAO_LIBRARY_ID, libraryId, 指标库 ...). */
function fieldOf(name: string): StampField | undefined {
  const k = name.toLowerCase().replace(/^jixiao[_.]?/, "").replace(/[_\s.-]/g, "");
  if (["libraryid", "library", "id", "指标库", "指标库编号"].includes(k)) return "libraryId";
  if (["version", "libraryversion", "版本"].includes(k)) return "version";
  if (["hash", "libraryhash", "哈希"].includes(k)) return "hash";
  if (["profile", "profileid", "规则配置"].includes(k)) return "profile";
  if (["template", "kind", "templatekind", "模板"].includes(k)) return "template";
  return undefined;
}

function cellAt(wb: WorkbookGrids, sheet: string, a1: string): CellValue {
  const grid = wb.sheets.find((s) => s.sheet === sheet);
  const p = parseAddr(a1);
  if (!grid || !p) return null;
  return grid.values[p.row - grid.origin.row]?.[p.col - grid.origin.col] ?? null;
}

/** A defined name's value: a reference into a sheet ("'_jixiao'!$B$2") or a constant ("\"1.2.0\""). */
function resolveName(wb: WorkbookGrids, ref: string): string | null {
  const r = ref.replace(/^=/, "").trim();
  const str = /^"(.*)"$/.exec(r);
  if (str) return (str[1] as string).replace(/""/g, '"');
  const m = /^(?:'((?:[^']|'')+)'|([^!]+))!(\$?[A-Z]+\$?\d+)$/.exec(r);
  if (m) {
    const v = cellAt(wb, (m[1] ?? m[2] ?? "").replace(/''/g, "'"), m[3] as string);
    return v === null ? null : String(v);
  }
  return r === "" ? null : r;
}

/**
 * The library stamp of a Jixiao template: defined names JIXIAO_* first, then key/value rows of the
 * hidden "_jixiao" sheet. Undefined for workbooks Jixiao did not write.
 */
export function readStamp(wb: WorkbookGrids): LibraryStamp | undefined {
  const found: Partial<Record<StampField, string>> = {};
  for (const [name, ref] of Object.entries(wb.definedNames ?? {})) {
    if (!/^jixiao/i.test(name)) continue;
    const f = fieldOf(name);
    const v = f ? resolveName(wb, ref) : null;
    if (f && v !== null && found[f] === undefined) found[f] = v;
  }
  const sheet = wb.sheets.find((s) => s.sheet === STAMP_SHEET);
  for (const row of sheet?.values ?? []) {
    for (let i = 0; i + 1 < row.length; i++) {
      const k = row[i];
      const v = row[i + 1];
      if (typeof k !== "string" || v === null || v === undefined) continue;
      const f = fieldOf(k);
      if (f && found[f] === undefined) found[f] = String(v);
    }
  }
  if (!found.libraryId || !found.version) return undefined;
  const template = KINDS.find((k) => k === found.template) ?? "goal";
  return {
    libraryId: found.libraryId,
    version: found.version,
    hash: found.hash ?? "",
    profile: found.profile ?? "",
    template,
  };
}
