import type { PlanPrint } from "./plan";
import type { LibraryStamp } from "./table";

/** Narrow margins (inches), as forms printed from Excel usually are; the footer sits in the bottom margin. */
export const FORM_MARGINS = { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.2, footer: 0.25 } as const;

/** "&8" sets the footer's type to 8 pt: the stamp is there to be traced, not read. */
export function stampFooterText(stamp: Pick<LibraryStamp, "libraryId" | "version" | "hash" | "profile">): string {
  return `&8指标库 ${stamp.libraryId}@${stamp.version} #${stamp.hash.slice(0, 12)} · 规则 ${stamp.profile}`;
}

export const PAGE_NUMBER_FOOTER = "&9第 &P 页，共 &N 页";

/** A4 landscape, one page wide, black and white (review colours never print), page numbers in the footer. */
export function formPrint(opts: { area?: string; titleRows?: string; stamp?: Parameters<typeof stampFooterText>[0]; fitHeight?: number; orientation?: PlanPrint["orientation"] }): PlanPrint {
  return {
    paper: "A4",
    orientation: opts.orientation ?? "landscape",
    fitWidth: 1,
    fitHeight: opts.fitHeight ?? 0,
    ...(opts.area ? { area: opts.area } : {}),
    ...(opts.titleRows ? { titleRows: opts.titleRows } : {}),
    footer: { ...(opts.stamp ? { left: stampFooterText(opts.stamp) } : {}), center: PAGE_NUMBER_FOOTER },
    blackAndWhite: true,
    margins: { ...FORM_MARGINS },
  };
}
