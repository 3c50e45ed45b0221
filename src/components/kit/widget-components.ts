/**
 * Every widget with its component, `src/components/widgets/KIND/PascalKind.astro` (server side,
 * for the embed pages `/embed/KIND/`). A page that imports this module gets the widgets' CSS.
 */
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import type { WidgetDeclaration } from './declaration.ts';
import { widgetDeclarations } from './widget-catalog.ts';
import { componentFileName } from './widget-folders.ts';

export interface EmbeddableWidget {
  readonly declaration: WidgetDeclaration;
  readonly component: AstroComponentFactory;
}

const components = import.meta.glob<AstroComponentFactory>('../widgets/*/*.astro', {
  eager: true,
  import: 'default',
});

export const embeddableWidgets: readonly EmbeddableWidget[] = widgetDeclarations.map(
  (declaration) => {
    const component =
      components[`../widgets/${declaration.kind}/${componentFileName(declaration.kind)}`];
    // widget-catalog.ts has checked that every declared widget has its component.
    if (component === undefined) throw new Error(`no component for ${declaration.kind}`);
    return { declaration, component };
  },
);
