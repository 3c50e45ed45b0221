import { defineWidget } from '../../kit/declaration.ts';
import { codingGameModel } from './model.ts';

export const declaration = defineWidget({
  model: codingGameModel,
  title: 'Coding game',
  lessonSlug: 'cross-entropy',
  summary:
    'Send n symbols drawn from p with the Huffman code built for q and compare the bits spent with the cross-entropy.',
  example: { p: [0.7, 0.2, 0.1] },
});
