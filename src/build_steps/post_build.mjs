// Trunk's one post_build hook (Trunk runs the hooks of a stage at the same time, and each of
// these steps needs the output of the one before):
// 1. in a release build, minify.mjs minifies the styles and the bundles' JavaScript glue;
// 2. external_boot_script.mjs gives index.html its final form (boot script, small bundles);
// 3. atlas-shells (src/bin/atlas-shells.rs) writes each page's shell from that index.html, its
//    link preview, sitemap.xml and robots.txt;
// 4. the service worker, which lists the final files, and in a release build the .br and .gz
//    forms of every compressible file for the web server (precompress.mjs).
import { execFileSync } from 'node:child_process';
import { minifyAssets } from './minify.mjs';
import { precompressFolder } from './precompress.mjs';
import { writeServiceWorker } from './service_worker.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
const release = process.env.TRUNK_PROFILE === 'release';
if (release) minifyAssets(staging, process.env.TRUNK_PUBLIC_URL ?? '/');
await import('./external_boot_script.mjs');
execFileSync('cargo', ['run', '--quiet', '--no-default-features', '--features', 'previews', '--bin', 'atlas-shells', '--', staging], { stdio: 'inherit' });
writeServiceWorker(staging);
if (release) await precompressFolder(staging);
