/** The template's numbering in front of a name the department wrote: "指标1：完成改造项目数量" → "完成改造项目数量". */
export function stripTemplateNumber(name: string): string {
  return name.replace(/^\s*(三级)?指标\s*[\d一二三四五六七八九十]+\s*[:：.、．]\s*/, "");
}
