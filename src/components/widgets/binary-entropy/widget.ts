import { defineWidget } from '../../kit/declaration.ts';
import { binaryEntropyModel } from './model.ts';

export const declaration = defineWidget({
  model: binaryEntropyModel,
  title: 'Binary entropy',
  lessonSlug: 'entropy',
  summary:
    'Move the probability of heads and follow the entropy of the coin along its curve, highest at one half.',
  example: { p: 0.1 },
});
