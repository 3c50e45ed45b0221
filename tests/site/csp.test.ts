// The Content-Security-Policy meta is present and allows exactly what the page runs: every
// inline <script> has its sha256 in script-src.
import { createHash } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { loadBuiltPages } from './site-pages.ts';

const pages = loadBuiltPages(inject('distDir'));

/** The source list of one directive (`script-src`) of a policy string. */
function directive(policy: string, name: string): string[] {
  const found = policy
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([directiveName]) => directiveName === name);
  return found?.slice(1) ?? [];
}

describe.each(pages.map((page) => [page.path, page] as const))('CSP of %s', (_path, page) => {
  const meta = page.document.querySelector('meta[http-equiv="content-security-policy" i]');
  const policy = meta?.getAttribute('content') ?? '';

  it('is declared in a meta element with a script-src', () => {
    expect(meta, 'CSP meta').not.toBeNull();
    expect(directive(policy, 'script-src').length).toBeGreaterThan(0);
  });

  it('lets scripts compile WebAssembly (search) but never evaluate strings or run inline', () => {
    const sources = directive(policy, 'script-src');
    expect(sources).toContain("'wasm-unsafe-eval'");
    expect(sources).not.toContain("'unsafe-eval'");
    expect(sources).not.toContain("'unsafe-inline'");
  });

  it('lists the sha256 of every inline script in script-src', () => {
    const allowed = new Set(directive(policy, 'script-src'));
    const missing = [...page.document.querySelectorAll('script:not([src])')]
      .map((script) => script.textContent ?? '')
      .filter(
        (code) => !allowed.has(`'sha256-${createHash('sha256').update(code).digest('base64')}'`),
      )
      .map((code) => code.slice(0, 80));
    expect(missing, 'inline scripts the CSP would block').toEqual([]);
  });
});
