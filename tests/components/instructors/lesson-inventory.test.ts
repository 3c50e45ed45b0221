// The instructors' page reads each lesson's MDX for its headings, widgets, exercises and cells.
import { describe, expect, it } from 'vitest';
import {
  jsxTags,
  lessonInventory,
  widgetImports,
} from '../../../src/components/instructors/lesson-inventory.ts';

const lesson = `---
title: A lesson
---

import Cell from '../../src/components/notebook/Cell.astro';
import Exercise from '../../src/components/exercises/Exercise.astro';
import KlFit from '../../src/components/widgets/kl-fit/KlFit.astro';
import JointEntropy from '../../src/components/widgets/joint-entropy/JointEntropy.astro';

Intro with <Quantity bits={1} />.

## First part

<KlFit caption="A > B, and {braces} in a string" />

<Cell
  id="first-cell"
  code={\`
// What the cell is for.
const f = (x) => ({ y: \${x} });
## not a heading, inside the code
<Exercise id="not-an-exercise" />
\`}
/>

### A sub-part, $x$

<JointEntropy id="wire" joint={[0.5, 0, 0, 0.5]} rows={2} />

\`\`\`mdx
<Exercise id="in-a-fence" />
## a fenced heading
\`\`\`

## Check yourself

<Exercise id="ex-one" />
<Exercise id="ex-two" />
<Cell id="no-comment" code={\`1 + 1\`} />
`;

describe('widgetImports(source)', () => {
  it('maps each imported widget component to its kind, and nothing else', () => {
    expect([...widgetImports(lesson)]).toEqual([
      ['KlFit', 'kl-fit'],
      ['JointEntropy', 'joint-entropy'],
    ]);
  });
});

describe('jsxTags(source)', () => {
  it('reads string attributes and the raw text of expression attributes', () => {
    const fit = jsxTags(lesson).find((tag) => tag.name === 'KlFit');
    expect(fit?.attributes.get('caption')).toBe('A > B, and {braces} in a string');
    const joint = jsxTags(lesson).find((tag) => tag.name === 'JointEntropy');
    expect(joint?.attributes.get('joint')).toBe('[0.5, 0, 0, 0.5]');
  });
});

describe('lessonInventory(source)', () => {
  const inventory = lessonInventory(lesson);

  it('lists the h2/h3 headings outside code and fences, in order', () => {
    expect(inventory.headings).toEqual([
      { depth: 2, text: 'First part' },
      { depth: 3, text: 'A sub-part, $x$' },
      { depth: 2, text: 'Check yourself' },
    ]);
  });

  it('lists widget instances with their id (the kind when none is given) and section', () => {
    expect(inventory.widgets).toEqual([
      { kind: 'kl-fit', id: 'kl-fit', section: 0 },
      { kind: 'joint-entropy', id: 'wire', section: 1 },
    ]);
  });

  it('lists the exercises placed in the text, not those shown in code', () => {
    expect(inventory.exercises).toEqual([
      { id: 'ex-one', section: 2 },
      { id: 'ex-two', section: 2 },
    ]);
  });

  it("lists the cells with their code's first comment when there is one", () => {
    expect(inventory.cells).toEqual([
      { id: 'first-cell', comment: 'What the cell is for.', section: 0 },
      { id: 'no-comment', section: 2 },
    ]);
  });

  it('gives -1 as the section of what comes before any heading', () => {
    const early = lessonInventory(`${lesson.split('## First part')[0]}<Exercise id="early" />`);
    expect(early.exercises).toEqual([{ id: 'early', section: -1 }]);
  });
});
