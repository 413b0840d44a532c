// Minifies what a release build sends on every first visit and Trunk leaves as written: the
// styles and wasm-bindgen's JavaScript glue of each bundle, with esbuild (npm, already the
// ECharts build's bundler). Trunk's own minifier is not used: its JavaScript minifier cannot
// read the glue (it warns and keeps it whole) and its HTML minifier rewrites index.html past
// what the next build step reads. Measured on 2026-12-07 (gzip -9): the six style sheets
// 10,843 → 7,803 B, the home bundle's glue 9,211 → 7,031 B. Files keep Trunk's names (a hash
// of their source, so a new build is still a new name); the integrity hashes in index.html are
// recomputed here, and the boot script computes the glue's from the minified file.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';

/** A file's Subresource Integrity hash, as index.html and the boot script name it. */
export const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** JavaScript module source, minified. */
export function minifyScript(code) {
  return transformSync(code, { loader: 'js', format: 'esm', minify: true, legalComments: 'none' }).code;
}

/** Minifies the style sheets index.html links (and their integrity hashes there) and every
 * bundle's glue (`atlas-….js`) in the build's folder. */
export function minifyAssets(staging, publicUrl) {
  const indexPath = join(staging, 'index.html');
  let html = readFileSync(indexPath, 'utf8');
  for (const file of readdirSync(staging)) {
    const path = join(staging, file);
    if (/^atlas(-[a-z-]+)?(-[0-9a-f]+)?\.js$/.test(file)) {
      writeFileSync(path, minifyScript(readFileSync(path, 'utf8')));
    } else if (file.endsWith('.css') && html.includes(`href="${publicUrl}${file}"`)) {
      const css = transformSync(readFileSync(path, 'utf8'), { loader: 'css', minify: true }).code;
      writeFileSync(path, css);
      const link = new RegExp(`(href="${escape(publicUrl + file)}" integrity=")[^"]+"`);
      if (!link.test(html)) throw new Error(`minify: no integrity hash for ${file} in index.html`);
      html = html.replace(link, `$1${sri(css)}"`);
    }
  }
  writeFileSync(indexPath, html);
}
