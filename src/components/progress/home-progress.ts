/**
 * `/`: each lesson's progress (`ProgressSummary.astro`) written from storage at load, and again
 * after "Forget my progress" (`FORGOTTEN_EVENT`).
 */
import { FORGOTTEN_EVENT } from './forget-event.ts';
import { loadProgress } from './progress-storage.ts';
import { progressSummary } from './progress-summary.ts';

const ids = (list: string | undefined): string[] => (list ?? '').split(' ').filter(Boolean);

function showProgress(): void {
  const progress = loadProgress();
  for (const summary of document.querySelectorAll<HTMLElement>('[data-lesson-progress]')) {
    const { lessonProgress: slug = '', section, exercise, cell } = summary.dataset;
    const text = progressSummary(
      { section: ids(section), exercise: ids(exercise), cell: ids(cell) },
      progress.get(slug),
    );
    if (summary.textContent !== text) summary.textContent = text;
  }
}

showProgress();
document.addEventListener(FORGOTTEN_EVENT, showProgress);
