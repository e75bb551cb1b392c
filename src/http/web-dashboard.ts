import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** One built file of the dashboard, held in memory with its gzip form. */
interface WebFile {
  body: Buffer;
  gzip: Buffer | undefined;
  type: string;
  /** Vite names assets by content hash, so they may be cached for good; index.html never. */
  immutable: boolean;
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The dashboard's only sources are this origin: no inline script, no third party. Style
 * attributes React sets through the DOM are not affected by `style-src`.
 */
const contentSecurityPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

/** Where `npm run build` puts the dashboard: dist/web at the repository root. */
export function defaultWebRoot(): string {
  let directory = dirname(fileURLToPath(import.meta.url));
  // src/http (tests, tsx) and dist/src/http (the build) both sit below the root's package.json.
  while (!existsSync(join(directory, 'package.json'))) {
    const parent = dirname(directory);
    if (parent === directory) break;
    directory = parent;
  }
  return join(directory, 'dist', 'web');
}

/**
 * The built dashboard, read once at start-up. The whole app is a few hundred kilobytes, so
 * keeping it (and its gzip form) in memory answers every request without touching the disk
 * and makes path traversal impossible: only files found at start-up can be served.
 */
export class WebDashboard {
  private readonly files = new Map<string, WebFile>();

  constructor(readonly root: string) {
    if (!existsSync(join(root, 'index.html'))) return;
    for (const path of walk(root)) {
      const body = readFileSync(path);
      const type = types[extname(path)] ?? 'application/octet-stream';
      const compressible = /^(text\/|image\/svg|application\/json)/.test(type);
      const urlPath = `/${relative(root, path).split(sep).join('/')}`;
      this.files.set(urlPath, {
        body,
        gzip: compressible ? gzipSync(body, { level: 9 }) : undefined,
        type,
        immutable: urlPath.startsWith('/assets/'),
      });
    }
  }

  get built(): boolean {
    return this.files.has('/index.html');
  }

  /** Answers a built file, or returns false when the path names none. */
  serveFile(request: FastifyRequest, reply: FastifyReply, path: string): boolean {
    const file = this.files.get(path);
    if (!file || path === '/index.html') return false;
    this.send(request, reply, file);
    return true;
  }

  /** The single-page app's shell, for every page path the app routes itself. */
  serveApp(request: FastifyRequest, reply: FastifyReply): void {
    const index = this.files.get('/index.html');
    if (!index) {
      reply
        .code(503)
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(
          '<!doctype html><html lang="en"><title>Tally</title><p>The dashboard is not built. Run <code>npm run build</code>, then restart <code>tally serve</code>. The API is at <a href="/v1/docs">/v1/docs</a>.</p></html>',
        );
      return;
    }
    reply.header('content-security-policy', contentSecurityPolicy);
    this.send(request, reply, index);
  }

  private send(request: FastifyRequest, reply: FastifyReply, file: WebFile): void {
    reply
      .type(file.type)
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache')
      .header('vary', 'accept-encoding');
    const acceptsGzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    if (file.gzip && acceptsGzip) {
      reply.header('content-encoding', 'gzip').send(file.gzip);
      return;
    }
    reply.send(file.body);
  }
}

/** Paths the API owns: the dashboard never answers for them, not even with its shell. */
export function isApiPath(path: string): boolean {
  return (
    path === '/v1' ||
    path.startsWith('/v1/') ||
    path === '/healthz' ||
    path === '/readyz' ||
    path === '/metrics'
  );
}

function* walk(directory: string): Generator<string> {
  for (const name of readdirSync(directory).sort()) {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}
