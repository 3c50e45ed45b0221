import { defineWidget } from '../../kit/declaration.ts';
import { classifierLossModel } from './model.ts';

export const declaration = defineWidget({
  model: classifierLossModel,
  title: 'Classifier loss',
  lessonSlug: 'cross-entropy-loss',
  summary:
    'Set a classifier’s logits and the observed class, then take gradient steps and watch the cross-entropy loss fall.',
  example: { target: 1, temperature: 2 },
});
