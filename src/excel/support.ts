/**
 * Whether the host supports an ExcelApi requirement set. Calling an unsupported API fails the whole batch at
 * sync time, so optional features are guarded. Outside Office (tests with fakes) everything counts as supported.
 */
export function excelApiSupported(version: string): boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const req = office?.context?.requirements;
  if (!req || typeof req.isSetSupported !== "function") return true;
  return req.isSetSupported("ExcelApi", version);
}
