import type { CellValue } from "../grid";
import type { CellStyle, PlanCell, PlanConditionalFormat, PlanValidation, SheetPlan } from "../plan";

/** Collects one sheet's cells; a later write to the same address replaces the earlier one. */
export class SheetBuilder {
  private readonly cells = new Map<string, PlanCell>();
  private readonly plan: SheetPlan;

  constructor(name: string, opts: { hidden?: boolean; protect?: boolean } = {}) {
    this.plan = {
      name,
      ...(opts.hidden ? { hidden: true } : {}),
      cells: [],
      merges: [],
      validations: [],
      conditionalFormats: [],
      columnWidths: {},
      protect: opts.protect ?? true,
    };
  }

  get name(): string {
    return this.plan.name;
  }

  /**
   * Fixed text (titles, labels, headers). Only formula cells are locked (issue 13: the person may retype,
   * format and resize everything else); the reader notices a changed header and says so.
   */
  value(addr: string, value: CellValue, style?: CellStyle, locked = false): this {
    this.cells.set(addr, { addr, value, ...(style ? { style } : {}), locked });
    return this;
  }

  input(addr: string, value: CellValue, style?: CellStyle): this {
    return this.value(addr, value, style, false);
  }

  formula(addr: string, formula: string, style?: CellStyle): this {
    this.cells.set(addr, { addr, formula, ...(style ? { style } : {}), locked: true });
    return this;
  }

  merge(range: string): this {
    this.plan.merges.push(range);
    return this;
  }

  validate(v: PlanValidation): this {
    this.plan.validations.push(v);
    return this;
  }

  flag(cf: PlanConditionalFormat): this {
    this.plan.conditionalFormats.push(cf);
    return this;
  }

  width(col: string, chars: number): this {
    this.plan.columnWidths[col] = chars;
    return this;
  }

  hideColumn(col: string): this {
    (this.plan.hiddenColumns ??= []).push(col);
    return this;
  }

  build(): SheetPlan {
    return { ...this.plan, cells: [...this.cells.values()] };
  }
}
