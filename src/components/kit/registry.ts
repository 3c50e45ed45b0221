/**
 * Every widget that has an embed page at `/embed/KIND/`: its component, the lesson it belongs
 * to (for the "back to the lesson" link) and a title. Add one entry per new widget.
 */
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import BinaryEntropy from '../widgets/binary-entropy/BinaryEntropy.astro';
import EntropyExplorer from '../widgets/entropy-explorer/EntropyExplorer.astro';
import GaussianEntropy from '../widgets/gaussian-entropy/GaussianEntropy.astro';
import CodingGame from '../widgets/coding-game/CodingGame.astro';
import CrossEntropyExplorer from '../widgets/cross-entropy-explorer/CrossEntropyExplorer.astro';
import GaussianKl from '../widgets/gaussian-kl/GaussianKl.astro';
import KlExplorer from '../widgets/kl-explorer/KlExplorer.astro';
import KlFit from '../widgets/kl-fit/KlFit.astro';
import Surprise from '../widgets/surprise/Surprise.astro';

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
  'cross-entropy-explorer': {
    component: CrossEntropyExplorer,
    lessonSlug: 'cross-entropy',
    title: 'Cross-entropy explorer',
  },
  'coding-game': { component: CodingGame, lessonSlug: 'cross-entropy', title: 'Coding game' },
  'kl-explorer': { component: KlExplorer, lessonSlug: 'kl-divergence', title: 'KL explorer' },
  'gaussian-kl': {
    component: GaussianKl,
    lessonSlug: 'kl-divergence',
    title: 'KL between Gaussians',
  },
  surprise: { component: Surprise, lessonSlug: 'entropy', title: 'Surprise of an outcome' },
  'kl-fit': { component: KlFit, lessonSlug: 'kl-divergence', title: 'Forward and reverse KL fit' },
};
