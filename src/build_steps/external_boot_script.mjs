// Trunk writes the few lines that start the WebAssembly app as an inline <script> in
// index.html; a strict Content-Security-Policy (`script-src 'self'`) refuses inline scripts.
// Run after every build (Trunk post_build hook), this moves them to a file of their own,
// named by its content's hash and loaded with Subresource Integrity like Trunk's own files,
// and records the integrity hash of echarts.min.js (loaded by the app on first use) in a
// <meta name="echarts-integrity"> the loader reads. Then it writes the service worker, which
// lists the final files.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeServiceWorker } from './service_worker.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
const publicUrl = process.env.TRUNK_PUBLIC_URL ?? '/';
if (!staging) throw new Error('external_boot_script: run as a Trunk hook (TRUNK_STAGING_DIR unset)');

const indexPath = join(staging, 'index.html');
const html = readFileSync(indexPath, 'utf8');
const inline = /<script type="module">([\s\S]*?)<\/script>/;
const found = html.match(inline);
if (!found) throw new Error('external_boot_script: no inline module script in index.html');

const code = found[1].trim() + '\n';
const name = `boot-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`;
const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const integrity = sri(code);
const echarts = `<meta name="echarts-integrity" content="${sri(readFileSync(join(staging, 'echarts.min.js')))}" />`;
writeFileSync(join(staging, name), code);
const tag = `<script type="module" src="${publicUrl}${name}" integrity="${integrity}" crossorigin="anonymous"></script>`;
writeFileSync(indexPath, html.replace(inline, tag).replace('</head>', `${echarts}</head>`));
writeServiceWorker(staging);
