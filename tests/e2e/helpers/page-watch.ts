/**
 * Records what a page does while a test drives it: console errors, uncaught page errors,
 * failed requests (network failure or HTTP status ≥ 400), every request, and requests that leave
 * the site's origin. Attach before `page.goto`.
 */
import type { Page } from 'playwright-core';

export interface PageRecord {
  readonly consoleErrors: string[];
  readonly pageErrors: string[];
  readonly failedRequests: string[];
  readonly requests: string[];
  readonly offOrigin: string[];
  /** Everything that should be empty on a healthy page, for one `toEqual([])`. */
  problems(): string[];
}

export function watchPage(page: Page, origin: string): PageRecord {
  const record: PageRecord = {
    consoleErrors: [],
    pageErrors: [],
    failedRequests: [],
    requests: [],
    offOrigin: [],
    problems: () => [
      ...record.consoleErrors.map((text) => `console error: ${text}`),
      ...record.pageErrors.map((text) => `page error: ${text}`),
      ...record.failedRequests.map((text) => `failed request: ${text}`),
      ...record.offOrigin.map((url) => `request off the origin: ${url}`),
    ],
  };
  page.on('console', (message) => {
    if (message.type() === 'error')
      record.consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => record.pageErrors.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    record.requests.push(url);
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin)
      record.offOrigin.push(url);
  });
  page.on('requestfailed', (request) =>
    record.failedRequests.push(`${request.url()} (${request.failure()?.errorText ?? 'failed'})`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400)
      record.failedRequests.push(`${response.url()} (HTTP ${response.status()})`);
  });
  return record;
}
