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
import { encodeInstanceParams } from './url-state.ts';

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
  /**
   * A state worth showing in an example link, as URL values by parameter name (every
   * parameter, in `params` order): the defaults with the description's `example` on top.
   */
  readonly example: Readonly<Record<string, string>>;
}

export interface WidgetDescription<S> {
  /** Gives the declaration its kind and parameters. */
  model: WidgetModel<S>;
  title: string;
  lessonSlug: string;
  summary: string;
  /** Fields that differ from the defaults in the instructors' example link. */
  example?: Partial<S>;
}

/** Thrown (at build time) when a widget's example state is not one its link could carry. */
export class WidgetExampleError extends Error {
  override name = 'WidgetExampleError';
}

/** `state` as URL values by parameter name, checked to read back as a valid state. */
function exampleValues<S>(model: WidgetModel<S>, state: S): Record<string, string> {
  const values = Object.fromEntries(
    [...encodeInstanceParams('x', state, model.codecs)].map(([key, value]) => [
      key.slice(2),
      value,
    ]),
  );
  for (const [name, raw] of Object.entries(values)) {
    const parsed = model.codecs[name as keyof S].parse(raw);
    if (!parsed.ok)
      throw new WidgetExampleError(`${model.kind}: example ${name}=${raw}: ${parsed.reason}`);
  }
  const reason = model.validate?.(state);
  if (reason !== undefined) throw new WidgetExampleError(`${model.kind}: example: ${reason}`);
  return values;
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
  example = {},
}: WidgetDescription<S>): WidgetDeclaration {
  return {
    kind: model.kind,
    title,
    lessonSlug,
    summary,
    params: Object.keys(model.codecs),
    example: exampleValues(model, { ...model.defaults, ...example }),
  };
}
