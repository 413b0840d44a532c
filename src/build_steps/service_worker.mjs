// Writes dist/sw.js, the service worker that lets a visitor who came once use the whole app
// and its data offline: the logic of sw_template.js with the list of files to keep at install
// (every file of the build but earlier data versions, the embed example, the data's sources and
// the small bundles) and a version named by their contents, so a new build replaces the old
// cache. The whole app shows every page, so the small bundles (about 2.4 MB gzip together)
// are kept only once a page uses one; the data desk's are never needed by a visitor. Called at
// the end of the build (post_build.mjs). The page shells (`<page>.<lang>.html`) are left out:
// offline, every page starts from index.html.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

// A small bundle's files (`atlas-<name>-<hash>.js`, `…_bg.wasm`, named by
// external_boot_script.mjs) and the desk worker's start script; the whole app's files are
// `atlas-<hash>…`, with no name.
const SMALL_BUNDLE = /^(atlas-[a-z-]+|desk-worker)-[0-9a-f]{16}(\.js|_bg\.wasm)$/;
const LEFT_OUT = [/^data\/v\//, /^embed-example\.(html|css)$/, /^data\/catalogue\.source\.json$/, /^data\/README\.md$/, /^sw\.js$/, /\.(fr|ar|en)\.html$/, /^previews\//, /^(sitemap\.xml|robots\.txt)$/, SMALL_BUNDLE];

function filesUnder(root, dir = root) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(root, path) : [relative(root, path).split('\\').join('/')];
  });
}

export function writeServiceWorker(staging) {
  const files = filesUnder(staging).filter((file) => !LEFT_OUT.some((pattern) => pattern.test(file))).sort();
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update(readFileSync(join(staging, file)));
  const template = readFileSync(new URL('./sw_template.js', import.meta.url), 'utf8');
  const precache = files.map((file) => (file === 'index.html' ? './' : file));
  const code = template
    .replace('__VERSION__', hash.digest('hex').slice(0, 16))
    .replace('__FILES__', JSON.stringify(precache));
  writeFileSync(join(staging, 'sw.js'), code);
}
