/**
 * A widget's declaration: `export const declaration = defineWidget({ … })` in
 * `src/components/widgets/KIND/widget.ts`. It is all the site knows about a widget by name; the
 * catalog (`widget-catalog.ts`) and the loader (`loader.ts`) find widgets from their folders, so
 * nothing else lists them.
 *
 * `widget.ts` imports only its model and this file (no Astro, no Plot, no DOM), so a declaration
 * is cheap to import anywhere.
 */
import type { WidgetModel } from './types.ts';

export interface WidgetDeclaration {
  /** The model's kind: the folder name, `data-widget`, `<KIND-widget>`, the default id, `/embed/KIND/`. */
  readonly kind: string;
  /** The embed page's title and the widget's name on the instructors' page. */
  readonly title: string;
  /** The lesson that introduces the widget: `/lessons/SLUG/`. */
  readonly lessonSlug: string;
  /** One line for the instructors' page: what the reader sees and does. */
  readonly summary: string;
  /** Names of the URL parameters (`ID.NAME=…`): the fields of the model's codecs. */
  readonly params: readonly string[];
}

export interface WidgetDescription<S> {
  /** Gives the declaration its kind and parameters. */
  model: WidgetModel<S>;
  title: string;
  lessonSlug: string;
  summary: string;
}

/**
 * The declaration of the widget whose state `model` describes.
 * @example defineWidget({ model: klExplorerModel, title: 'KL explorer', lessonSlug: 'kl-divergence', summary: '…' }).params // => ['p', 'q']
 */
export function defineWidget<S>({
  model,
  title,
  lessonSlug,
  summary,
}: WidgetDescription<S>): WidgetDeclaration {
  return { kind: model.kind, title, lessonSlug, summary, params: Object.keys(model.codecs) };
}
