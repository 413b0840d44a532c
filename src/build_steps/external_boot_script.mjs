// The first step after every build (imported by post_build.mjs, Trunk's post_build hook).
// Trunk starts its one main app with an inline <script> in index.html, which a strict
// Content-Security-Policy (`script-src 'self'`) refuses, and it cannot start a second one.
// This step:
// - names the small bundles of the home page, of the export map (page and embed), of the
//   headline figures' embeds, of the charts' embeds, of the pages without a chart, of the
//   families' and markets' profiles and of the data desk and its worker (built
//   by Trunk as "workers", so unnamed and not started) by their content's hash, like Trunk's
//   files;
// - writes the desk worker's start script and names it in a <meta name="desk-worker"> the desk
//   reads (only the desk starts it);
// - replaces the inline script and Trunk's preload links with a boot script of its own,
//   loaded with Subresource Integrity, that starts the small bundle on its page and the whole
//   app everywhere else, the module checked against its integrity hash;
// - records the integrity hash of echarts.min.js (loaded by the app on first use) in a
//   <meta name="echarts-integrity"> the loader reads;
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minifyScript, sri } from './minify.mjs';

const staging = process.env.TRUNK_STAGING_DIR;
const publicUrl = process.env.TRUNK_PUBLIC_URL ?? '/';
if (!staging) throw new Error('external_boot_script: run as a Trunk hook (TRUNK_STAGING_DIR unset)');

// The history entry's mark (set by `LoadWholeApp` in src/ui/app.rs) that starts the whole app.
const WHOLE_APP_MARK = 'atlasWholeApp';
const contentHash = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

/** A bundle's two files as the boot script needs them: addresses, and the module's integrity
 * hash. (A fetch with an integrity hash logs an error when a page leaves during the download,
 * as an embed preview does each time an option changes; the wasm is fetched as Trunk does.) */
function bundle(js, wasm) {
  return {
    js: { href: `${publicUrl}${js}`, integrity: sri(readFileSync(join(staging, js))) },
    wasm: { href: `${publicUrl}${wasm}` },
  };
}

/** Renames a small bundle after its content, so a new build is never served from cache. */
function nameSmallBundle(bin) {
  const hash = contentHash(readFileSync(join(staging, `${bin}_bg.wasm`)));
  const names = { js: `${bin}-${hash}.js`, wasm: `${bin}-${hash}_bg.wasm` };
  renameSync(join(staging, `${bin}.js`), join(staging, names.js));
  renameSync(join(staging, `${bin}_bg.wasm`), join(staging, names.wasm));
  return bundle(names.js, names.wasm);
}

/** The whole app's bundle, named by Trunk in its inline start script. */
function wholeAppBundle(inlineCode) {
  const file = (pattern) => {
    const found = inlineCode.match(pattern);
    if (!found) throw new Error(`external_boot_script: ${pattern} not found in Trunk's start script`);
    return found[1].slice(publicUrl.length);
  };
  return bundle(file(/from '([^']+\.js)'/), file(/module_or_path: '([^']+_bg\.wasm)'/));
}

function bootScript(bundles) {
  return `// Starts the atlas with the smallest bundle that holds the page: the home page's own (unless
// the link pins a data version, which only the whole app shows), the export map's own, a
// headline figure's embed's own, a chart's embed's own, the pages without a chart's own (the
// crafts, the sources, a family's embed), the profiles' own (a family's page and brief, a
// market's page), the data desk's own, or the whole app. A small bundle
// reached by a link to another page marks the history entry and loads it again, which then
// starts the whole app.
const bundles = ${JSON.stringify(bundles)};
const base = new URL(document.baseURI).pathname;
const path = location.pathname.endsWith('/') ? location.pathname : location.pathname + '/';
const page = path.startsWith(base) && !history.state?.${WHOLE_APP_MARK} ? path.slice(base.length) : null;
const pinned = new URLSearchParams(location.search).has('data');
const chosen =
  page === '' && !pinned ? bundles.home
  : /^(embed\\/)?map\\/$/.test(page) ? bundles.map
  : /^embed\\/kpi\\/[^/]+\\/$/.test(page) ? bundles.kpi
  : /^embed\\/chart\\/[^/]+\\/$/.test(page) ? bundles.chart
  : /^(crafts|sources|embed\\/family\\/[^/]+)\\/$/.test(page) ? bundles.pages
  : /^(craft\\/[^/]+(\\/brief)?|market\\/[^/]+)\\/$/.test(page) ? bundles.profile
  : page === 'desk/' ? bundles.desk
  : bundles.app;
// Offline, on a page the service worker controls: the worker keeps the whole app, which shows
// every page, and a small bundle only once a page has used it; one it does not have gives way
// to the whole app. (Online, a small bundle is downloaded and the worker keeps it.)
async function notKeptOffline(bundle) {
  if (navigator.onLine || !navigator.serviceWorker?.controller) return false;
  try {
    return !(await caches.match(bundle.wasm.href));
  } catch {
    return false;
  }
}
const { js, wasm } = chosen !== bundles.desk && (await notKeptOffline(chosen)) ? bundles.app : chosen;
// The module is preloaded with its integrity hash, which import() then uses; the wasm is
// fetched at once, alongside it.
const preload = Object.assign(document.createElement('link'), { rel: 'modulepreload', href: js.href, integrity: js.integrity, crossOrigin: 'anonymous' });
document.head.append(preload);
const module = fetch(wasm.href);
// Marked as handled here: a failure is reported once, below.
module.catch(() => {});
// The app says so when it cannot start after all (its language's texts cannot be downloaded).
addEventListener('atlas-start-failed', showFailure, { once: true });
try {
const bindings = await import(js.href);
// A page's shell (its words, written at build time) is on screen before the app replaces it:
// the start waits for the page's first contentful paint (reported once presented), 250 ms at
// most where the browser does not report it.
if (document.querySelector('.page-shell')) {
  await new Promise((painted) => {
    setTimeout(painted, 250);
    try {
      new PerformanceObserver((list, observer) => {
        if (list.getEntriesByName('first-contentful-paint').length > 0) {
          observer.disconnect();
          painted();
        }
      }).observe({ type: 'paint', buffered: true });
    } catch {
      painted();
    }
  });
}
const started = await bindings.default({ module_or_path: module });
window.wasmBindings = bindings;
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm: started } }));
} catch {
  // The bundle could not be downloaded or started (a dropped connection): say so, and offer
  // to try again, rather than leave the loading line turning.
  showFailure();
}
${failureScript()}`;
}

