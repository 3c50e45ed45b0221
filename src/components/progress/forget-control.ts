/**
 * The "Forget my progress" control (`ForgetProgress.astro`): a first press asks (the button
 * becomes "Really forget?" and Cancel appears; focus stays on the button), a second press
 * forgets (`forgetProgress`: progress, widget states, cell edits), Cancel or Escape keeps
 * everything. Each step is said in the status line, so it is heard as well as seen.
 */
import { flushWidgetStates } from '../kit/widget-memory.ts';
import { FORGOTTEN_EVENT } from './forget-event.ts';
import { forgetProgress, forgettableKeys } from './progress-storage.ts';

const ASK = 'Forget my progress';
const CONFIRM = 'Really forget?';

function bind(root: HTMLElement): void {
  const forget = root.querySelector<HTMLButtonElement>('[data-forget]');
  const cancel = root.querySelector<HTMLButtonElement>('[data-forget-cancel]');
  const status = root.querySelector<HTMLElement>('[data-forget-status]');
  if (!forget || !cancel || !status) return;
  let asking = false;
  const settle = (message: string): void => {
    asking = false;
    forget.textContent = ASK;
    cancel.hidden = true;
    status.textContent = message;
  };
  forget.addEventListener('click', () => {
    if (!asking) {
      asking = true;
      forget.textContent = CONFIRM;
      cancel.hidden = false;
      status.textContent =
        'Forget your progress, widget states and code edits in this browser? Press “Really forget?” to confirm, or Cancel.';
      return;
    }
    flushWidgetStates(); // a widget state noted but not yet written goes with the rest
    const done = forgetProgress();
    settle(
      done
        ? 'Forgotten: this browser no longer holds your progress, widget states or code edits.'
        : 'This browser refused to change its storage: nothing could be forgotten.',
    );
    document.dispatchEvent(new CustomEvent(FORGOTTEN_EVENT));
  });
  const keep = (): void => {
    settle('Kept: nothing was forgotten.');
    forget.focus();
  };
  cancel.addEventListener('click', keep);
  root.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && asking) keep();
  });
  if (forgettableKeys().length > 0) root.hidden = false;
}

for (const root of document.querySelectorAll<HTMLElement>('[data-forget-progress]')) bind(root);
