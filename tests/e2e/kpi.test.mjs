// The headline cards of the indicators page show, with their sources, the figures an
// independent reading of facts.csv gives.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { chooseTool, openPage, url, servedApp } from './harness.mjs';
import { expectedCards, loadFacts } from './facts.mjs';

const app = servedApp();
const expected = expectedCards(loadFacts());

/** The app's card (not the page shell's copy, written at build time, shown until the app has
 * started). */
async function card(page, name) {
  const locator = page.locator(`.app-root .kpi-card[data-kpi="${name}"]`);
  await locator.waitFor();
  return locator;
}

async function value(page, name) {
  return Number(await (await card(page, name)).getAttribute('data-value'));
}

function close(actual, wanted, label) {
  assert.ok(Math.abs(actual - wanted) < 1e-9, `${label}: ${actual} ≠ ${wanted}`);
}

describe('headline cards', () => {
  test('every card equals the figure computed from the facts, in English', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin);
    await page.goto(url(app.origin, 'indicators?lang=en'));
    close(await value(page, 'latest-year'), expected.latest, 'latest year');
    close(await value(page, 'year-to-date'), expected.ytd, 'year to date');
    close(await value(page, 'growth-since'), expected.growthSince2019, 'growth since 2019');
    close(await value(page, 'cagr'), expected.cagr([2019, expected.latestYear]), 'CAGR');
    close(await value(page, 'top-destination'), Number(expected.topDestination.value), 'top destination');
    close(await value(page, 'top-family'), Number(expected.topFamily.value), 'top family');
    close(await value(page, 'artisans'), expected.artisans, 'artisans');

    const latest = await card(page, 'latest-year');
    assert.match(await latest.locator('.kpi-value').innerText(), /^MAD\s1\.23\sbn$/);
    assert.match(await latest.locator('.kpi-detail').innerText(), new RegExp(`year ${expected.latestYear} · \\+${expected.latestChange}% on the same period a year earlier`));
    const ytd = await card(page, 'year-to-date');
    assert.match(await ytd.locator('.kpi-detail').innerText(), /January–November 2025 · \+13% on the same period a year earlier/);
    assert.match(await (await card(page, 'artisans')).locator('.kpi-value').innerText(), /^440,000$/);
    assert.equal(await (await card(page, 'top-destination')).locator('.kpi-subject').innerText(), 'United States');
    for (const name of ['latest-year', 'year-to-date', 'growth-since', 'cagr', 'top-destination', 'top-family', 'artisans']) {
      assert.ok(await (await card(page, name)).locator('.kpi-sources > :not(:first-child)').count() > 0, `${name} names its sources`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a derived figure shows its formula, a conflict opens both figures', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin);
    await page.goto(url(app.origin, 'indicators?lang=en'));
    const growth = await card(page, 'growth-since');
    assert.match(await growth.locator('.kpi-formula').innerText(), /^Computed 1,230 ÷ 785\.71 − 1 = 56\.55%$/);
    const ytd = await card(page, 'year-to-date');
    const summary = ytd.getByText('Sources disagree: see the figures');
    await summary.focus();
    await page.keyboard.press('Enter');
    const shown = await ytd.locator('.kpi-conflict li strong').allInnerTexts();
    assert.deepEqual(shown.sort(), expected.ytdValues.map((v) => `MAD\u00a0${(v / 1000).toFixed(2)}\u00a0bn`).sort());
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a card downloads its data: the value shown, then each value printed, with sources', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin);
    await page.goto(url(app.origin, 'indicators?lang=en'));
    const ytd = await card(page, 'year-to-date');
    const save = async (name) => {
      const [file] = await Promise.all([page.waitForEvent('download'), chooseTool(ytd, name)]);
      return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
    };
    const csv = await save('Download data (CSV)');
    assert.equal(csv.name, 'kpi-latest-year-to-date.csv');
    const [header, shown, ...printed] = csv.text.trim().split('\n').map((line) => line.split(','));
    assert.deepEqual(header, ['indicator', 'subject', 'period_start', 'period_end', 'value', 'unit', 'how', 'shown', 'sources']);
    close(Number(shown[4]), expected.ytd, 'the value shown');
    assert.deepEqual(shown.slice(5, 8), ['MAD_million', 'published', 'yes']);
    assert.deepEqual(printed.map((row) => Number(row[4])).sort(), [...expected.ytdValues].sort());
    assert.ok(printed.every((row) => row[7] === 'no' && row[8].length > 0));
    const json = JSON.parse((await save('Download data (JSON)')).text);
    assert.equal(json.rows.length, 1 + printed.length);
    assert.ok(json.sources.length >= 2 && json.sources.every((s) => s.id && s.outlet));
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the average growth follows the span chosen with the keyboard', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin);
    await page.goto(url(app.origin, 'indicators?lang=en'));
    await page.getByTestId('cagr-from').selectOption('2021');
    await page.getByTestId('cagr-to').selectOption('2024');
    await page.locator('.kpi-card[data-kpi="cagr"] .kpi-title', { hasText: '2021–2024' }).waitFor();
    // A source prints the average growth for 2021–2024: the card shows it, and the app's own
    // computation from the levels beside it, since the two differ by more than rounding.
    const printed = loadFacts().find((r) => r.metric === 'exports_cagr' && r.dimension === 'total'
      && r.period_start === '2021-01-01' && r.period_end === '2024-12-31');
    close(await value(page, 'cagr'), Number(printed.value), 'CAGR 2021–2024 as printed');
    const detail = await page.locator('.kpi-card[data-kpi="cagr"] .kpi-detail').innerText();
    assert.ok(detail.includes(`${expected.cagr([2021, 2024]).toFixed(1)}% computed`), detail);
    // No source prints one for 2021–2025: the card computes it.
    await page.getByTestId('cagr-to').selectOption('2025');
    await page.locator('.kpi-card[data-kpi="cagr"] .kpi-title', { hasText: '2021–2025' }).waitFor();
    close(await value(page, 'cagr'), expected.cagr([2021, 2025]), 'CAGR 2021–2025');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('cards read in French and Arabic with the locale’s numbers', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin);
    await page.goto(url(app.origin, 'indicators'));
    assert.equal(await (await card(page, 'latest-year')).locator('.kpi-value').innerText(), '1,23\u00a0Md\u00a0DH');
    assert.equal(await (await card(page, 'artisans')).locator('.kpi-value').innerText(), '440\u202f000');
    await page.goto(url(app.origin, 'indicators?lang=ar'));
    assert.equal(await (await card(page, 'artisans')).locator('.kpi-value').innerText(), '440.000');
    assert.equal(await (await card(page, 'top-destination')).locator('.kpi-subject').innerText(), 'الولايات المتحدة');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
