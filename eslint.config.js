// Lint: ESLint's recommended rules, typescript-eslint's recommended rules and
// eslint-plugin-astro's recommended rules, for the site, the library, tests and scripts; and the
// layers of DESIGN.md ("Dependencies point one way"), as import rules per folder.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Each layer rule is a regular expression on the import specifier, as written in a file of that
// folder (src/lib, the kit and each widget folder are flat, so `../` leaves the folder).
const DOM_PACKAGES = 'jsdom|happy-dom|linkedom';
const layers = {
  libStaysInLib: {
    regex: '^\\.\\.\\/',
    message:
      'src/lib imports nothing outside src/lib (dependencies point content → components → lib).',
  },
  libNoSitePackages: {
    regex: `^(astro|@astrojs\\/|@observablehq\\/|${DOM_PACKAGES})`,
    message: 'src/lib is the math library: no Astro, no Plot, no DOM.',
  },
  libNoPackages: {
    regex: `^(?![./]|astro|@astrojs\\/|@observablehq\\/|${DOM_PACKAGES})`,
    message: 'src/lib depends on no package: it is plain TypeScript that runs anywhere.',
  },
  componentsNoPages: {
    regex: '^(\\.\\.\\/)+pages(\\/|$)',
    message:
      'src/components imports nothing from src/pages: pages use components, not the reverse.',
  },
  kitNoWidgets: {
    regex: '^\\.\\.\\/widgets(\\/|$)',
    message:
      'The kit knows no widget: it finds them from their folders (widget-catalog.ts, loader.ts). Move what widgets share into the kit.',
  },
  widgetNoOtherWidget: {
    regex: '^\\.\\.\\/(?!\\.\\.\\/)|^\\.\\.\\/\\.\\.\\/widgets\\/',
    message:
      "A widget imports no other widget's folder: move what they share into src/components/kit.",
  },
  progressStaysApart: {
    regex: '^\\.\\.\\/(widgets|notebook|exercises)(\\/|$)',
    message:
      'Progress knows no widget, cell or exercise: they tell it through the progress event (progress-event.ts).',
  },
  declarationStaysCheap: {
    regex: `^(astro|@astrojs\\/|@observablehq\\/|${DOM_PACKAGES})|\\.astro$|^\\.\\/(chart|client)(\\.ts)?$`,
    message:
      'A widget declaration and its model stay cheap to import: no Astro, no Plot, no DOM, no chart or client.',
    allowTypeImports: true,
  },
};

/** The layer rules of one folder; a file gets the rules of the last entry whose files match it. */
function restrictImports(files, rules) {
  return {
    files,
    rules: {
      'no-restricted-imports': ['error', { patterns: rules }],
      // `import('…')` too, which no-restricted-imports does not see.
      'no-restricted-syntax': [
        'error',
        ...rules.map(({ regex, message }) => ({
          selector: `ImportExpression[source.value=/${regex}/]`,
          message,
        })),
      ],
    },
  };
}

export default defineConfig(
  globalIgnores(['dist/', '.astro/', 'node_modules/', 'public/', 'coverage/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  restrictImports(
    ['src/lib/**'],
    [layers.libStaysInLib, layers.libNoSitePackages, layers.libNoPackages],
  ),
  restrictImports(['src/components/**'], [layers.componentsNoPages]),
  restrictImports(['src/components/kit/**'], [layers.componentsNoPages, layers.kitNoWidgets]),
  restrictImports(
    ['src/components/progress/**'],
    [layers.componentsNoPages, layers.progressStaysApart],
  ),
  restrictImports(
    ['src/components/widgets/**'],
    [layers.componentsNoPages, layers.widgetNoOtherWidget],
  ),
  restrictImports(
    ['src/components/widgets/*/widget.ts', 'src/components/widgets/*/model.ts'],
    [layers.componentsNoPages, layers.widgetNoOtherWidget, layers.declarationStaysCheap],
  ),
);
