// A representative subset of the bad-input corpus (tests/corpus/) in the browser: data files
// served in place of atlas.json and hostile link parameters end in a translated message, run
// no script, and leave the rest of the app working. Every case is run natively by
// tests/bad_input.rs.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { openPage, url, servedApp } from './harness.mjs';

const app = servedApp();
const corpus = (name) => readFile(new URL(`../corpus/data/${name}`, import.meta.url));

/** Opens `path` with `body` served as the dataset; fails on any dialog (an injected script). */
async function withData(body, path) {
  const opened = await openPage(app.browser, app.origin);
  opened.page.on('dialog', (dialog) => {
    opened.problems.push(`dialog: ${dialog.message()}`);
    dialog.dismiss();
  });
  await opened.page.route('**/data/atlas.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
  await opened.page.goto(url(app.origin, path));
  return opened;
}

/** The app still works: the navigation leads to the crafts page, which needs no dataset. */
async function stillWorks(page, linkName, heading) {
  await page.getByRole('link', { name: linkName, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

describe('bad data files in the browser', () => {
  const refused = [
    ['refused_html_instead_of_json.json', 'en', /The data file is unreadable or incomplete \(line 1, column 1\)\./],
    ['refused_schema_3_future.json', 'fr', /Ce fichier de données vient d’une version plus récente de l’atlas\./],
    ['refused_json_null.json', 'ar', /المعطيات/],
    ['refused_utf16_encoded.json', 'en', /unreadable or incomplete/],
    ['refused_number_out_of_range_1e400.json', 'en', /\(line 8, column 67\)/],
  ];
  for (const [name, lang, message] of refused) {
    test(`${name} (${lang}): one translated message, and the rest of the app works`, async () => {
      const { page, context, problems } = await withData(await corpus(name), `indicators?lang=${lang}`);
      const alert = page.getByRole('alert');
      await alert.waitFor();
      assert.match(await alert.innerText(), message);
      assert.equal(await page.locator('.kpi-card').count(), 0, 'nothing half-rendered');
      const crafts = { en: ['Crafts', 'Craft families'], fr: ['Métiers', 'Métiers de l’artisanat'], ar: ['الحرف', 'حرف الصناعة التقليدية'] }[lang];
      await stillWorks(page, ...crafts);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  const loads = ['loads_key_script.json', 'loads_note_script.json', 'loads_source_script_url.json', 'loads_row_object.json', 'loads_value_nan_string.json', 'loads_invalid_utf8.json'];
  for (const name of loads) {
    test(`${name}: the good records show, the bad ones are counted, no script runs`, async () => {
      const { page, context, problems } = await withData(await corpus(name), 'indicators?lang=en&table=craft-exports-by-year');
      await page.locator('[data-testid="craft-exports-by-year"] .data-table tbody tr').first().waitFor();
      // Records skipped are counted; a source address that is no web page is kept unlinked.
      const skipped = await page.getByText(/Records skipped as invalid: 1$/).count();
      assert.equal(skipped, name.startsWith('loads_row_') || name.includes('nan') || name.includes('key_script') ? 1 : 0);
      assert.equal(await page.evaluate(() => window.pwned), undefined);
      await page.goto(url(app.origin, 'sources?lang=en'));
      await page.getByTestId('sources-table').waitFor();
      // A javascript: address is never made a link.
      assert.equal(await page.locator('a[href^="javascript:"]').count(), 0);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});

describe('hostile link parameters in the browser', () => {
  const payloads = ['<img src=x onerror="window.pwned=1">', '"><script>window.pwned=1</script>', '../../../../etc/passwd', 'x'.repeat(1000)];
  const pages = [
    ['indicators', ['by', 'period', 'cagr', 'months', 'table', 'data']],
    ['map', ['period', 'measure', 'flows']],
    ['crafts', ['region', 'material', 'label', 'family']],
    ['embed/chart/exports', ['theme', 'accent', 'title', 'source']],
  ];
  for (const [path, keys] of pages) {
    test(`/${path}: each parameter given script payloads, path tricks and huge values`, async () => {
      const { page, context, problems } = await openPage(app.browser, app.origin);
      page.on('dialog', (dialog) => {
        problems.push(`dialog: ${dialog.message()}`);
        dialog.dismiss();
      });
      for (const payload of payloads) {
        const query = keys.map((key) => `${key}=${encodeURIComponent(payload)}`).join('&');
        await page.goto(url(app.origin, `${path}?lang=en&${query}`));
        const notices = page.locator('.notice', { hasText: 'is not available: showing the default' });
        await notices.first().waitFor();
        assert.ok((await notices.count()) >= 1);
        for (const text of await notices.allInnerTexts()) assert.ok(text.length < 140, `notice quotes at most 40 characters: ${text.slice(0, 80)}`);
        assert.equal(await page.evaluate(() => window.pwned), undefined, `${path} ${payload.slice(0, 30)}`);
      }
      await page.goto(url(app.origin, 'indicators?lang=en'));
      await page.locator('[data-testid="craft-exports-by-year"] .chart-canvas canvas').waitFor();
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});

describe('network faults', () => {
  test('a data file that never arrives: after 20 seconds a translated message, and a retry that works', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin, { allow: ['atlas.json'] });
    await page.clock.install();
    let hang = true;
    await page.route('**/data/atlas.json', (route) => (hang ? undefined : route.continue()));
    await page.goto(url(app.origin, 'indicators?lang=fr'));
    await page.getByText('Chargement des données…').first().waitFor();
    await page.clock.runFor(21_000);
    const alert = page.getByRole('alert');
    await alert.getByText('Le serveur n’a pas répondu à temps (20 secondes).', { exact: false }).waitFor();
    assert.equal(await page.locator('.kpi-card').count(), 0, 'nothing half-rendered');
    hang = false;
    await page.getByRole('button', { name: 'Réessayer' }).click();
    await page.locator('.kpi-card').first().waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a slow answer shows the loading state, then the page', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin);
    await page.route('**/data/atlas.json', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    // The crafts page's shell is replaced at once by the app, which reads the data for the cards.
    await page.goto(url(app.origin, 'crafts?lang=ar'));
    await page.getByText('جارٍ تحميل المعطيات…').first().waitFor();
    await page.locator('.family-card').first().waitFor();
    assert.equal(await page.getByText('جارٍ تحميل المعطيات…').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
