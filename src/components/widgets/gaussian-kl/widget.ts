import { defineWidget } from '../../kit/declaration.ts';
import { gaussianKlModel } from './model.ts';

export const declaration = defineWidget({
  model: gaussianKlModel,
  title: 'KL between Gaussians',
  lessonSlug: 'kl-divergence',
  summary:
    'Move and widen two Gaussians and read the KL divergence both ways, in closed form and by numeric integration.',
  example: { mu2: 3 },
});
