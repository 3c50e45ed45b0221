// @vitest-environment jsdom
// Copy buttons copy the text beside them and say so; without a clipboard they select it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  COPIED,
  COPY_BY_HAND,
  copyFromButton,
} from '../../../src/components/instructors/copy-buttons.ts';

function page(): HTMLElement {
  document.body.innerHTML =
    '<p role="status" data-copy-status></p><code id="t">https://h.example/a/</code>' +
    '<button type="button" data-copy-target="t">Copy</button>';
  return document.querySelector('button')!;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('copyFromButton(button)', () => {
  it("copies the target's text and announces Copied", async () => {
    vi.useFakeTimers();
    const writeText = vi.fn(async () => undefined);
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    await copyFromButton(page());
    vi.runAllTimers();
    expect(writeText).toHaveBeenCalledWith('https://h.example/a/');
    expect(document.querySelector('[data-copy-status]')?.textContent).toBe(COPIED);
  });

  it('selects the text and says how to copy it when the clipboard refuses', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('navigator', {
      clipboard: { writeText: async () => Promise.reject(new Error('denied')) },
    });
    await copyFromButton(page());
    vi.runAllTimers();
    expect(document.getSelection()?.toString()).toBe('https://h.example/a/');
    expect(document.querySelector('[data-copy-status]')?.textContent).toBe(COPY_BY_HAND);
  });
});
