import { defineWidget } from '../../kit/declaration.ts';
import { crossEntropyExplorerModel } from './model.ts';

export const declaration = defineWidget({
  model: crossEntropyExplorerModel,
  title: 'Cross-entropy explorer',
  lessonSlug: 'cross-entropy',
  summary:
    'Draw data from p and code them for q: each outcome’s cost splits into an entropy part and a KL part.',
  example: { q: [0.5, 0.25, 0.25] },
});
