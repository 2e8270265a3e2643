import type { UiLang } from "../i18n";

/**
 * A failure as a person reads it: what happened and what to do next, in the pane's language; the raw text
 * (an exception message, a schema dump) is kept apart for a 详情 disclosure.
 */
export interface Explained {
  title: string;
  next: string;
  detail: string;
}

/** An error the pane raises itself, already worded for people; `kind` chooses the advice. */
export class PaneError extends Error {
  constructor(
    readonly kind: "https" | "url" | "timeout" | "too-large" | "http" | "network" | "json" | "schema" | "no-table" | "storage" | "config" | "other",
    detail: string,
    readonly info: Record<string, string | number> = {},
  ) {
    super(detail);
    this.name = "PaneError";
  }
}

type Text = { title: string; next: string };
const ZH: Record<PaneError["kind"] | "excel" | "other", (i: Record<string, string | number>) => Text> = {
  https: () => ({ title: "只接受 https 网址。", next: "请改用以 https:// 开头的指标库网址，或向财政部门索取 https 地址。" }),
  url: () => ({ title: "网址无效。", next: "请检查网址是否完整（以 https:// 开头）。" }),
  timeout: (i) => ({ title: `下载指标库超时（超过 ${i.seconds ?? "?"} 秒）。`, next: "请检查网络后重试；内网部署时请确认指标库服务器可以访问。" }),
  "too-large": (i) => ({ title: `指标库文件太大（超过 ${i.limit ?? "?"}）。`, next: "请确认网址指向的是指标库 JSON 文件，而不是其他大文件。" }),
  http: (i) => ({ title: `服务器拒绝了请求（HTTP ${i.status ?? "?"}）。`, next: "请确认网址正确、文件仍在；404 表示文件不存在，403 表示没有权限。" }),
  network: () => ({ title: "无法连接到指标库服务器。", next: "请检查网络连接、网址和防火墙；服务器需要允许本加载项跨域访问（CORS）。" }),
  json: () => ({ title: "下载的内容不是有效的 JSON 指标库文件。", next: "请确认网址指向指标库 JSON 文件（不是网页）；文件损坏时请重新导出。" }),
  schema: () => ({ title: "指标库文件不符合格式。", next: "请把详情发给指标库的维护人员，按其中列出的位置逐条改正。" }),
  "no-table": () => ({ title: "当前工作表中没有识别到绩效表。", next: "请先在“指标库”中新建模板，或切换到含有绩效目标表/自评表的工作表。" }),
  storage: () => ({ title: "无法保存设置或缓存（浏览器存储已满或被禁用）。", next: "设置仅在本次打开期间有效；可清理浏览器存储后重试。" }),
  config: () => ({ title: "单位默认配置文件（jixiao.config.json）无效，已忽略。", next: "请联系部署本加载项的信息化人员检查配置文件。" }),
  excel: () => ({ title: "Excel 未能完成操作。", next: "请确认工作表没有处于编辑状态（按 Esc 退出单元格编辑）、没有被保护，然后重试。" }),
  other: () => ({ title: "操作没有完成。", next: "请重试；问题仍在时，请把详情发给技术支持。" }),
};
const EN: typeof ZH = {
  https: () => ({ title: "Only https URLs are accepted.", next: "Use a library URL starting with https://." }),
  url: () => ({ title: "Not a valid URL.", next: "Check that the URL is complete (starts with https://)." }),
  timeout: (i) => ({ title: `Downloading the library timed out (over ${i.seconds ?? "?"} s).`, next: "Check the network and try again." }),
  "too-large": (i) => ({ title: `The library file is too large (over ${i.limit ?? "?"}).`, next: "Check that the URL points to a library JSON file." }),
  http: (i) => ({ title: `The server refused the request (HTTP ${i.status ?? "?"}).`, next: "Check the URL; 404 means no such file, 403 no permission." }),
  network: () => ({ title: "Cannot reach the library server.", next: "Check the connection, the URL and the firewall; the server must allow CORS." }),
  json: () => ({ title: "The download is not a valid library JSON file.", next: "Check that the URL points to the library JSON (not a web page)." }),
  schema: () => ({ title: "The library file does not match the format.", next: "Send the details to the library's maintainer." }),
  "no-table": () => ({ title: "No performance table recognised on this sheet.", next: "Create a template from the Library tab, or switch to a sheet holding one." }),
  storage: () => ({ title: "Cannot save settings or the cache (storage full or disabled).", next: "Settings last for this session only." }),
  config: () => ({ title: "The bureau configuration (jixiao.config.json) is invalid and was ignored.", next: "Ask whoever deployed the add-in to check it." }),
  excel: () => ({ title: "Excel could not finish the operation.", next: "Leave cell editing (Esc), check the sheet is not protected, and try again." }),
  other: () => ({ title: "The operation did not finish.", next: "Try again; if it persists, send the details to support." }),
};

function kindOf(e: unknown): keyof typeof ZH {
  if (e instanceof PaneError) return e.kind;
  if (e instanceof Error) {
    if (e.name === "LibraryLoadError") return "schema";
    if (e.name === "SyntaxError") return "json";
    if (e.name === "AbortError" || e.name === "TimeoutError") return "timeout";
    if (e.name === "QuotaExceededError") return "storage";
    if (e.name === "RichApi.Error" || "debugInfo" in e) return "excel";
    if (e instanceof TypeError && /fetch|network/i.test(e.message)) return "network";
  }
  return "other";
}

export function explain(e: unknown, lang: UiLang): Explained {
  const kind = kindOf(e);
  const info = e instanceof PaneError ? e.info : {};
  const text = (lang === "en" ? EN : ZH)[kind](info);
  const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return { ...text, detail };
}
