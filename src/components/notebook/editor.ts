/**
 * The cell editor: CodeMirror 6, loaded only when a reader first focuses or clicks a cell's
 * code. Keys: Ctrl/Cmd+Enter runs; Escape leaves the editor (focus moves to the cell's Run
 * button); Tab is not taken (no `indentWithTab`), so Tab and Shift+Tab move focus on as
 * anywhere else — no keyboard trap. Colours come from the cell's CSS variables, so the
 * highlighting follows the light and dark themes.
 *
 * The editor lives in an open shadow root: there CodeMirror puts its styles in a constructed
 * (adopted) style sheet instead of a `<style>` element, which the page's Content-Security-Policy
 * (hashed styles only) would refuse. CSS variables cross the shadow boundary, so the theme does.
 */
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { javascript } from '@codemirror/lang-javascript';
import { HighlightStyle, bracketMatching, syntaxHighlighting } from '@codemirror/language';
import { EditorState, Prec } from '@codemirror/state';
import { EditorView, drawSelection, keymap, lineNumbers } from '@codemirror/view';
import { tags } from '@lezer/highlight';

const highlight = HighlightStyle.define([
  {
    tag: [tags.keyword, tags.controlKeyword, tags.definitionKeyword],
    color: 'var(--cell-keyword)',
  },
  { tag: [tags.number, tags.bool, tags.null], color: 'var(--cell-number)' },
  { tag: [tags.string, tags.special(tags.string)], color: 'var(--cell-string)' },
  {
    tag: [tags.comment, tags.lineComment, tags.blockComment],
    color: 'var(--cell-comment)',
    fontStyle: 'italic',
  },
  {
    tag: [tags.function(tags.variableName), tags.function(tags.propertyName)],
    color: 'var(--cell-function)',
  },
  { tag: [tags.typeName, tags.className], color: 'var(--cell-type)' },
]);

export interface EditorOptions {
  readonly parent: HTMLElement;
  readonly code: string;
  readonly label: string;
  readonly onRun: () => void;
  readonly onEscape: () => void;
  readonly onChange: (code: string) => void;
}

export interface CellEditor {
  code(): string;
  setCode(code: string): void;
  focus(): void;
}

const look = EditorView.theme({
  '&': {
    backgroundColor: 'var(--surprisal-background)',
    color: 'var(--surprisal-text)',
    border: '1px solid var(--surprisal-rule)',
    borderRadius: '4px',
    fontSize: '0.9rem',
  },
  '&.cm-focused': { outline: '3px solid var(--surprisal-focus)', outlineOffset: '2px' },
  '.cm-content': {
    caretColor: 'var(--surprisal-text)',
    fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace',
    padding: '0.5rem 0',
  },
  '.cm-gutters': {
    backgroundColor: 'var(--surprisal-surface)',
    color: 'var(--surprisal-muted)',
    borderRight: '1px solid var(--surprisal-rule)',
  },
  '.cm-cursor': { borderLeftColor: 'var(--surprisal-text)' },
  '&.cm-focused .cm-selectionBackground, .cm-selectionBackground': {
    backgroundColor: 'var(--cell-selection)',
  },
  '.cm-matchingBracket': { outline: '1px solid var(--surprisal-muted)' },
});

export function createEditor(options: EditorOptions): CellEditor {
  const shadow = options.parent.attachShadow({ mode: 'open' });
  const view = new EditorView({
    parent: shadow,
    root: shadow,
    state: EditorState.create({
      doc: options.code,
      extensions: [
        Prec.highest(
          keymap.of([
            { key: 'Mod-Enter', run: () => (options.onRun(), true) },
            { key: 'Escape', run: () => (options.onEscape(), true) },
          ]),
        ),
        look,
        // long lines wrap: no sideways scroll region inside the editor (and none on a phone)
        EditorView.lineWrapping,
        lineNumbers(),
        history(),
        drawSelection(),
        bracketMatching(),
        javascript({ typescript: true }),
        syntaxHighlighting(highlight),
        keymap.of([...defaultKeymap, ...historyKeymap]),
        EditorView.contentAttributes.of({ 'aria-label': options.label }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) options.onChange(update.state.doc.toString());
        }),
      ],
    }),
  });
  return {
    code: () => view.state.doc.toString(),
    setCode: (code) =>
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: code } }),
    focus: () => view.focus(),
  };
}