/** The part of the boot script that says, in the page's language (all three on the trilingual
 * loading page), that the app could not be downloaded, with a button that tries again; the
 * words are the app's own (src/i18n/locales). */
function failureScript() {
  const texts = Object.fromEntries(['fr', 'ar', 'en'].map((lang) => {
    const locale = JSON.parse(readFileSync(new URL(`../i18n/locales/${lang}.json`, import.meta.url), 'utf8'));
    return [lang, { failed: locale.fetch_network, retry: locale.retry }];
  }));
  return `function showFailure() {
  const texts = ${JSON.stringify(texts)};
  const shellLanguage = document.querySelector('.page-shell') && document.documentElement.lang;
  const languages = texts[shellLanguage] ? [shellLanguage] : Object.keys(texts);
  const notice = Object.assign(document.createElement('div'), { className: 'notice' });
  notice.setAttribute('role', 'alert');
  for (const lang of languages) {
    notice.append(Object.assign(document.createElement('p'), { lang, dir: lang === 'ar' ? 'rtl' : 'ltr', textContent: texts[lang].failed }));
  }
  const retry = Object.assign(document.createElement('button'), { type: 'button', textContent: languages.map((lang) => texts[lang].retry).join(' · ') });
  retry.addEventListener('click', () => location.reload());
  notice.append(retry);
  const shell = document.getElementById('boot-shell');
  const loading = shell?.querySelector('.loading, .boot-loading');
  if (loading) loading.replaceWith(notice);
  else (shell ?? document.body).append(notice);
}
`;
}

const indexPath = join(staging, 'index.html');
const html = readFileSync(indexPath, 'utf8');
const inline = /<script type="module">([\s\S]*?)<\/script>/;
const found = html.match(inline);
if (!found) throw new Error('external_boot_script: no inline module script in index.html');

/** The desk worker's start script: it starts the worker's bundle, which then listens. */
function deskWorkerScript(worker) {
  const code = `import init from '${worker.js.href}';\nawait init({ module_or_path: '${worker.wasm.href}' });\n`;
  const name = `desk-worker-${contentHash(code)}.js`;
  writeFileSync(join(staging, name), code);
  return `${publicUrl}${name}`;
}

const deskWorker = deskWorkerScript(nameSmallBundle('atlas-desk-worker'));
const written = bootScript({
  home: nameSmallBundle('atlas-home'),
  map: nameSmallBundle('atlas-map'),
  kpi: nameSmallBundle('atlas-kpi'),
  chart: nameSmallBundle('atlas-chart'),
  pages: nameSmallBundle('atlas-pages'),
  profile: nameSmallBundle('atlas-profile'),
  desk: nameSmallBundle('atlas-desk'),
  app: wholeAppBundle(found[1]),
});
// A release build sends the boot script minified, as the glue it starts (see minify.mjs).
const code = process.env.TRUNK_PROFILE === 'release' ? minifyScript(written) : written;
const name = `boot-${contentHash(code)}.js`;
writeFileSync(join(staging, name), code);
const tag = `<script type="module" src="${publicUrl}${name}" integrity="${sri(code)}" crossorigin="anonymous"></script>`;
const echarts = `<meta name="echarts-integrity" content="${sri(readFileSync(join(staging, 'echarts.min.js')))}" />`;
const trunkPreloads = /<link rel="(modulepreload|preload)" href="[^"]*\/atlas-[0-9a-f]+(\.js|_bg\.wasm)"[^>]*>/g;
writeFileSync(
  indexPath,
  html.replace(inline, tag).replace(trunkPreloads, '').replace('</head>', `${echarts}<meta name="desk-worker" content="${deskWorker}" />\n</head>`),
);
