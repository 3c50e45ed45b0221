import { defineWidget } from '../../kit/declaration.ts';
import { klExplorerModel } from './model.ts';

export const declaration = defineWidget({
  model: klExplorerModel,
  title: 'KL explorer',
  lessonSlug: 'kl-divergence',
  summary: 'Compare D(p‖q) with D(q‖p) and each outcome’s log-ratio term; Swap exchanges p and q.',
  example: { q: [0.9, 0.1] },
});
