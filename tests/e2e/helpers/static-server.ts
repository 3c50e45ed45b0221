/**
 * A minimal static file server for the built site, on 127.0.0.1 and a free port chosen by the
 * system. Paths under `basePath` map to files in `root`; a folder path serves its `index.html`;
 * anything else gets the site's `404.html` (or a plain text 404) with status 404.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

export interface StaticServer {
  /** `http://127.0.0.1:PORT` */
  readonly origin: string;
  close(): Promise<void>;
}

/** The file a request path maps to, or undefined when it leaves the base path or the root. */
function fileFor(root: string, basePath: string, urlPath: string): string | undefined {
  if (!urlPath.startsWith(basePath)) return undefined;
  const relative = decodeURIComponent(urlPath.slice(basePath.length));
  const file = normalize(
    join(root, relative.endsWith('/') || relative === '' ? `${relative}index.html` : relative),
  );
  return file.startsWith(root.endsWith(sep) ? root : root + sep) ? file : undefined;
}

async function readIfFile(file: string | undefined): Promise<Buffer | undefined> {
  if (file === undefined) return undefined;
  const info = await stat(file).catch(() => undefined);
  return info?.isFile() ? readFile(file) : undefined;
}

export async function startStaticServer(root: string, basePath: string): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const file = fileFor(root, basePath, path);
    void (async () => {
      const body = await readIfFile(file);
      if (body !== undefined && file !== undefined) {
        const type = contentTypes[extname(file)] ?? 'application/octet-stream';
        response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
        response.end(body);
        return;
      }
      const notFound = await readIfFile(join(root, '404.html'));
      response.writeHead(404, {
        'content-type': notFound ? contentTypes['.html']! : contentTypes['.txt']!,
      });
      response.end(notFound ?? 'Not found');
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      ),
  };
}
