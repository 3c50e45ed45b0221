// `npm run ids:update`: builds the site, then appends the section and widget ids it publishes to
// `tests/published-ids.json`. Never removes an entry. `SKIP_BUILD=1` reuses the last build.
import { buildSiteOnce } from './build-site.ts';
import {
  idsOfSite,
  mergeIds,
  publishedIdsFile,
  readPublishedIds,
  writePublishedIds,
} from './published-ids.ts';
import { loadBuiltPages } from './site-pages.ts';

const before = readPublishedIds();
const merged = mergeIds(before, idsOfSite(loadBuiltPages(buildSiteOnce())));
const added = JSON.stringify(merged) === JSON.stringify(before) ? 'no new ids' : 'new ids appended';
await writePublishedIds(merged);
console.log(`${publishedIdsFile}: ${added}`);
