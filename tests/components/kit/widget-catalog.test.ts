import { describe, expect, it } from 'vitest';
import { widgetDeclarations } from '../../../src/components/kit/widget-catalog.ts';
import { readPublishedIds } from '../../site/published-ids.ts';

describe('widget catalog', () => {
  it('declares every published widget kind with every published URL parameter', () => {
    const declared = new Map(widgetDeclarations.map((d) => [d.kind, d.params]));
    for (const page of Object.values(readPublishedIds().pages)) {
      for (const [id, widget] of Object.entries(page.widgets)) {
        expect(declared.get(widget.kind), `${id} (${widget.kind})`).toEqual(
          expect.arrayContaining([...widget.params]),
        );
      }
    }
  });
});
