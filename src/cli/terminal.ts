/**
 * Text from workbooks and libraries on its way to a terminal. Control characters (C0, DEL, C1) are
 * shown as visible escapes, so a cell holding "\x1b[2J" (written in a workbook as _x001B_[2J) is
 * printed, not obeyed: it cannot clear the screen, move the cursor or fake a line of output.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

export function termSafe(text: string | null | undefined): string {
  if (text === null || text === undefined) return "";
  return text.replace(CONTROL, (c) => {
    if (c === "\n") return "\\n";
    if (c === "\t") return "\\t";
    if (c === "\r") return "\\r";
    return `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`;
  });
}
