import { defineWidget } from '../../kit/declaration.ts';
import { entropyExplorerModel } from './model.ts';

export const declaration = defineWidget({
  model: entropyExplorerModel,
  title: 'Entropy explorer',
  lessonSlug: 'entropy',
  summary:
    'Set the probabilities of 2 to 10 outcomes and watch the entropy, its maximum log n and each outcome’s surprise.',
  example: { p: [0.5, 0, 0.5] },
});
