/**
 * A cell's code in a link: `?cell.ID.code=…`, the code compressed with deflate-raw
 * (`CompressionStream`) and written in base64url. Links are capped at {@link MAX_ENCODED}
 * characters; a parameter that is too long, not base64url, not deflate data or not text is
 * refused (the cell shows a notice and keeps its code).
 */
export const MAX_ENCODED = 6000;
/** The longest code a link may unpack to. */
export const MAX_CODE = 20_000;

/** The URL parameters a cell takes, `cell.ID.NAME` (published: links carry them). */
export const CELL_PARAMS = ['code'] as const;
export const codeParam = (id: string): string => `cell.${id}.code`;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url');
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function pipe(bytes: Uint8Array, stream: GenericTransformStream): Promise<Uint8Array> {
  const piped = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(piped).arrayBuffer());
}

/** The parameter value for `code`, or undefined when it would be longer than the cap. */
export async function encodeCode(code: string): Promise<string | undefined> {
  const packed = await pipe(new TextEncoder().encode(code), new CompressionStream('deflate-raw'));
  const encoded = toBase64Url(packed);
  return encoded.length <= MAX_ENCODED ? encoded : undefined;
}

/** The code a parameter carries; throws (with a reason a reader can read) when unusable. */
export async function decodeCode(value: string): Promise<string> {
  if (value.length > MAX_ENCODED) throw new Error('the code in the link is too long');
  let bytes: Uint8Array;
  try {
    bytes = fromBase64Url(value);
  } catch {
    throw new Error('the code in the link is not in the expected form');
  }
  let unpacked: Uint8Array;
  try {
    unpacked = await pipe(bytes, new DecompressionStream('deflate-raw'));
  } catch {
    throw new Error('the code in the link is damaged');
  }
  if (unpacked.length > MAX_CODE) throw new Error('the code in the link is too long');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(unpacked);
  } catch {
    throw new Error('the code in the link is not text');
  }
}
