import type { IndicatorRow } from "../table/table";
import type { RowDirectionHint } from "../values/row";
import type { LibraryView } from "../checks/types";
import { normalizeName, textOf } from "../checks/normalize";
import { libraryNames } from "./facts";

/**
 * What a row's target takes its direction from when no operator is written: the filled-down 一级 / 二级
 * and the library indicator's operator (by code, else by name).
 */
export function directionHint(library: LibraryView | undefined, row: IndicatorRow, level1: string, level2: string): RowDirectionHint {
  const hint: RowDirectionHint = { level1, level2 };
  if (!library) return hint;
  const code = textOf(row.code?.value);
  const ind = (code ? library.byCode.get(code) : undefined) ?? libraryNames(library).get(normalizeName(textOf(row.name.value)))?.[0];
  if (ind && ind.kind === "quantitative") hint.libraryOperator = ind.operator;
  return hint;
}
