// @vitest-environment jsdom
// The embed page's height message and the host script that fits the frame to it.
import { afterEach, describe, expect, it } from 'vitest';
import {
  EMBED_HEIGHT_MESSAGE,
  HOST_SCRIPT,
  isEmbedHeightMessage,
} from '../../../src/components/instructors/embed-height.ts';

describe('isEmbedHeightMessage(data)', () => {
  it('accepts the namespaced message with a sensible height, and nothing else', () => {
    expect(isEmbedHeightMessage({ type: EMBED_HEIGHT_MESSAGE, height: 640 })).toBe(true);
    expect(isEmbedHeightMessage({ type: 'other', height: 640 })).toBe(false);
    expect(isEmbedHeightMessage({ type: EMBED_HEIGHT_MESSAGE, height: '640' })).toBe(false);
    expect(isEmbedHeightMessage({ type: EMBED_HEIGHT_MESSAGE, height: -1 })).toBe(false);
    expect(isEmbedHeightMessage(null)).toBe(false);
  });
});

describe('HOST_SCRIPT', () => {
  const listeners: ((event: MessageEvent) => void)[] = [];
  afterEach(() => {
    for (const listener of listeners.splice(0)) window.removeEventListener('message', listener);
    document.body.innerHTML = '';
  });

  function hostPage(): HTMLIFrameElement {
    document.body.innerHTML =
      '<iframe data-surprisal-embed src="https://widgets.example/embed/kl-fit/"></iframe>';
    const added: ((event: MessageEvent) => void)[] = [];
    const addEventListener = (_type: string, listener: (event: MessageEvent) => void): void => {
      added.push(listener);
      window.addEventListener('message', listener);
    };
    new Function('addEventListener', HOST_SCRIPT)(addEventListener);
    listeners.push(...added);
    return document.querySelector('iframe')!;
  }

  function send(frame: HTMLIFrameElement, origin: string, data: unknown, fromFrame = true): void {
    const source = fromFrame ? frame.contentWindow : window;
    window.dispatchEvent(new MessageEvent('message', { data, origin, source }));
  }

  it("sets the frame's height from its own window's message", () => {
    const frame = hostPage();
    send(frame, 'https://widgets.example', { type: EMBED_HEIGHT_MESSAGE, height: 712 });
    expect(frame.style.height).toBe('712px');
  });

  it('ignores another origin, another window and other messages', () => {
    const frame = hostPage();
    send(frame, 'https://evil.example', { type: EMBED_HEIGHT_MESSAGE, height: 10 });
    send(frame, 'https://widgets.example', { type: EMBED_HEIGHT_MESSAGE, height: 20 }, false);
    send(frame, 'https://widgets.example', { type: 'resize', height: 30 });
    send(frame, 'https://widgets.example', 'not an object');
    expect(frame.style.height).toBe('');
  });
});
