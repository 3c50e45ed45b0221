/**
 * Every widget that has an embed page at `/embed/KIND/`: its component, the lesson it belongs
 * to (for the "back to the lesson" link) and a title. Add one entry per new widget.
 */
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import BinaryEntropy from '../widgets/binary-entropy/BinaryEntropy.astro';
import EntropyExplorer from '../widgets/entropy-explorer/EntropyExplorer.astro';
import GaussianEntropy from '../widgets/gaussian-entropy/GaussianEntropy.astro';

export interface RegisteredWidget {
  component: AstroComponentFactory;
  /** Slug of the lesson that introduces the widget: `/lessons/SLUG/`. */
  lessonSlug: string;
  title: string;
}

export const widgetRegistry: Readonly<Record<string, RegisteredWidget>> = {
  'entropy-explorer': {
    component: EntropyExplorer,
    lessonSlug: 'entropy',
    title: 'Entropy explorer',
  },
  'binary-entropy': { component: BinaryEntropy, lessonSlug: 'entropy', title: 'Binary entropy' },
  'gaussian-entropy': {
    component: GaussianEntropy,
    lessonSlug: 'entropy',
    title: 'Entropy of a Gaussian',
  },
};
