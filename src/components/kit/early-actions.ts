/**
 * Reader actions that happen before a widget's script has arrived. The first click on a
 * button (Copy link, Add outcome, Normalise…) both triggers the import and is lost, since no
 * listener exists yet; `loader.ts` records it here and the widget replays it once connected.
 * The module is shared by the loader and every client chunk, so the record survives the import.
 */
const pendingClicks = new WeakMap<Element, HTMLButtonElement>();

/** Remember that `button`, inside the not yet live widget `figure`, was clicked. */
export function recordEarlyClick(figure: Element, button: HTMLButtonElement): void {
  pendingClicks.set(figure, button);
}

/** The button clicked in `figure` before it was live, forgotten once taken. */
export function takeEarlyClick(figure: Element): HTMLButtonElement | undefined {
  const button = pendingClicks.get(figure);
  pendingClicks.delete(figure);
  return button;
}

/**
 * Inputs under `root` whose value differs from the server-rendered one (their `value`
 * attribute): a key press or drag that changed them before the script listened. The rendered
 * value is compared as the browser shows it: a range snaps `value="0.3333…"` to its step
 * (0.33), which is not an edit.
 */
export function inputsEditedEarly(root: Element): [HTMLInputElement, string][] {
  return [...root.querySelectorAll('input')]
    .filter((input) => input.type !== 'text' && input.value !== renderedValue(input))
    .map((input) => [input, input.value]);
}

/** The value `input` showed before any edit: its `value` attribute after the browser's sanitising. */
function renderedValue(input: HTMLInputElement): string {
  const pristine = input.cloneNode() as HTMLInputElement;
  pristine.value = input.defaultValue;
  return pristine.value;
}
