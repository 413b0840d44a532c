// A plain static file server on 127.0.0.1 for pages that are not the app, which nginx serves
// (deploy/nginx): the host page of another site in the embed tests, and the engine-vs-arquero
// bench page. Prints "listening <port>" once it listens.
//   node tests/e2e/plain_server.mjs <folder> [port]
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const [folder, port = '0'] = process.argv.slice(2);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
};

const server = createServer(async (request, response) => {
  const path = decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname);
  const relative = normalize(path.endsWith('/') ? `${path}index.html` : path).replace(/^(\.\.[/\\])+/, '');
  try {
    const bytes = await readFile(join(folder, relative));
    response.writeHead(200, { 'content-type': types[extname(relative)] ?? 'application/octet-stream' }).end(bytes);
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
});

server.listen(Number(port), '127.0.0.1', () => {
  console.log(`listening ${server.address().port}`);
});
