// Shareable views: the indicators page reads its settings from the link (growth span, months
// since January, breakdown and period), writes every choice back to the address, keeps them
// across languages, and says which settings of a link it could not use.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { drawnChart, openPage, servedApp, url } from './harness.mjs';

const app = servedApp();
const PERIOD_2024 = '2024-01-01..2024-12-31';

describe('settings in the link', () => {
  test('a shared link opens the view it describes', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin);
    await page.goto(url(app.origin, `indicators?lang=en&cagr=2021-2024&months=9&by=destination&period=${PERIOD_2024}`));
    await page.getByTestId('craft-exports-composition').getByText('In 2024, United States took').waitFor();
    assert.equal(await page.getByTestId('cagr-from').inputValue(), '2021');
    assert.equal(await page.getByTestId('cagr-to').inputValue(), '2024');
    assert.equal(await page.getByTestId('year-to-date-span').inputValue(), '9');
    assert.equal(await page.getByTestId('composition-dimension').inputValue(), 'destination');
    assert.equal(await page.getByTestId('composition-period').inputValue(), PERIOD_2024);
    assert.match(await page.getByTestId('craft-exports-year-to-date-summary').innerText(), /^From January to September 2025/);
    assert.equal(await page.locator('.notice[role="status"]').count(), 0);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('each choice is written to the address and kept when the language changes', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin);
    await page.goto(url(app.origin, 'indicators?lang=en'));
    await drawnChart(page, 'craft-exports-composition');
    const history = await page.evaluate(() => history.length);
    await page.getByTestId('composition-dimension').selectOption('exit_point');
    await page.waitForURL(/by=exit_point/);
    await page.getByTestId('composition-period').selectOption('2025-01-01..2025-07-31');
    await page.waitForURL(/period=2025-01-01\.\.2025-07-31/);
    await page.getByTestId('cagr-from').selectOption('2021');
    await page.waitForURL(/cagr=2021-2025/);
    assert.equal(await page.evaluate(() => history.length), history, 'choices replace the history entry');
    // Back to the default breakdown: both composition settings leave the address.
    await page.getByTestId('composition-dimension').selectOption('product_family');
    await page.waitForURL((address) => !address.search.includes('by=') && !address.search.includes('period='));
    await page.getByTestId('composition-dimension').selectOption('exit_point');
    await page.waitForURL(/by=exit_point/);
    await page.getByRole('link', { name: 'العربية' }).click();
    await page.waitForURL(/lang=ar/);
    assert.match(page.url(), /by=exit_point/);
    assert.match(page.url(), /cagr=2021-2025/);
    await page.locator('html[dir="rtl"]').waitFor();
    assert.equal(await page.getByTestId('composition-dimension').inputValue(), 'exit_point');
    assert.equal(await page.getByTestId('cagr-from').inputValue(), '2021');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('settings a link gets wrong are named, and the defaults shown', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin);
    await page.goto(url(app.origin, 'indicators?lang=en&cagr=2030-2040&months=13&by=nowhere&period=2030-01-01..2030-12-31'));
    await drawnChart(page, 'craft-exports-composition');
    for (const setting of ['cagr=2030-2040', 'months=13', 'by=nowhere', 'period=2030-01-01..2030-12-31']) {
      await page.getByText(`Link setting “${setting}” is not available: showing the default.`).waitFor();
    }
    assert.equal(await page.getByTestId('cagr-from').inputValue(), '2019');
    assert.equal(await page.getByTestId('year-to-date-span').inputValue(), '11');
    assert.equal(await page.getByTestId('composition-dimension').inputValue(), 'product_family');
    await page.goto(url(app.origin, 'indicators?cagr=%3Cscript%3E'));
    await page.getByText('Réglage du lien « cagr=<script> » non disponible : affichage par défaut.').waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });
});
