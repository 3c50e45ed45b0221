import { AstroError } from 'astro/errors';
import type { WidgetModel } from './types.ts';
import { encodeInstanceParams } from './url-state.ts';

/**
 * The server-rendered state of a widget: its defaults overridden by the component's props,
 * each prop checked by the same codec that checks URL parameters (format, then parse), so a
 * lesson cannot publish a state a link could not express. An invalid prop fails the build.
 */
export function initialState<S>(model: WidgetModel<S>, props: Partial<S>): S {
  const state = { ...model.defaults };
  for (const name of Object.keys(model.codecs) as (keyof S & string)[]) {
    const value = props[name];
    if (value === undefined) continue;
    const codec = model.codecs[name];
    const parsed = codec.parse(codec.format(value));
    if (!parsed.ok) {
      throw new AstroError(
        `<${model.kind}> prop "${name}" ${parsed.reason}.`,
        `Pass a value the URL parameter "${name}" would accept, e.g. ${codec.format(model.defaults[name])}.`,
      );
    }
    state[name] = parsed.value;
  }
  const problem = model.validate?.(state);
  if (problem !== undefined) {
    throw new AstroError(
      `<${model.kind}> props: ${problem}.`,
      'Give the props values that fit together.',
    );
  }
  return state;
}

/** `state` as the `ID.param=value` query text that `WidgetFrame`'s `initial` prop expects. */
export function initialParams<S>(model: WidgetModel<S>, id: string, state: S): string {
  return encodeInstanceParams(id, state, model.codecs).toString();
}
