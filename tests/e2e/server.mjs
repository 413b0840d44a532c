// Minimal static server for the end-to-end tests: serves a built dist/ under a path prefix on
// 127.0.0.1, with the single-page-app fallback (unknown paths under the prefix get index.html),
// as a ministry web server would be configured. Usage: node server.mjs <dist> <prefix> <port>
// With CSP set in the environment, every answer carries that Content-Security-Policy. Files are
// sent gzip-compressed to a browser that accepts it, as a production server would send them
// (what Lighthouse's simulated mobile network is measured on).
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const [dist, prefix = '/', port = '0'] = process.argv.slice(2);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
};

async function fileFor(urlPath) {
  if (!urlPath.startsWith(prefix)) return null;
  const relative = normalize(decodeURIComponent(urlPath.slice(prefix.length))).replace(/^(\.\.[/\\])+/, '');
  const candidate = join(dist, relative);
  try {
    if ((await stat(candidate)).isFile()) return candidate;
  } catch {
    // fall through to the app shell
  }
  return extname(relative) === '' ? join(dist, 'index.html') : null;
}

const server = createServer(async (request, response) => {
  const path = new URL(request.url, 'http://127.0.0.1').pathname;
  const file = await fileFor(path);
  if (!file) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  const headers = { 'content-type': types[extname(file)] ?? 'application/octet-stream', vary: 'accept-encoding' };
  if (process.env.CSP) headers['content-security-policy'] = process.env.CSP;
  const gzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
  if (gzip) headers['content-encoding'] = 'gzip';
  response.writeHead(200, headers).end(gzip ? await compressed(file) : await readFile(file));
});

const gzipped = new Map();

/** The file gzip-compressed, kept in memory until the file changes (a test publishes new data). */
async function compressed(file) {
  const key = `${file} ${(await stat(file)).mtimeMs}`;
  if (!gzipped.has(key)) gzipped.set(key, gzipSync(await readFile(file)));
  return gzipped.get(key);
}

server.listen(Number(port), '127.0.0.1', () => {
  console.log(`listening ${server.address().port}`);
});
