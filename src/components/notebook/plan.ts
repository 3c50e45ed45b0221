/**
 * Which cells a run covers, in page order. Running cell `target`:
 *
 * 1. earlier cells that have not run in this scope yet run first (a fresh worker, after a
 *    timeout or on the first run, rebuilds the scope the cell expects);
 * 2. then the target;
 * 3. then every later cell that reads a name the target declares, and, in turn, the later
 *    cells that read the names those declare (page order; a dependency by free identifiers).
 */
export interface PlannedCell {
  readonly id: string;
  readonly declared: readonly string[];
  readonly free: readonly string[];
}

/** The ids to run, in order. `ran` holds the ids already run in this scope. */
export function runPlan(
  cells: readonly PlannedCell[],
  targetId: string,
  ran: ReadonlySet<string>,
): string[] {
  const index = cells.findIndex((cell) => cell.id === targetId);
  if (index < 0) return [];
  const plan: string[] = [];
  for (const cell of cells.slice(0, index)) if (!ran.has(cell.id)) plan.push(cell.id);
  plan.push(targetId);
  const changed = new Set(cells[index]?.declared ?? []);
  for (const cell of cells.slice(index + 1)) {
    if (!cell.free.some((name) => changed.has(name))) continue;
    plan.push(cell.id);
    for (const name of cell.declared) changed.add(name);
  }
  return plan;
}
