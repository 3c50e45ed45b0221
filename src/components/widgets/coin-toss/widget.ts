import { defineWidget } from '../../kit/declaration.ts';
import { coinTossModel } from './model.ts';

export const declaration = defineWidget({
  model: coinTossModel,
  title: 'Telling two coins apart',
  lessonSlug: 'coin-toss',
  summary:
    'Toss coin 1 or coin 2 up to a million times and watch the evidence per toss for coin 1 settle at D(p‖q) or −D(q‖p).',
  example: { q: 0.9 },
});
