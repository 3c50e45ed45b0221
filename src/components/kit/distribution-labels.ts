/** Visible label of outcome `index` (0-based) of distribution `symbol`: "p(1)", "p(2)", … */
export function outcomeLabel(symbol: string, index: number): string {
  return `${symbol}(${index + 1})`;
}

/** Number box text: the value rounded to the box's 0.001 step (the state keeps full precision). */
export function numberBoxText(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}
