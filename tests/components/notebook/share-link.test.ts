import { describe, expect, it } from 'vitest';
import {
  codeParam,
  decodeCode,
  encodeCode,
  MAX_ENCODED,
} from '../../../src/components/notebook/share-link.ts';

describe('share links', () => {
  it('round-trip a cell’s code through deflate-raw and base64url', async () => {
    const code = 'const p = [0.5, 0.5]; // ‖ and ≤ too\nentropy(p)\n'.repeat(20);
    const encoded = await encodeCode(code);
    expect(encoded).toMatch(/^[\w-]+$/);
    expect(encoded!.length).toBeLessThan(code.length);
    expect(await decodeCode(encoded!)).toBe(code);
    expect(codeParam('entropy-yours')).toBe('cell.entropy-yours.code');
  });

  it('refuse what is too long, not base64url, not deflate data or not text', async () => {
    await expect(decodeCode('a'.repeat(MAX_ENCODED + 1))).rejects.toThrow(/too long/);
    await expect(decodeCode('<script>')).rejects.toThrow(/expected form/);
    await expect(decodeCode('AAAA')).rejects.toThrow(/damaged|not text/);
    const notText = Buffer.from(
      await new Response(
        new Blob([new Uint8Array([0xff, 0xfe, 0xfd])])
          .stream()
          .pipeThrough(new CompressionStream('deflate-raw')),
      ).arrayBuffer(),
    ).toString('base64url');
    await expect(decodeCode(notText)).rejects.toThrow(/not text/);
  });

  it('give no link for code that would not fit', async () => {
    let state = 12345;
    const next = (): number => (state = (state * 1103515245 + 12345) % 2 ** 31);
    const random = Array.from({ length: 20_000 }, () => (next() % 36).toString(36)).join('');
    expect(await encodeCode(random)).toBeUndefined();
  });
});
