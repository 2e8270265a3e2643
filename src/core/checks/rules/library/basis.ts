import { VALUE_BASES } from "../../../library/constants";
import type { ValueBasis } from "../../../library/schema";
import { normalizeName } from "../../normalize";

/** Other words forms use for the five bases (唐山: 政策标准, 同区域参考值 …). */
const ALIASES: Record<string, ValueBasis> = {
  计划: "计划标准",
  政策标准: "计划标准",
  政策: "计划标准",
  行业: "行业标准",
  同区域参考值: "行业标准",
  历史: "历史标准",
  预算支出: "预算支出标准",
  预算: "预算支出标准",
  支出标准: "预算支出标准",
  其他: "其他标准",
  社会普遍认知度: "其他标准",
};

/** The basis a cell names, or null when it names none of them. */
export function readBasis(text: string): ValueBasis | null {
  const k = normalizeName(text);
  if (!k) return null;
  const exact = VALUE_BASES.find((b) => b === k);
  if (exact) return exact;
  return ALIASES[k] ?? null;
}
