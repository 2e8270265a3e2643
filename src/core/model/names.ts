/** The template's numbering in front of a name the department wrote: "指标1：完成改造项目数量" → "完成改造项目数量". */
export function stripTemplateNumber(name: string): string {
  // "指标1：完成…", and "指标1完成…" as 廊坊's form writes it (the numbering runs straight into the name).
  return name.replace(/^\s*(三级)?指标\s*[\d一二三四五六七八九十]+\s*(?:[:：.、．]\s*|(?=[\u4e00-\u9fff]))/, "");
}
