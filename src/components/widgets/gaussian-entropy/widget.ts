import { defineWidget } from '../../kit/declaration.ts';
import { gaussianEntropyModel } from './model.ts';

export const declaration = defineWidget({
  model: gaussianEntropyModel,
  title: 'Entropy of a Gaussian',
  lessonSlug: 'entropy',
  summary:
    'Widen or narrow a bell curve: its differential entropy grows with log σ and goes below zero for a narrow one.',
  example: { sigma: 0.1 },
});
