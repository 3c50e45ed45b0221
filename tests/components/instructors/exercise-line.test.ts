import { describe, expect, it } from 'vitest';
import { firstSentence } from '../../../src/components/instructors/exercise-line.ts';

describe('firstSentence(template)', () => {
  it('ends at the first full stop, question or exclamation mark followed by a space', () => {
    expect(firstSentence('A coin lands heads {{p}} of the time. What is its entropy?')).toBe(
      'A coin lands heads {{p}} of the time.',
    );
    expect(firstSentence('Which is larger? Say why.')).toBe('Which is larger?');
  });

  it('keeps decimal points and full stops inside formulas', () => {
    expect(firstSentence('With $p = 0.5. q$ and 0.25 here. Then more.')).toBe(
      'With $p = 0.5. q$ and 0.25 here.',
    );
  });

  it('reads only the first paragraph, joined into one line', () => {
    expect(firstSentence('No stop in this\nparagraph\n\nSecond one.')).toBe(
      'No stop in this paragraph',
    );
  });
});
