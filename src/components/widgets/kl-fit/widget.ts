import { defineWidget } from '../../kit/declaration.ts';
import { klFitModel } from './model.ts';

export const declaration = defineWidget({
  model: klFitModel,
  title: 'Forward and reverse KL fit',
  lessonSlug: 'kl-divergence',
  summary:
    'Fit one Gaussian to a mixture of two: the forward-KL fit covers both modes, the reverse-KL fit picks one.',
  example: { weight: 0.3 },
});
