// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { boundedNumber, probabilityList } from '../../../src/components/kit/params.ts';
import {
  addressedIds,
  buildStateLink,
  encodeInstanceParams,
  nearestSectionAnchor,
  readInstanceParams,
  strayParams,
  truncateForNotice,
} from '../../../src/components/kit/url-state.ts';

const codecs = { p: probabilityList() };

describe('readInstanceParams(search, id, codecs)', () => {
  it('decodes the parameters of one instance and ignores other instances', () => {
    const search = new URLSearchParams('entropy-explorer.p=0.2,0.3,0.5&other.p=0.5,0.5&unit=nats');
    expect(readInstanceParams(search, 'entropy-explorer', codecs)).toEqual({
      values: { p: [0.2, 0.3, 0.5] },
      ignored: [],
    });
  });
  it('lists unknown names, bad values and repeats (the first occurrence is the one read) with reasons', () => {
    const search = new URLSearchParams();
    search.append('w.zzz', '1');
    search.append('w.p', '<script>alert(1)</script>');
    search.append('w.p', '0.5,0.5');
    const { values, ignored } = readInstanceParams(search, 'w', codecs);
    expect(values).toEqual({});
    expect(ignored.map((entry) => entry.reason)).toEqual([
      'unknown parameter',
      'value needs 2 to 10 comma-separated probabilities',
      'repeated parameter',
    ]);
  });
  it('keeps the first occurrence of a repeated name', () => {
    const search = new URLSearchParams('w.p=0.5,0.5&w.p=0.1,0.9');
    const { values, ignored } = readInstanceParams(search, 'w', codecs);
    expect(values).toEqual({ p: [0.5, 0.5] });
    expect(ignored).toEqual([{ key: 'w.p', value: '0.1,0.9', reason: 'repeated parameter' }]);
  });
  it('refuses a 10 000-character value unread and truncates the echo', () => {
    const search = new URLSearchParams({ 'w.p': '9'.repeat(10_000) });
    const [entry] = readInstanceParams(search, 'w', codecs).ignored;
    expect(entry?.reason).toContain('longer than');
    expect(entry?.value.length).toBeLessThanOrEqual(41);
  });
  it('does not treat prototype names as parameters', () => {
    const search = new URLSearchParams('w.constructor=1&w.__proto__=1');
    expect(readInstanceParams(search, 'w', codecs).ignored).toHaveLength(2);
  });
});

describe('strayParams and addressedIds', () => {
  const search = new URLSearchParams(
    'nosuchwidget.p=1&entropy-explorer.p=0.5,0.5&unit=nats&utm_source=x',
  );
  it('lists ID.param entries whose id is not on the page', () => {
    expect(strayParams(search, new Set(['entropy-explorer']))).toEqual([
      { key: 'nosuchwidget.p', value: '1', reason: 'no widget with that id on this page' },
    ]);
  });
  it('finds the ids a query addresses', () => {
    expect([...addressedIds(search)]).toEqual(['nosuchwidget', 'entropy-explorer']);
  });
});

describe('encodeInstanceParams → readInstanceParams', () => {
  it('round-trips a state', () => {
    const scalar = { sigma: boundedNumber(0.05, 5) };
    const encoded = encodeInstanceParams('g', { sigma: 0.1 + 0.2 }, scalar);
    expect(readInstanceParams(encoded, 'g', scalar).values).toEqual({ sigma: 0.1 + 0.2 });
  });
});

describe('buildStateLink', () => {
  it('keeps only the state, adds unit=nats in nats and the anchor, with literal commas', () => {
    const params = encodeInstanceParams('e', { p: [0.2, 0.8] }, codecs);
    const link = buildStateLink(
      'https://example.org/lessons/entropy/?junk=1#old',
      params,
      'nats',
      'surprise',
    );
    expect(link).toBe('https://example.org/lessons/entropy/?e.p=0.2,0.8&unit=nats#surprise');
  });
  it('omits the unit in bits', () => {
    const params = encodeInstanceParams('e', { p: [0.5, 0.5] }, codecs);
    expect(buildStateLink('https://example.org/a/', params, 'bits', 'e')).toBe(
      'https://example.org/a/?e.p=0.5,0.5#e',
    );
  });
});

describe('nearestSectionAnchor', () => {
  it('returns the nearest preceding h2/h3 id, else the fallback', () => {
    document.body.innerHTML =
      '<figure id="first"></figure><h2 id="one">One</h2><h3 id="two">Two</h3><figure id="second"></figure><h2 id="three"></h2>';
    expect(nearestSectionAnchor(document.getElementById('second')!, 'second')).toBe('two');
    expect(nearestSectionAnchor(document.getElementById('first')!, 'first')).toBe('first');
  });
});

describe('truncateForNotice', () => {
  it('cuts long text and marks the cut', () => {
    expect(truncateForNotice('abcdef', 3)).toBe('abc…');
    expect(truncateForNotice('abc', 3)).toBe('abc');
  });
});
