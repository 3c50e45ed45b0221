/**
 * Widget kind → its lazily imported client module. Each entry is a dynamic `import()` so the
 * bundler splits every widget (and Plot, which they share) into chunks that load only on use.
 * Add one line here for every new widget folder.
 */
export const clientModules: Readonly<Record<string, () => Promise<unknown>>> = {
  'entropy-explorer': () => import('../widgets/entropy-explorer/client.ts'),
  'binary-entropy': () => import('../widgets/binary-entropy/client.ts'),
  'gaussian-entropy': () => import('../widgets/gaussian-entropy/client.ts'),
};
