// `/` counts each lesson's exercises and cells from its MDX source: the tags the components'
// contract names, with literal ids, outside code and comments, each id once.
import { describe, expect, it } from 'vitest';
import { lessonItemIds, lessonItems } from '../../../src/components/progress/lesson-items.ts';

const sample = `---
title: Entropy
---
import Cell from '../../src/components/notebook/Cell.astro';
import Exercise from '../../src/components/exercises/Exercise.astro';

## Surprise

<Exercise id="entropy-four-symbols" />

<Cell
  id="entropy-yours"
  code={\`
// a comment with <Cell id="not-a-cell"> inside the code
const p = normalize([3, 1, 1, 5]);
p.length > 2
\`}
/>

<Exercise kind="choice" answer={x > 1 ? 'a' : 'b'} id="kl-direction">
  Which direction of KL punishes a model that misses a mode?
</Exercise>

<Cell id='single-quoted' />

Use \`<Exercise id="in-inline-code" />\` to add one.

\`\`\`mdx
<Exercise id="in-a-fence" />
<Cell id="fenced-cell" />
\`\`\`

~~~
<Cell id="tilde-fence" />
~~~

{/* <Exercise id="commented-out" /> */}

<CellGroup id="not-a-cell-either" />
<ExerciseSet id="nor-this" />
<Exercise id={computedId} />
<Exercise data-id="no" hint="an id=&quot;x&quot; in text" id="after-attrs"/>
<Exercise id="entropy-four-symbols" />
`;

describe('lessonItemIds', () => {
  it('finds every exercise with a literal id, in page order, each once', () => {
    expect(lessonItemIds(sample, 'Exercise')).toEqual([
      'entropy-four-symbols',
      'kl-direction',
      'after-attrs',
    ]);
  });

  it('finds every cell, self-closing or multi-line, not the tags inside code', () => {
    expect(lessonItemIds(sample, 'Cell')).toEqual(['entropy-yours', 'single-quoted']);
  });

  it('a lesson without either has none (today’s lessons)', () => {
    expect(lessonItems('## Only prose\n\nSome $x$ and `code`.\n')).toEqual({
      exercises: [],
      cells: [],
    });
  });

  it('a tag left open at the end of the source still gives its id', () => {
    expect(lessonItemIds('<Cell id="open" code={`x', 'Cell')).toEqual(['open']);
  });
});
