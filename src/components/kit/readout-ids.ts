/** The id of the visible label of readout `name` in widget instance `instanceId`. */
export function readoutLabelId(instanceId: string, name: string): string {
  return `${instanceId}-readout-${name}`;
}
