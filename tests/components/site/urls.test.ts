// Internal links carry the site's base path (the tests run with Astro's default base "/").
import { describe, expect, it } from 'vitest';
import { lessonPath, sitePath } from '../../../src/components/site/urls.ts';

const base = import.meta.env.BASE_URL.endsWith('/')
  ? import.meta.env.BASE_URL
  : `${import.meta.env.BASE_URL}/`;

describe('sitePath(path)', () => {
  it('is the base itself for the home page', () => {
    expect(sitePath()).toBe(base);
  });

  it('adds the trailing slash the site uses to pages', () => {
    expect(sitePath('instructors')).toBe(`${base}instructors/`);
    expect(sitePath('/instructors/')).toBe(`${base}instructors/`);
  });

  it('adds no slash to files', () => {
    expect(sitePath('favicon.svg')).toBe(`${base}favicon.svg`);
  });
});

describe('lessonPath(slug, section)', () => {
  it('points at /lessons/SLUG/ under the base, with an optional section', () => {
    expect(lessonPath('entropy')).toBe(`${base}lessons/entropy/`);
    expect(lessonPath('entropy', 'bits-and-nats')).toBe(`${base}lessons/entropy/#bits-and-nats`);
  });
});
