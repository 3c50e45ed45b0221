import { defineWidget } from '../../kit/declaration.ts';
import { surpriseModel } from './model.ts';

export const declaration = defineWidget({
  model: surpriseModel,
  title: 'Surprise of an outcome',
  lessonSlug: 'entropy',
  summary: 'Drag an outcome’s probability along the curve −log p and see how surprising it is.',
  example: { p: 0.01 },
});
