import { describe, expect, it } from 'vitest';
import { EXERCISE_PARAMS } from '../../../src/components/exercises/exercise-seed.ts';
import { CELL_PARAMS } from '../../../src/components/notebook/share-link.ts';
import { pairLinkCodecs } from '../../../src/components/kit/pair-link.ts';
import { widgetDeclarations } from '../../../src/components/kit/widget-catalog.ts';
import { readPublishedIds } from '../../site/published-ids.ts';

describe('widget catalog', () => {
  it('declares every published widget kind with every published URL parameter', () => {
    // A lesson's linked pair is published as kind `pair-link`; the kit declares its parameters.
    // Exercises are published as kind `exercise`; exercise-seed.ts declares theirs; code cells
    // as kind `cell`, share-link.ts.
    const declared = new Map([
      ...widgetDeclarations.map((d): [string, readonly string[]] => [d.kind, d.params]),
      ['pair-link', Object.keys(pairLinkCodecs)],
      ['exercise', EXERCISE_PARAMS],
      ['cell', CELL_PARAMS],
    ]);
    for (const page of Object.values(readPublishedIds().pages)) {
      for (const [id, widget] of Object.entries(page.widgets)) {
        expect(declared.get(widget.kind), `${id} (${widget.kind})`).toEqual(
          expect.arrayContaining([...widget.params]),
        );
      }
    }
  });
});
