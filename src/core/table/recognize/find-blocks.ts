import type { SheetView } from "./sheet-view";
import { budgetRole, indicatorRole, type BudgetRole, type IndicatorRole } from "./headers";
import { headerKey } from "./normalize";

/** One set of indicator columns under a header row (a sheet may print two side by side: 中期 | 年度). */
export interface IndicatorBlock {
  headerTop: number;
  headerBottom: number;
  left: number;
  right: number;
  cols: Partial<Record<IndicatorRole, number>>;
  /** The header text each role was found under, normalised ("年初目标值"). */
  headers: Partial<Record<IndicatorRole, string>>;
  /** "long" for 中期 / 长期 / 滚动 blocks, "annual" for 年度 ones, "" when the form does not say. */
  horizon: "long" | "annual" | "";
  /** Header cells inside the block that no role fits: reported, never silently dropped. */
  unplaced: { cell: string; text: string }[];
}

export interface BudgetHeader {
  headerTop: number;
  headerBottom: number;
  left: number;
  right: number;
  cols: Partial<Record<BudgetRole, number>>;
}

type RoleCell<R> = { col: number; role: R; key: string };

function rowRoles<R>(view: SheetView, r: number, roleOf: (t: string) => R | undefined): RoleCell<R>[] {
  const out: RoleCell<R>[] = [];
  for (let c = view.left; c <= view.right; c++) {
    if (view.isHorizontalFollower(r, c)) continue;
    const raw = view.value(r, c);
    if (typeof raw !== "string") continue;
    const role = roleOf(raw);
    if (role !== undefined) out.push({ col: c, role, key: headerKey(raw).key });
  }
  return out;
}

/** Split a header row into column groups; a group restarts when a level or name header repeats. */
function groupsOf(cells: RoleCell<IndicatorRole>[]): RoleCell<IndicatorRole>[][] {
  const groups: RoleCell<IndicatorRole>[][] = [];
  let current: RoleCell<IndicatorRole>[] = [];
  for (const cell of cells) {
    const seen = current.some((x) => x.role === cell.role);
    const restarts = seen && (cell.role === "level1" || cell.role === "level2" || cell.role === "name");
    if (restarts) {
      groups.push(current);
      current = [];
    }
    if (!current.some((x) => x.role === cell.role)) current.push(cell);
  }
  if (current.length) groups.push(current);
  return groups;
}

/**
 * A header row names the indicator and its target, and at least one more column an indicator table has:
 * its levels, or (forms that list indicators without levels, such as some 部门整体 and transfer-payment
 * tables) an actual, a weight, a score or a unit.
 */
const isIndicatorHeader = (roles: Set<IndicatorRole>): boolean =>
  roles.has("name") &&
  roles.has("target") &&
  (roles.has("level1") || roles.has("level2") || roles.has("actual") || roles.has("weight") || roles.has("score") || (roles.has("unit") && roles.has("operator")));

function horizonOf(view: SheetView, top: number, left: number, right: number): IndicatorBlock["horizon"] {
  const texts: string[] = [];
  for (let c = left; c <= right; c++) texts.push(view.text(top - 1, c));
  // A label merged down the left edge of the block ("年度绩效指标" in a vertical merge).
  for (let c = left - 1; c >= Math.max(view.left, left - 2); c--) texts.push(view.text(top, c));
  const joined = texts.join(" ");
  if (/中期|长期|滚动/.test(joined)) return "long";
  if (/年度/.test(joined)) return "annual";
  return "";
}

/** Texts on the header's bottom line, within the block, that name no known column. */
function unplacedIn(view: SheetView, row: number, left: number, right: number): { cell: string; text: string }[] {
  const out: { cell: string; text: string }[] = [];
  for (let c = left; c <= right; c++) {
    if (view.isHorizontalFollower(row, c) || view.isVerticalFollower(row, c)) continue;
    const t = view.text(row, c);
    if (t !== "" && indicatorRole(t) === undefined) out.push({ cell: view.addrOf(row, c), text: t });
  }
  return out;
}

export function findIndicatorBlocks(view: SheetView): IndicatorBlock[] {
  const found: IndicatorBlock[] = [];
  // Each row is asked again when a header spans several lines: answer once per row.
  const seen = new Map<number, RoleCell<IndicatorRole>[][]>();
  const qualifies = (r: number): RoleCell<IndicatorRole>[][] => {
    let q = seen.get(r);
    if (!q) {
      q = groupsOf(rowRoles(view, r, indicatorRole)).filter((g) => isIndicatorHeader(new Set(g.map((x) => x.role))));
      seen.set(r, q);
    }
    return q;
  };
  let prev: RoleCell<IndicatorRole>[][] = [];
  for (let r = view.top; r <= view.bottom + 1; r++) {
    const now = r <= view.bottom ? qualifies(r) : [];
    // A header printed over two lines qualifies on both (vertical merges repeat); keep its bottom line.
    if (prev.length && now.length === 0) {
      const bottom = r - 1;
      let top = bottom;
      while (top - 1 >= view.top && qualifies(top - 1).length) top--;
      for (const g of prev) {
        const cols: IndicatorBlock["cols"] = {};
        const headers: IndicatorBlock["headers"] = {};
        for (const cell of g) {
          cols[cell.role] = cell.col;
          headers[cell.role] = cell.key;
        }
        const left = Math.min(...g.map((x) => x.col));
        const lastCol = Math.max(...g.map((x) => x.col));
        const m = view.merge(bottom, lastCol);
        const right = m ? m.right : lastCol;
        found.push({ headerTop: top, headerBottom: bottom, left, right, cols, headers, horizon: horizonOf(view, top, left, right), unplaced: unplacedIn(view, bottom, left, right) });
      }
    }
    prev = now;
  }
  return found;
}

export function findBudgetHeaders(view: SheetView): BudgetHeader[] {
  const found: BudgetHeader[] = [];
  const seen = new Map<number, RoleCell<BudgetRole>[] | null>();
  const qualifies = (r: number): RoleCell<BudgetRole>[] | null => {
    const hit = seen.get(r);
    if (hit !== undefined) return hit;
    const cells = rowRoles(view, r, budgetRole);
    const roles = new Set(cells.map((x) => x.role));
    // 湖北 监控表 prints only 年初预算数 beside 1-6月执行数: the initial budget is then the budget.
    const q = roles.has("executed") && (roles.has("budget") || roles.has("rate") || roles.has("initial")) ? cells : null;
    seen.set(r, q);
    return q;
  };
  let prev: RoleCell<BudgetRole>[] | null = null;
  for (let r = view.top; r <= view.bottom + 1; r++) {
    const now = r <= view.bottom ? qualifies(r) : null;
    if (prev && !now) {
      const bottom = r - 1;
      let top = bottom;
      while (top - 1 >= view.top && qualifies(top - 1)) top--;
      // Include a title line above ("年度预算数（万元）" merged over the amounts).
      const cols: BudgetHeader["cols"] = {};
      for (const cell of prev) if (cols[cell.role] === undefined) cols[cell.role] = cell.col;
      const colsUsed = prev.map((x) => x.col);
      found.push({ headerTop: top, headerBottom: bottom, left: Math.min(...colsUsed), right: Math.max(...colsUsed), cols });
    }
    prev = now;
  }
  return found;
}
