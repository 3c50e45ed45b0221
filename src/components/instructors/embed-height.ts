/**
 * An embedded widget's height, told to the page that embeds it. The embed page
 * (`/embed/KIND/`) posts `{ type: EMBED_HEIGHT_MESSAGE, height }` to its parent on load and
 * whenever its content changes size; the host page's script (`HOST_SCRIPT`, part of each
 * `<iframe>` snippet on the instructors' page) sets the height of the iframe the message came
 * from, after checking that it came from that iframe's window and origin. The iframe then
 * shows the whole widget with no scroll bar of its own.
 */
export const EMBED_HEIGHT_MESSAGE = 'surprisal:embed-height';

export interface EmbedHeightMessage {
  readonly type: typeof EMBED_HEIGHT_MESSAGE;
  /** The content's height in CSS pixels, rounded up. */
  readonly height: number;
}

/** Whether `data` is a height message (anything else a page receives is left alone). */
export function isEmbedHeightMessage(data: unknown): data is EmbedHeightMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { type, height } = data as Record<string, unknown>;
  return type === EMBED_HEIGHT_MESSAGE && typeof height === 'number' && height > 0 && height < 1e5;
}

/**
 * The host page's side, as the snippet shows it: one listener for every embedded widget of the
 * page. It reads nothing but the message's type and height, and only from a window that is one
 * of the page's `iframe[data-surprisal-embed]`, on that iframe's own origin.
 */
export const HOST_SCRIPT = `addEventListener("message", (event) => {
  for (const frame of document.querySelectorAll("iframe[data-surprisal-embed]")) {
    if (frame.contentWindow !== event.source || event.origin !== new URL(frame.src).origin) continue;
    const { type, height } = event.data ?? {};
    if (type === "${EMBED_HEIGHT_MESSAGE}" && height > 0 && height < 1e5) frame.style.height = height + "px";
  }
});`;

/** The embed page's side: posts the body's height to the parent now and on every change. */
export function reportEmbedHeight(page: Window): void {
  if (page.parent === page) return;
  let last = 0;
  const post = (): void => {
    const height = Math.ceil(page.document.body.getBoundingClientRect().height);
    if (height === last || height <= 0) return;
    last = height;
    const message: EmbedHeightMessage = { type: EMBED_HEIGHT_MESSAGE, height };
    // The height of a public widget is no secret: any embedding page may read it.
    page.parent.postMessage(message, '*');
  };
  new ResizeObserver(post).observe(page.document.body);
  page.addEventListener('load', post);
  post();
}
