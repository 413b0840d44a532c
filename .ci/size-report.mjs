// Prints raw / gzip -9 / brotli bytes of every file in a dist/ folder, and the totals a first
// visit transfers (home page, export map, KPI and chart embeds: their own small bundles; other
// pages: the whole app and the dataset; a chart page adds ECharts).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';

/** The build's files, without the .br and .gz forms written beside them for the server. */
function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(br|gz)$/.test(name) ? [] : [path];
  });
}

const rows = files(dist)
  .map((path) => {
    const bytes = readFileSync(path);
    return {
      file: relative(dist, path),
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  })
  .sort((a, b) => b.raw - a.raw);

const pad = (value, width) => String(value).padStart(width);
const line = (r) => `${r.file.padEnd(44)} ${pad(r.raw, 10)} ${pad(r.gzip, 10)} ${pad(r.brotli, 10)}`;
console.log(line({ file: 'file', raw: 'raw', gzip: 'gzip -9', brotli: 'brotli' }));
rows.forEach((r) => console.log(line(r)));

const sum = (selected, label) =>
  console.log(
    line({
      file: label,
      raw: selected.reduce((n, r) => n + r.raw, 0),
      gzip: selected.reduce((n, r) => n + r.gzip, 0),
      brotli: selected.reduce((n, r) => n + r.brotli, 0),
    }),
  );
// What each first visit transfers: the page, its styles and icon, the boot script and one of
// the code bundles — the home page's own small one, the export map's, a headline figure's
// embed's, a chart embed's, the pages without a chart's or the profiles' own small one with the
// dataset, or the whole app's with the dataset — plus
// what the page itself fetches: ECharts where a chart is drawn, the world's shapes and country
// names on the map (drawn without ECharts), the catalogue, Morocco's shapes and the towns on a
// family page; and the texts of the page's language (French here: Arabic's weigh about 0.6 KB
// more gzip). Everything else
// (facts.csv, the data README, the catalogue's source, the embed example) is only fetched on
// request; what the service worker keeps for offline use is fetched once the page has loaded.
const pick = (test) => rows.filter((r) => test(r.file));
// The styles every page links (not the data desk's nor the embed example's) and the manifest.
const linked = [...readFileSync(join(dist, 'index.html'), 'utf8').matchAll(/<link rel="(?:stylesheet|manifest)" href="([^"]+)"/g)]
  .map((found) => found[1].split('/').at(-1));
const page = pick((f) => f === 'index.html' || /^(boot|register-sw)-.*\.js$/.test(f) || linked.includes(f) || /^favicon-/.test(f) || /^texts-fr-[0-9a-f]+\.txt$/.test(f));
const smallBundle = (name) => pick((f) => new RegExp(`^atlas-${name}-[0-9a-f]+(\\.js|_bg\\.wasm)$`).test(f));
const appBundle = pick((f) => /^atlas-[0-9a-f]+(\.js|_bg\.wasm)$/.test(f));
const dataset = pick((f) => f === 'data/atlas.json');
const file = (name) => pick((f) => f === name);
const app = [...page, ...appBundle, ...dataset];
const charts = [...app, ...file('echarts.min.js')];
console.log('');
// The home page is its French shell (its figures, markets and crafts written at build time),
// its own bundle, the facts its figures read, the catalogue's families and the small map's shapes.
const shelled = (shell) => [...page.filter((r) => r.file !== 'index.html'), ...file(shell)];
sum([...shelled('index.fr.html'), ...smallBundle('home'), ...file('data/headline.json'), ...file('data/families.json'), ...file('world-map-small.json')], 'first visit, home page');
sum(charts, 'first visit, indicators page');
const map = [...page, ...smallBundle('map'), ...dataset, ...file('world-map.json'), ...file('country-names.json')];
sum(map, 'first visit, map page');
sum(map, 'first visit, the map embed');
// The profiles' and the pages without a chart's own bundles, with each page's French shell.
const profile = [...smallBundle('profile'), ...dataset, ...file('echarts.min.js')];
sum([...shelled('craft/carpets.fr.html'), ...profile, ...file('data/catalogue.json'), ...file('morocco-map.json'), ...file('place-points.json'), ...file('country-names.json')], 'first visit, a family page');
sum([...shelled('market/US.fr.html'), ...profile, ...file('country-names.json')], 'first visit, a market page');
// The crafts and a family's embed read the headline facts (their cards' shares), the sources
// page every fact.
const pages = [...smallBundle('pages'), ...file('data/catalogue.json')];
sum([...shelled('crafts.fr.html'), ...pages, ...file('data/headline.json')], 'first visit, the crafts page');
sum([...shelled('embed/family/carpets.fr.html'), ...pages, ...file('data/headline.json')], 'first visit, a family embed');
sum([...shelled('sources.fr.html'), ...pages, ...dataset], 'first visit, the sources page');
sum([...page, ...smallBundle('kpi'), ...file('data/headline.json')], 'first visit, a KPI embed');
sum([...page, ...smallBundle('chart'), ...dataset, ...file('echarts.min.js')], 'first visit, a chart embed');
