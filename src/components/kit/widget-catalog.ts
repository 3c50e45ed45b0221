/**
 * Every widget's declaration, found in `src/components/widgets/KIND/widget.ts`, by kind (server
 * side: the instructors' page, and the embed pages through `widget-components.ts`). Importing
 * this module fails the build when a widget folder is incomplete (`widget-folders.ts`).
 */
import { checkWidgetFolders } from './widget-folders.ts';

export const widgetDeclarations = checkWidgetFolders({
  declarations: import.meta.glob('../widgets/*/widget.ts', { eager: true }),
  // Only the paths are read. As `?raw` text, never called, neither file is compiled here: a
  // component this module imported, even lazily, would add the widgets' CSS to every page that
  // lists them.
  components: import.meta.glob('../widgets/*/*.astro', { query: '?raw' }),
  clients: import.meta.glob('../widgets/*/client.ts', { query: '?raw' }),
});
