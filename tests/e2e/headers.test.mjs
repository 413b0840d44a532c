// What the shipped web-server configurations answer for each kind of file of the release build:
// status, Content-Type, Content-Encoding (and that the bytes decode to the file), Cache-Control
// and the security headers. nginx (deploy/nginx, what is published and what the other
// end-to-end tests use) and Apache (deploy/apache), each at the root and under /atlas/.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startApache } from '../../deploy/apache/serve.mjs';
import { startNginx } from '../../deploy/nginx/serve.mjs';
import { DIST } from './harness.mjs';
import { IMMUTABLE, REVALIDATE, SECURITY, policy } from './published_headers.mjs';

/** Sends `path` exactly as written (no normalisation of `..`), with `encodings` accepted. */
function get(origin, path, encodings = 'br, gzip') {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const headers = encodings ? { 'accept-encoding': encodings } : {};
    request({ hostname, port, path, headers }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

const decode = { br: brotliDecompressSync, gzip: gunzipSync, undefined: (bytes) => bytes };

/** The build's file whose name matches `pattern` (its names carry content hashes). */
async function fileNamed(pattern) {
  const found = (await readdir(DIST)).find((name) => pattern.test(name));
  assert.ok(found, `no file matching ${pattern} in ${DIST}`);
  return found;
}

function assertSecurity(answer, frameAncestors = "'self'") {
  assert.equal(answer.headers['content-security-policy'], policy(frameAncestors));
  for (const [name, value] of Object.entries(SECURITY)) assert.equal(answer.headers[name], value, name);
  assert.equal(answer.headers['x-frame-options'], frameAncestors === '*' ? undefined : 'SAMEORIGIN');
}

/** A file of the build: its type, how long it may be kept, and its bytes in every encoding. */
async function assertFile(origin, base, file, { type, cache, compressed = true }) {
  const bytes = await readFile(join(DIST, file));
  for (const encodings of ['br, gzip', 'gzip', '']) {
    const answer = await get(origin, `${base}${file}`, encodings);
    assert.equal(answer.status, 200, `${file} (${encodings})`);
    assert.equal(answer.headers['content-type'], type, file);
    assert.equal(answer.headers['cache-control'], cache, file);
    const expected = compressed ? encodings.split(',')[0] || undefined : undefined;
    assert.equal(answer.headers['content-encoding'], expected, `${file} asked with "${encodings}"`);
    if (expected) assert.match(answer.headers.vary ?? '', /accept-encoding/i);
    assert.ok(decode[expected](answer.body).equals(bytes), `${file} (${expected ?? 'identity'}) is the file`);
    assertSecurity(answer);
  }
}

const SERVERS = { nginx: startNginx, apache: startApache };

for (const [name, startServer] of Object.entries(SERVERS)) {
  for (const base of ['/atlas/', '/']) {
    describe(`${name}, the app at ${base}`, () => {
      let server;
      let shell;
      before(async () => {
        server = await startServer({ dist: DIST, base });
        shell = await readFile(join(DIST, 'index.html'));
      });
      after(() => server?.stop());

      test('every address the app routes without a shell gets index.html, revalidated, framed by the app only', async () => {
        for (const path of ['craft/zz', 'craft/zz/brief', 'market/ZZ', 'no/such/page']) {
          const answer = await get(server.origin, `${base}${path}`);
          assert.equal(answer.status, 200, path);
          assert.equal(answer.headers['content-type'], 'text/html; charset=utf-8');
          assert.equal(answer.headers['content-encoding'], 'br');
          assert.equal(answer.headers['cache-control'], REVALIDATE);
          assert.ok(brotliDecompressSync(answer.body).equals(shell), `${path} is index.html`);
          assertSecurity(answer);
        }
      });

      test("a plain link to a page with a shell gets the shell of its language", async () => {
        const cases = [
          ['', 'index.fr.html'],
          ['?lang=ar', 'index.ar.html'],
          ['craft/carpets/brief?lang=en', 'craft/carpets/brief.en.html'],
          ['indicators', 'indicators.fr.html'],
          ['map?lang=ar', 'map.ar.html'],
          ['sources?lang=fr', 'sources.fr.html'],
          ['craft/carpets?lang=ar', 'craft/carpets.ar.html'],
          ['market/US', 'market/US.fr.html'],
          ['embed/map?lang=ar', 'embed/map.ar.html'],
          ['embed/chart/exports?lang=en', 'embed/chart/exports.en.html'],
          ['embed/kpi/latest-year', 'embed/kpi/latest-year.fr.html'],
          ['market/US?fbclid=IwAR0abc-_9', 'market/US.fr.html'],
          ['craft/carpets?lang=ar&utm_source=whatsapp&utm_medium=social', 'craft/carpets.ar.html'],
          ['?gclid=x1', 'index.fr.html'],
        ];
        for (const [path, file] of cases) {
          const answer = await get(server.origin, `${base}${path}`);
          assert.equal(answer.status, 200, path);
          assert.equal(answer.headers['content-type'], 'text/html; charset=utf-8');
          assert.equal(answer.headers['content-encoding'], 'br');
          assert.equal(answer.headers['cache-control'], REVALIDATE);
          assert.ok(brotliDecompressSync(answer.body).equals(await readFile(join(DIST, file))), `${path} is ${file}`);
          assertSecurity(answer, path.startsWith('embed/') ? '*' : "'self'");
        }
      });

      test('a link with any setting but its language, or an embed without a shell, gets index.html, since only the app knows what it shows; embeds may be framed by any site', async () => {
        const paths = [
          '?data=d2e3568bb286', 'craft/carpets/brief?market=US', 'map?period=2024&lang=en', 'crafts?lang=ar&family=carpets', 'sources?lang=xx', 'map?slang=ar',
          'craft/carpets?data=d2e3568bb286', 'market/US?lang=en&period=2023', 'embed/kpi/latest-year?theme=dark',
          'embed/map?theme=dark', 'embed/map?theme=light&lang=en', 'embed/chart/exports?lang=ar&title=off',
          'embed/chart/composition?by=destination', 'embed/chart/exports?data=d2e3568bb286',
          'map?period=2024&fbclid=x', 'market/US?fbclid=x&lang=ar', 'sources?lang=xx&utm_source=y',
        ];
        for (const path of paths) {
          const answer = await get(server.origin, `${base}${path}`);
          assert.equal(answer.status, 200, path);
          assert.ok(brotliDecompressSync(answer.body).equals(shell), `${path} is index.html`);
          assertSecurity(answer, path.startsWith('embed/') ? '*' : "'self'");
        }
      });

      test('files named by their content are kept a year (wasm, JS, CSS, a language\'s texts)', async () => {
        // Trunk's hash has no leading zeros: 15 hex digits in one build out of 16.
        await assertFile(server.origin, base, await fileNamed(/^atlas-[0-9a-f]{12,16}_bg\.wasm$/), { type: 'application/wasm', cache: IMMUTABLE });
        await assertFile(server.origin, base, await fileNamed(/^atlas-home-[0-9a-f]{12,16}_bg\.wasm$/), { type: 'application/wasm', cache: IMMUTABLE });
        await assertFile(server.origin, base, await fileNamed(/^boot-[0-9a-f]{16}\.js$/), { type: 'text/javascript; charset=utf-8', cache: IMMUTABLE });
        await assertFile(server.origin, base, await fileNamed(/^atlas-[0-9a-f]{12,16}\.js$/), { type: 'text/javascript; charset=utf-8', cache: IMMUTABLE });
        await assertFile(server.origin, base, await fileNamed(/^base-[0-9a-f]{12,16}\.css$/), { type: 'text/css; charset=utf-8', cache: IMMUTABLE });
        await assertFile(server.origin, base, await fileNamed(/^texts-ar-[0-9a-f]{16}\.txt$/), { type: 'text/plain; charset=utf-8', cache: IMMUTABLE });
      });

      test('data, the service worker and the manifest are revalidated on every visit; kept data versions are not', async () => {
        const json = 'application/json; charset=utf-8';
        await assertFile(server.origin, base, 'data/atlas.json', { type: json, cache: REVALIDATE });
        await assertFile(server.origin, base, 'data/headline.json', { type: json, cache: REVALIDATE });
        await assertFile(server.origin, base, 'data/versions.json', { type: json, cache: REVALIDATE, compressed: false });
        await assertFile(server.origin, base, 'data/facts.csv', { type: 'text/csv; charset=utf-8', cache: REVALIDATE });
        await assertFile(server.origin, base, 'sw.js', { type: 'text/javascript; charset=utf-8', cache: REVALIDATE });
        await assertFile(server.origin, base, 'manifest.webmanifest', { type: 'application/manifest+json; charset=utf-8', cache: REVALIDATE });
        await assertFile(server.origin, base, 'echarts.min.js', { type: 'text/javascript; charset=utf-8', cache: REVALIDATE });
        const [kept] = await readdir(join(DIST, 'data/v'));
        await assertFile(server.origin, base, `data/v/${kept}/atlas.json`, { type: json, cache: IMMUTABLE });
      });

      test('the sitemap, robots.txt and the link previews are revalidated on every visit', async () => {
        await assertFile(server.origin, base, 'sitemap.xml', { type: 'application/xml; charset=utf-8', cache: REVALIDATE });
        await assertFile(server.origin, base, 'robots.txt', { type: 'text/plain; charset=utf-8', cache: REVALIDATE, compressed: false });
        await assertFile(server.origin, base, 'previews/market/US.ar.png', { type: 'image/png', cache: REVALIDATE, compressed: false });
      });

      test('a missing file with an extension is a real 404, never index.html', async () => {
        for (const path of ['atlas-0000000000000000_bg.wasm', 'data/atlas-old.json', 'data/missing.csv', 'style.css']) {
          const answer = await get(server.origin, `${base}${path}`);
          assert.equal(answer.status, 404, path);
          assert.ok(!answer.body.toString().includes('boot-shell'), `${path} is not the app shell`);
          assert.equal(answer.headers['cache-control'], undefined, `${path}: a 404 is not kept`);
          assertSecurity(answer);
        }
      });

      test('a path that climbs out of the app never reaches another file', async () => {
        for (const path of ['../etc/passwd', '%2e%2e/%2e%2e/etc/passwd', '..%2f..%2fetc%2fpasswd', 'data/..%2f..%2f..%2fetc%2fpasswd', '%2e%2e%2f%2e%2e%2fetc/hostname']) {
          const answer = await get(server.origin, `${base}${path}`, '');
          const text = answer.body.toString();
          assert.ok(!text.includes('root:x:0:0'), `${path} must not serve /etc/passwd`);
          // The app's own shell (an address it routes to its not-found page) or an error.
          if (answer.status === 200) assert.ok(answer.body.equals(shell), `${path}: ${answer.status} is the app shell`);
          else assert.ok([400, 403, 404].includes(answer.status), `${path}: ${answer.status}`);
        }
      });
    });
  }
}
