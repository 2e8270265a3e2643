/**
 * Excel 1900 date system. Serial 1 is 1900-01-01 and Excel counts a 1900-02-29 that never was (serial 60),
 * so from 1900-03-01 on a serial is days since 1899-12-30; earlier days are one less.
 */
const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);
const MARCH_1900 = 61;

export function toSerial(y: number, m: number, d: number): number {
  const serial = Math.round((Date.UTC(y, m - 1, d) - EPOCH) / DAY_MS);
  return serial < MARCH_1900 ? serial - 1 : serial;
}

export function fromSerial(n: number): { year: number; month: number; day: number } {
  const whole = Math.floor(n);
  const days = whole < MARCH_1900 ? whole + 1 : whole;
  const dt = new Date(EPOCH + days * DAY_MS);
  return { year: dt.getUTCFullYear(), month: dt.getUTCMonth() + 1, day: dt.getUTCDate() };
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidDate(y: number, m: number, d: number): boolean {
  return y >= 1900 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export interface DateText {
  year: number | null;
  month: number;
  /** null when only the month was written ("2024年12月前"): the deadline is the month's last day. */
  day: number | null;
}

// Words that only say "by then": 前, 之前, 底前, 完成 ... They never change the deadline day.
const TAIL = "(?:前|之前|以前|止|为止|截止)?(?:完成|完工|办结|发放|发放完毕|到位|结束|实施)?(?:前|之前)?";
const HEAD = /^(?:<=|≤|<|不晚于|截至|截止|截止到|截至到|于|在|预计)/;

const FULL = new RegExp(`^(\\d{4})(?:[-/.年])(\\d{1,2})(?:[-/.月])(\\d{1,2})日?${TAIL}$`);
const YEAR_MONTH = new RegExp(`^(\\d{4})(?:年|[-/])(\\d{1,2})月?(?:底|末|份)?${TAIL}$`);
const YEAR_END = new RegExp(`^(\\d{4})年(?:底|末|年底|年末|内|度内)${TAIL}$`);
const MONTH_DAY = new RegExp(`^(\\d{1,2})月(\\d{1,2})日${TAIL}$`);
const MONTH_ONLY = /^(\d{1,2})月(?:底|末)?(?:前|之前|以前|止)(?:完成|完工|办结|发放|到位|结束)?$|^(\d{1,2})月(?:底|末)(?:完成|完工|办结|发放|到位|结束)?$/;
const ONLY_YEAR_END = new RegExp(`^(?:年底|年末|年内|本年度内|年度内)${TAIL}$`);
/** A period "2023.07-2024.01", "2023年7月至2024年1月": what is due is due by its end. */
const PERIOD = /^\d{4}[.年]\d{1,2}月?(?:[.]\d{1,2}日?)?(?:-|—|–|~|～|至|到)(\d{4})[.年](\d{1,2})月?(?:[.](\d{1,2})日?)?$/;

/** Reads a deadline written as text; `s` is already half-width with no spaces. */
export function readDateText(s: string): { date: DateText; explicitOp: boolean } | null {
  const head = HEAD.exec(s);
  const explicitOp = head !== null;
  const t = head ? s.slice(head[0].length) : s;
  let m = PERIOD.exec(t);
  if (m) return checked({ year: +(m[1] as string), month: +(m[2] as string), day: m[3] ? +m[3] : null }, explicitOp);
  m = FULL.exec(t);
  if (m) return checked({ year: +(m[1] as string), month: +(m[2] as string), day: +(m[3] as string) }, explicitOp);
  m = YEAR_END.exec(t);
  if (m) return checked({ year: +(m[1] as string), month: 12, day: 31 }, explicitOp);
  m = YEAR_MONTH.exec(t);
  // "2024年12月", "2024-12", "2024/12"; never "2024.12", which is a number.
  if (m) return checked({ year: +(m[1] as string), month: +(m[2] as string), day: null }, explicitOp);
  m = MONTH_DAY.exec(t);
  if (m) return checked({ year: null, month: +(m[1] as string), day: +(m[2] as string) }, explicitOp);
  m = MONTH_ONLY.exec(t);
  if (m) return checked({ year: null, month: +((m[1] ?? m[2]) as string), day: null }, explicitOp);
  if (ONLY_YEAR_END.test(t)) return { date: { year: null, month: 12, day: 31 }, explicitOp };
  return null;
}

function checked(date: DateText, explicitOp: boolean): { date: DateText; explicitOp: boolean } | null {
  const y = date.year ?? 2000; // a leap year, so "2月29日" without a year passes
  const d = date.day ?? 1;
  return isValidDate(y, date.month, d) ? { date, explicitOp } : null;
}

/** The serial of the last allowed day, or null when the year is unknown. */
export function deadlineSerial(date: DateText, fallbackYear?: number): number | null {
  const year = date.year ?? fallbackYear ?? null;
  if (year === null) return null;
  const day = date.day ?? daysInMonth(year, date.month);
  if (!isValidDate(year, date.month, day)) return null;
  return toSerial(year, date.month, day);
}
