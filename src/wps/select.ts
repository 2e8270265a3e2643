import { activeWorkbook, findSheet, type EtApplication } from "./et";

/** Shows a cell to the person: activates its sheet and selects it. */
export function selectCell(app: EtApplication, sheet: string, cell: string): void {
  const ws = findSheet(activeWorkbook(app), sheet);
  if (!ws) throw new Error(`没有工作表 ${sheet} / no sheet ${sheet}`);
  ws.Activate();
  ws.Range(cell.replace(/\$/g, "")).Select();
}
