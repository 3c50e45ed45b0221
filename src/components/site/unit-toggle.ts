/**
 * The site-wide bits ⇄ nats switch: two buttons with `aria-pressed`. It only calls the kit's
 * `setUnit`; prose quantities and widgets follow the `surprisal:unit-change` event (kit loader).
 */
import { getUnit, isUnit, onUnitChange, setUnit, type Unit } from '../kit/unit.ts';

const buttons = [...document.querySelectorAll<HTMLButtonElement>('[data-unit-choice]')];

function reflect(unit: Unit): void {
  for (const button of buttons) button.setAttribute('aria-pressed', String(button.dataset['unitChoice'] === unit));
}

for (const button of buttons) {
  button.addEventListener('click', () => {
    const unit = button.dataset['unitChoice'];
    if (isUnit(unit) && unit !== getUnit()) setUnit(unit);
  });
}
reflect(getUnit());
for (const group of document.querySelectorAll<HTMLElement>('[data-unit-toggle]')) group.hidden = false;
onUnitChange(reflect);
