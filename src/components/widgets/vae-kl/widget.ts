import { defineWidget } from '../../kit/declaration.ts';
import { vaeKlModel } from './model.ts';

export const declaration = defineWidget({
  model: vaeKlModel,
  title: 'VAE KL term',
  lessonSlug: 'cross-entropy-loss',
  summary:
    'Drag an encoder’s Gaussian against the standard normal prior and read the KL term of the evidence lower bound.',
  example: { mu: 2, sigma: 0.3 },
});
