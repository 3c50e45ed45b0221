import { defineWidget } from '../../kit/declaration.ts';
import { workedExampleModel } from './model.ts';

export const declaration = defineWidget({
  model: workedExampleModel,
  title: 'Worked example',
  lessonSlug: 'worked-example',
  summary:
    'Edit R and S over three outcomes: every term of H(R), H(S), H(R, S), H(S, R), D(R‖S) and D(S‖R), recomputed.',
  example: { s: [0.1, 0.8, 0.1] },
});
