/**
 * The only exercise script a page loads before interaction (a few hundred bytes; included by
 * `Exercise.astro`, deduplicated by Astro). It imports the client (`exercise-client.ts`, a lazy
 * chunk with the parser, the checker and the lesson's set) on the first focus, pointer, key,
 * click or submit inside an exercise — or at once for an exercise the URL addresses
 * (`exercise.ID.…`). A Check or "new numbers" pressed before the client is live is remembered
 * (`data-pending`) and done on arrival; a submit never reloads the page.
 */
type Client = typeof import('./exercise-client.ts');

let client: Promise<Client> | undefined;

function start(form: HTMLFormElement): void {
  client ??= import('./exercise-client.ts');
  void client.then((module) => module.enhance(form));
}

function onEvent(event: Event): void {
  const target = event.target;
  if (!(target instanceof Element)) return;
  const form = target.closest<HTMLFormElement>('form[data-exercise]');
  if (!form) return;
  const live = form.hasAttribute('data-enhanced');
  if (event.type === 'submit') {
    event.preventDefault();
    if (!live) form.dataset['pending'] = 'check';
  } else if (event.type === 'click' && !live && target.closest('[data-new-seed]')) {
    form.dataset['pending'] = 'new-seed';
  }
  start(form);
}

for (const type of ['focusin', 'pointerdown', 'keydown', 'click', 'submit']) {
  document.addEventListener(type, onEvent, { capture: true });
}

function startPage(): void {
  const forms = document.querySelectorAll<HTMLFormElement>('form[data-exercise]');
  const keys = [...new URLSearchParams(window.location.search).keys()];
  const addressed = keys.some((key) => key.startsWith('exercise.'));
  forms.forEach((form, index) => {
    form.querySelector<HTMLElement>('[data-seed-line]')?.removeAttribute('hidden');
    const own = keys.some((key) => key.startsWith(`exercise.${form.dataset['exercise'] ?? ''}.`));
    // The first exercise lists link parameters addressed to no exercise of the page.
    if (own || (addressed && index === 0)) start(form);
  });
}

if (document.readyState === 'loading')
  document.addEventListener('DOMContentLoaded', startPage, { once: true });
else startPage();

// A module (not a global script), so its names stay its own.
export {};
