/**
 * The site-wide bits ⇄ nats switch: two buttons with `aria-pressed`. It only calls the kit's
 * `setUnit`; prose quantities and widgets follow the `surprisal:unit-change` event (kit loader).
 */
import { getUnit, isUnit, onUnitChange, setUnit, type Unit } from '../kit/unit.ts';

/** Wire the `[data-unit-choice]` buttons under `root` and show their `[data-unit-toggle]` group. */
export function bindUnitToggles(root: ParentNode = document): void {
  const buttons = [...root.querySelectorAll<HTMLButtonElement>('[data-unit-choice]')];
  const reflect = (unit: Unit): void => {
    for (const button of buttons) {
      button.setAttribute('aria-pressed', String(button.dataset['unitChoice'] === unit));
    }
  };
  for (const button of buttons) {
    button.addEventListener('click', () => {
      const unit = button.dataset['unitChoice'];
      if (isUnit(unit) && unit !== getUnit()) setUnit(unit);
    });
  }
  reflect(getUnit());
  onUnitChange(reflect);
  for (const group of root.querySelectorAll<HTMLElement>('[data-unit-toggle]'))
    group.hidden = false;
}
