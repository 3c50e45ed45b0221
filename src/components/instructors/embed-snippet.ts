/**
 * The `<iframe>` snippet the instructors' page shows for a widget: the frame (its `src` an
 * absolute address, completed on the reader's origin) and the host script that fits the frame
 * to the widget (`embed-height.ts`). Split around the address so the page can mark it.
 */
import { HOST_SCRIPT } from './embed-height.ts';

/** Where a frame starts without the message (its height before the first message). */
export const EMBED_START_HEIGHT = 600;

const escapeAttribute = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The snippet's text before and after the frame's address. */
export function embedSnippetParts(title: string): { before: string; after: string } {
  return {
    before: '<iframe src="',
    after:
      `" title="${escapeAttribute(title)}" width="100%" height="${EMBED_START_HEIGHT}"` +
      ` style="border: 0" loading="lazy" data-surprisal-embed></iframe>\n` +
      `<script>\n${HOST_SCRIPT}\n</script>`,
  };
}

/** The whole snippet for a frame at `src` (absolute). */
export function embedSnippet(src: string, title: string): string {
  const { before, after } = embedSnippetParts(title);
  return `${before}${src}${after}`;
}
