/**
 * Section ids for lesson headings: readable, stable, and independent of how a heading's
 * formulas happen to render.
 *
 * `sectionSlug("Bits and nats")` → `"bits-and-nats"`. Letters are lower-cased and stripped of
 * accents, every run of other characters becomes one hyphen, and leading/trailing hyphens are
 * dropped. A heading with no letters or digits (a formula alone) gets `"section"`.
 */
export function sectionSlug(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'section' : slug;
}

/**
 * Hands out unique ids within one page: the first "surprise" stays "surprise", the next ones
 * become "surprise-2", "surprise-3", … Ids listed in `reserved` (e.g. section aliases) are
 * never handed out.
 */
export function createSlugger(reserved: Iterable<string> = []): (text: string) => string {
  const taken = new Set(reserved);
  return (text) => {
    const base = sectionSlug(text);
    let id = base;
    for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
    taken.add(id);
    return id;
  };
}
