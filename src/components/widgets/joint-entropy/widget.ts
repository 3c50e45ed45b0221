import { defineWidget } from '../../kit/declaration.ts';
import { jointEntropyModel } from './model.ts';

export const declaration = defineWidget({
  model: jointEntropyModel,
  title: 'Joint entropy and mutual information',
  lessonSlug: 'mutual-information',
  summary:
    'Edit a joint table of two variables and watch H(X), H(Y), H(X,Y), both conditional entropies and I(X;Y) as overlapping bars.',
  example: { joint: [0.2, 0.2, 0.1, 0.1, 0.2, 0.2] },
});
