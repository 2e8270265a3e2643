import type { Profile } from "../../profiles/schema";
import type { LibraryStamp } from "../table";
import type { PlanName, SheetPlan } from "../plan";
import { SheetBuilder } from "./sheet-builder";
import { LISTS_SHEET, STAMP_NAMES, STAMP_SHEET } from "./layout";
import { sheetRef } from "./a1";
import { S } from "./styles";

export interface ListRanges {
  /** Absolute references with the sheet, ready for formulas. */
  level1: string;
  level2Keys: string;
  level2Names: string;
}

/** Hidden sheet with the profile tree: 一级 names in A, and (一级, 二级) pairs in C:D for the dependent list. */
export function buildListsSheet(profile: Profile): { sheet: SheetPlan; ranges: ListRanges } {
  const sb = new SheetBuilder(LISTS_SHEET, { hidden: true });
  const q = sheetRef(LISTS_SHEET);
  sb.value("A1", "一级指标", S.header).value("C1", "一级指标", S.header).value("D1", "二级指标", S.header);
  profile.tree.forEach((l1, i) => sb.value(`A${i + 2}`, l1.name));
  let r = 2;
  for (const l1 of profile.tree) {
    for (const l2 of l1.children) {
      sb.value(`C${r}`, l1.name).value(`D${r}`, l2.name);
      r++;
    }
  }
  sb.value("F1", "评价档次", S.header).value("G1", "下限", S.header).value("H1", "上限", S.header);
  profile.qualitativeTiers.forEach((t, i) => sb.value(`F${i + 2}`, t.name).value(`G${i + 2}`, t.min).value(`H${i + 2}`, t.max));
  sb.width("A", 14).width("C", 14).width("D", 20).width("F", 30);
  const lastPair = r - 1;
  return {
    sheet: sb.build(),
    ranges: {
      level1: `${q}!$A$2:$A$${profile.tree.length + 1}`,
      level2Keys: `${q}!$C$2:$C$${lastPair}`,
      level2Names: `${q}!$D$2:$D$${lastPair}`,
    },
  };
}

const STAMP_ROWS: [keyof typeof STAMP_NAMES, string][] = [
  ["library", "指标库 / library"],
  ["version", "版本 / version"],
  ["hash", "内容指纹 / hash"],
  ["profile", "规则配置 / profile"],
  ["template", "模板类型 / template"],
];

/** Hidden, protected sheet recording which library version and rules the template was written from. */
export function buildStampSheet(stamp: LibraryStamp, indicatorRows: string): { sheet: SheetPlan; names: PlanName[] } {
  const sb = new SheetBuilder(STAMP_SHEET, { hidden: true });
  const values: Record<keyof typeof STAMP_NAMES, string> = {
    library: stamp.libraryId,
    version: stamp.version,
    hash: stamp.hash,
    profile: stamp.profile,
    template: stamp.template,
  };
  sb.value("A1", "绩效目标助手模板标记 / Jixiao template stamp", S.header).value("B1", "", S.header);
  const q = sheetRef(STAMP_SHEET);
  const names: PlanName[] = [];
  STAMP_ROWS.forEach(([key, label], i) => {
    const r = i + 2;
    sb.value(`A${r}`, label).value(`B${r}`, values[key]);
    names.push({ name: STAMP_NAMES[key], ref: `${q}!$B$${r}` });
  });
  sb.value("A8", "指标行 / indicator rows").value("B8", indicatorRows);
  sb.value("A9", "请勿修改本表 / do not edit this sheet", S.note);
  sb.width("A", 34).width("B", 70);
  return { sheet: sb.build(), names };
}
