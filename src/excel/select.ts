/** Shows a cell to the person: activates its sheet and selects it. One sync. */
export async function selectCell(context: Excel.RequestContext, sheet: string, cell: string): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRange(cell).select();
  await context.sync();
}
