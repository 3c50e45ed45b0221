// @vitest-environment jsdom
// A click on a heading's "#" link copies the section's full URL and says so politely.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bindSectionLinks } from '../../../src/components/site/section-links.ts';

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('section links', () => {
  it('copy the absolute link to the section and announce it', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    document.body.innerHTML = `<div class="section-heading"><h2 id="surprise">Surprise</h2>
      <a class="section-link" href="#surprise" aria-label="Link to section: Surprise">#</a></div>
      <p role="status" data-section-link-status></p>`;
    bindSectionLinks();
    document.querySelector<HTMLAnchorElement>('a.section-link')!.click();
    await Promise.resolve();
    expect(writeText).toHaveBeenCalledWith(new URL('#surprise', location.href).href);
    expect(document.querySelector('[data-section-link-status]')?.textContent).toBe(
      'Link to section copied',
    );
  });
});
