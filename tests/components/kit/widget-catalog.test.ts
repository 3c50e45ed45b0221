import { describe, expect, it } from 'vitest';
import { pairLinkCodecs } from '../../../src/components/kit/pair-link.ts';
import { widgetDeclarations } from '../../../src/components/kit/widget-catalog.ts';
import { readPublishedIds } from '../../site/published-ids.ts';

describe('widget catalog', () => {
  it('declares every published widget kind with every published URL parameter', () => {
    // A lesson's linked pair is published as kind `pair-link`; the kit declares its parameters.
    const declared = new Map([
      ...widgetDeclarations.map((d): [string, readonly string[]] => [d.kind, d.params]),
      ['pair-link', Object.keys(pairLinkCodecs)],
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
