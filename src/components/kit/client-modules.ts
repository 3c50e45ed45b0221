/**
 * Widget kind → its lazily imported client module. Each entry is a dynamic `import()` so the
 * bundler splits every widget (and Plot, which they share) into chunks that load only on use.
 * Add one line here for every new widget folder.
 */
export const clientModules: Readonly<Record<string, () => Promise<unknown>>> = {
  'entropy-explorer': () => import('../widgets/entropy-explorer/client.ts'),
  'binary-entropy': () => import('../widgets/binary-entropy/client.ts'),
  'gaussian-entropy': () => import('../widgets/gaussian-entropy/client.ts'),
  'cross-entropy-explorer': () => import('../widgets/cross-entropy-explorer/client.ts'),
  'coding-game': () => import('../widgets/coding-game/client.ts'),
  'kl-explorer': () => import('../widgets/kl-explorer/client.ts'),
  'gaussian-kl': () => import('../widgets/gaussian-kl/client.ts'),
  'kl-fit': () => import('../widgets/kl-fit/client.ts'),
  surprise: () => import('../widgets/surprise/client.ts'),
};
