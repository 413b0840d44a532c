// The crafts showcase: search and filters narrow the grid (FR/AR/EN), family pages show sourced
// text, badges and export figures equal to an independent reading of facts.csv, links go to
// markets and back, the buyer brief prints on one A4 page, and bad codes end in a notice.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { download, openPage, url, servedApp, unnamedControls, OUTPUT } from './harness.mjs';
import { headline, loadFacts } from './facts.mjs';

const app = servedApp();
const facts = loadFacts();
const catalogue = JSON.parse(readFileSync(new URL('../../public/data/catalogue.json', import.meta.url), 'utf8'));
const reliable = (r) => !r.note.includes('[low-reliability]');

/** The latest reliable national share of a family, computed here from the facts. */
function latestFamilyShare(family) {
  const shares = facts.filter((r) => r.metric === 'exports_share' && r.dimension === 'product_family'
    && r.dimension_value === family && r.period_start && r.period_end && reliable(r));
  if (shares.length === 0) return undefined;
  const [start, end] = shares.map((r) => [r.period_start, r.period_end])
    .sort(([a, b], [c, d]) => (a === c ? b.localeCompare(d) : a.localeCompare(c))).at(-1);
  return headline(shares.filter((r) => r.period_start === start && r.period_end === end)).value;
}

/** The codes of a fact's key by dimension: `carpets>Casablanca>US` under
 * `product_family>exit_point>destination` gives { product_family: ['carpets'], … }. */
function keyParts(r) {
  const dimensions = r.dimension.split('>');
  const parts = {};
  r.dimension_value.split('>').forEach((part, index) => {
    const dimension = dimensions[index] ?? dimensions.at(-1);
    parts[dimension] = [...(parts[dimension] ?? []), ...part.split('+')];
  });
  return parts;
}

/** The facts naming a family inside a finer breakdown or beside other families (and a market,
 * when given). */
function familyDetails(family, market) {
  return facts.filter((r) => {
    if (r.dimension === 'product_family' && !r.dimension_value.includes('+')) return false;
    const parts = keyParts(r);
    return (parts.product_family ?? []).includes(family) && (!market || (parts.destination ?? []).includes(market));
  });
}

async function cards(page) {
  return page.getByTestId('family-grid').locator('.family-card').evaluateAll((items) => items.map((i) => i.dataset.family));
}

async function waitForCards(page, count) {
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="family-grid"] .family-card').length === n, count);
}

describe('crafts showcase', () => {
  test('search and filters narrow the grid, and live in the link', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin);
    await page.goto(url(app.origin, 'crafts?lang=en'));
    await waitForCards(page, catalogue.families.length);
    assert.equal(await page.locator('.family-card svg.motif path').count() > catalogue.families.length, true);
    await page.getByLabel('Search a craft, town or material').fill('tiznit');
    await waitForCards(page, 1);
    assert.deepEqual(await cards(page), ['jewellery']);
    await page.getByTestId('crafts-count').getByText('1 family of 13').waitFor();
    await page.waitForURL(/q=tiznit/);
    await page.getByLabel('Search a craft, town or material').fill('');
    await page.getByLabel('Region', { exact: true }).selectOption('souss_massa');
    await waitForCards(page, 3);
    assert.deepEqual(await cards(page), ['carpets', 'footwear', 'jewellery']);
    await page.getByLabel('Material', { exact: true }).selectOption('silver');
    await waitForCards(page, 1);
    await page.waitForURL(/region=souss_massa/);
    await page.getByRole('link', { name: 'Show all' }).click();
    await waitForCards(page, catalogue.families.length);
    await page.getByLabel('Label', { exact: true }).selectOption('tapis_rbati');
    await waitForCards(page, 1);
    assert.deepEqual(await cards(page), ['carpets']);
    await page.goto(url(app.origin, 'crafts?lang=en&q=atlantis'));
    await page.getByTestId('crafts-empty').getByText('No family matches.').waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('Arabic and French: search in the page\'s language, right to left in Arabic', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin, { viewport: { width: 390, height: 844 } });
    await page.goto(url(app.origin, 'crafts?lang=ar'));
    await waitForCards(page, catalogue.families.length);
    assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
    await page.screenshot({ path: `${OUTPUT}crafts-ar-390.png`, fullPage: false });
    await page.getByTestId('crafts-search').fill('تيزنيت');
    await waitForCards(page, 1);
    assert.deepEqual(await cards(page), ['jewellery']);
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), true);
    await page.goto(url(app.origin, 'crafts?lang=fr&q=zellige%20t%C3%A9touan'));
    await waitForCards(page, 1);
    assert.deepEqual(await cards(page), ['zellige']);
    await page.getByRole('heading', { name: 'Zellige' }).waitFor();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(url(app.origin, 'crafts'));
    await waitForCards(page, catalogue.families.length);
    await page.screenshot({ path: `${OUTPUT}crafts-fr-1280.png`, fullPage: false });
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a family page: sourced text, badges, computed figures, links to markets and back', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin);
    await page.goto(url(app.origin, 'crafts?lang=en'));
    await page.getByRole('link', { name: 'Carpets', exact: true }).click();
    await page.waitForURL(/\/atlas\/craft\/carpets\?lang=en$/);
    await page.getByTestId('family-name').getByText('Carpets').waitFor();
    await page.waitForFunction(() => document.title === 'Carpets — Artisanat Atlas');
    const carpets = catalogue.families.find((f) => f.code === 'carpets');
    await page.getByTestId('family-text').getByText(carpets.text.en).waitFor();
    const share = Number(await page.locator('[data-kpi="share"]').getAttribute('data-value'));
    assert.equal(share, latestFamilyShare('carpets'));
    await page.locator('[data-kpi="share"]').getByText(/of the \d+ families/).waitFor();
    await page.getByTestId('family-labels').getByText('Tapis rbati').first().waitFor();
    await page.getByTestId('family-crafts').locator('[data-craft="taznakht_carpets"]').waitFor();
    await page.getByTestId('family-places').locator('[data-testid="morocco-map"]').waitFor();
    // A channel is its name until opened.
    const domotex = page.getByTestId('family-sourcing').locator('[data-channel="domotex"]');
    assert.equal(await domotex.getByText(/Moroccan exhibitors/).first().isVisible(), false);
    await domotex.locator('summary').click();
    await domotex.getByText(/Moroccan exhibitors/).first().waitFor();
    await page.screenshot({ path: `${OUTPUT}family-carpets-en-1280.png`, fullPage: true });
    await page.getByTestId('family-market-links').getByRole('link', { name: 'United States' }).click();
    await page.waitForURL(/\/atlas\/market\/US\?lang=en$/);
    await page.getByTestId('market-details').getByRole('link', { name: 'Carpets' }).click();
    await page.waitForURL(/\/atlas\/craft\/carpets\?lang=en$/);
    await page.getByTestId('family-name').getByText('Carpets').waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  for (const lang of ['fr', 'ar']) {
    test(`a family page on a phone in ${lang}: crafts first, at most six screens with its details folded`, async () => {
      const { page, context, problems } = await openPage(app.browser, app.origin, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
      for (const family of catalogue.families) {
        await page.goto(url(app.origin, `craft/${family.code}${lang === 'fr' ? '' : `?lang=${lang}`}`));
        await page.getByTestId('family-exports').waitFor();
        await page.locator('#boot-shell').waitFor({ state: 'detached' });
        const order = await page.locator('.family-page > section').evaluateAll((sections) => sections.map((s) => s.dataset.testid));
        assert.deepEqual(order.slice(0, 4), ['family-crafts', 'family-labels', 'family-sourcing', 'family-exports'], family.code);
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        assert.ok(height <= 6 * 844, `${family.code}: ${height} px, ${(height / 844).toFixed(1)} screens`);
      }
      // A craft opens by keyboard and tells what it is made of.
      await page.goto(url(app.origin, `craft/carpets${lang === 'fr' ? '' : `?lang=${lang}`}`));
      const craft = page.getByTestId('family-crafts').locator('[data-craft="taznakht_carpets"]');
      await craft.locator('summary').focus();
      await page.keyboard.press('Enter');
      await craft.locator('.craft-facts').nth(1).waitFor();
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test('every family page shows its catalogue text, its labels and the data core\'s latest share', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin);
    for (const family of catalogue.families) {
      await page.goto(url(app.origin, `craft/${family.code}?lang=en`));
      await page.getByTestId('family-text').getByText(family.text.en).waitFor();
      await page.getByTestId('family-exports').waitFor();
      const share = page.locator('[data-kpi="share"]');
      const expected = latestFamilyShare(family.code);
      if (expected === undefined) {
        assert.equal(await share.count(), 0, `${family.code}: no share card without a reliable share`);
      } else {
        assert.equal(Number(await share.getAttribute('data-value')), expected, family.code);
      }
      const labels = new Set(catalogue.crafts.filter((c) => c.families.includes(family.code)).flatMap((c) => c.labels));
      assert.equal(await page.getByTestId('family-labels').locator('.label-item').count(), labels.size, family.code);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a family card\'s data downloads as CSV and JSON: its latest share, then each printed value', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin);
    await page.goto(url(app.origin, 'craft/carpets?lang=en'));
    await page.getByTestId('family-exports').waitFor();
    const csv = await download(page, 'family-downloads', 'Download data (CSV)');
    assert.equal(csv.name, 'family-carpets.csv');
    const [header, shown] = String(csv.bytes).trim().split('\n').map((line) => line.split(','));
    assert.deepEqual(header, ['indicator', 'subject', 'period_start', 'period_end', 'value', 'unit', 'how', 'shown', 'sources']);
    assert.equal(shown[1], 'Carpets');
    assert.equal(Number(shown[4]), latestFamilyShare('carpets'));
    assert.deepEqual(shown.slice(5, 8), ['percent', 'published', 'yes']);
    assert.match(shown[8], /^https?:\/\//);
    const json = JSON.parse(String((await download(page, 'family-downloads', 'Download data (JSON)')).bytes));
    assert.equal(json.rows[0].value, Number(shown[4]));
    assert.ok(json.sources.length > 0);

    await page.goto(url(app.origin, 'craft/zellige?lang=en'));
    await page.getByTestId('family-no-shares').waitFor();
    // No share, nothing to download: its tools menu offers the link and the embed only.
    const tools = page.getByTestId('family-downloads').getByRole('menuitem', { includeHidden: true });
    assert.deepEqual(await tools.evaluateAll((items) => items.map((item) => item.dataset.testid)), ['share-link', 'open-embed']);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('a family outside the national statistics says so, and shows what the regions report', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin, { viewport: { width: 390, height: 844 } });
    await page.goto(url(app.origin, 'craft/zellige?lang=ar'));
    await page.getByTestId('family-no-shares').waitFor();
    const regional = familyDetails('zellige');
    assert.ok(regional.some((r) => r.dimension === 'city>product_family'));
    assert.equal(await page.getByTestId('family-markets').locator('.fact-list li').count(), regional.length);
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), true);
    await page.screenshot({ path: `${OUTPUT}family-zellige-ar-390.png`, fullPage: true });
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the indicators\' composition chart links to the families behind it', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin);
    await page.goto(url(app.origin, 'indicators?lang=en'));
    await page.getByTestId('composition-family-links').getByRole('link', { name: 'Pottery and stone' }).click();
    await page.waitForURL(/\/atlas\/craft\/pottery_stone\?lang=en$/);
    await page.getByTestId('family-name').getByText('Pottery and stone').waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the buyer brief reads as a brief: a paragraph per buyer question, each sentence citing its numbered sources; the raw facts in a folded appendix', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin);
    const fr = JSON.parse(readFileSync(new URL('../../src/i18n/locales/fr.json', import.meta.url), 'utf8'));
    await page.goto(url(app.origin, 'craft/carpets/brief'));
    await page.locator('#boot-shell').waitFor({ state: 'detached' });
    await page.getByTestId('brief-title').getByText('Fiche acheteur — Tapis').waitFor();
    const prose = page.getByTestId('brief-prose');
    const headings = await prose.locator('.brief-section h2').allInnerTexts();
    assert.deepEqual(headings, ['sales', 'growth', 'making', 'labels', 'meeting'].map((topic) => fr[`brief_${topic}_heading`]));
    // Every sentence cites, and every number leads to a listed source; every listed source is cited.
    // A mark reads "3" or "8–10" (a run) and links to the first source of the run on this page.
    const sentences = await prose.locator('.brief-sentence').evaluateAll((items) => items.map((item) => ({
      text: item.innerText,
      marks: [...item.querySelectorAll('sup a')].map((a) => ({ href: a.href, text: a.innerText })),
    })));
    assert.ok(sentences.length >= 8, `${sentences.length} sentences`);
    const listed = await page.getByTestId('brief-references').locator('li').evaluateAll((items) => items.map((li) => li.id));
    const here = page.url().split('#')[0];
    const cited = new Set();
    const cite = ({ href, text }) => {
      const [first, last = first] = text.split('–').map(Number);
      assert.equal(href, `${here}#brief-ref-${first}`, `${text} links to its first source on this page`);
      for (let number = first; number <= last; number += 1) cited.add(`brief-ref-${number}`);
    };
    const lead = await page.locator('.brief-lead sup a').evaluateAll((links) => links.map((a) => ({ href: a.href, text: a.innerText })));
    assert.ok(lead.length > 0, 'what the family is cites its sources');
    lead.forEach(cite);
    for (const { text, marks } of sentences) {
      assert.ok(marks.length > 0, `“${text}” cites its source`);
      marks.forEach(cite);
    }
    assert.deepEqual([...cited].sort(), [...listed].sort(), 'every listed source is cited, and every cited one listed');
    // The sentences say what the facts say: exports left from Casablanca, the largest exit city.
    const exits = facts.filter((r) => r.dimension === 'product_family>exit_point' && r.dimension_value.startsWith('carpets>'))
      .sort((a, b) => b.period_end.localeCompare(a.period_end) || Number(b.value) - Number(a.value));
    const sales = await prose.locator('[data-topic="sales"] p').innerText();
    assert.match(sales, new RegExp(`Ses exportations sont parties de ${exits[0].dimension_value.split('>')[1]} \\(${exits[0].value}\\s%\\)`));
    assert.match(sales, /Les marchés que les sources citent pour elle : .*États-Unis/);
    // A reference mark leads to its source.
    const first = prose.locator('.brief-sentence sup a').last();
    const target = (await first.getAttribute('href')).split('#')[1];
    await first.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => {
      const box = document.getElementById(id)?.getBoundingClientRect();
      return box && box.top >= 0 && box.bottom <= window.innerHeight;
    }, target);
    // The raw facts are folded in the appendix, opened by keyboard.
    const appendix = page.getByTestId('brief-appendix');
    assert.equal(await appendix.getAttribute('open'), null);
    await appendix.locator('summary').focus();
    await page.keyboard.press('Enter');
    assert.equal(await page.getByTestId('brief-details').locator('li').count(), familyDetails('carpets').length);
    // For one market: its weight and agreements, and the family's facts there.
    await page.getByTestId('brief-market').selectOption('US');
    await page.waitForURL(/market=US/);
    await page.getByTestId('brief-title').getByText('Fiche acheteur — Tapis × États-Unis').waitFor();
    await prose.locator('[data-topic="sales"]').getByText(/Accord de libre-échange Maroc–États-Unis/).waitFor();
    assert.doesNotMatch(await prose.locator('[data-topic="sales"] p').innerText(), /Les marchés que les sources citent/);
    const usCarpets = familyDetails('carpets', 'US');
    assert.ok(usCarpets.length > 0);
    assert.equal(await page.getByTestId('brief-details').locator('li').count(), usCarpets.length);
    assert.equal(await prose.locator('[data-topic="sales"] .brief-sentence').count(), 1 + 1 + 2 + usCarpets.length,
      'share, exit cities, the market\'s weight and agreements, then each fact on carpets there');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('the buyer brief, for a family and for a family × market, prints on one A4 page in each language', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin);
    for (const [lang, title] of [['fr', 'Fiche acheteur — Tapis × États-Unis'], ['ar', 'بطاقة المشتري — الزرابي × الولايات المتحدة'], ['en', 'Buyer brief — Carpets'], ['fr', 'Fiche acheteur — Poterie']]) {
      const market = title.includes('×') ? '&market=US' : '';
      const family = title.includes('Poterie') ? 'pottery_stone' : 'carpets';
      await page.emulateMedia({ media: 'screen' });
      await page.goto(url(app.origin, `craft/${family}/brief?lang=${lang}${market}`));
      await page.getByTestId('brief-title').getByText(title).waitFor();
      await page.getByTestId('brief-references').locator('li').first().waitFor();
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      writeFileSync(`${OUTPUT}brief-${family}-${lang}${market ? '-US' : ''}.pdf`, pdf);
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      assert.equal(pages, 1, `the ${lang} ${family} brief fits one A4 page`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('codes that are not families end in a notice, with the rest of the app working', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin);
    for (const path of ['craft/%3Cscript%3E?lang=en', 'craft/atlantis?lang=en', 'craft/atlantis/brief?lang=en']) {
      await page.goto(url(app.origin, path));
      await page.getByTestId('unknown-family').getByText('This family is not in the catalogue.').waitFor();
    }
    await page.goto(url(app.origin, 'crafts?lang=en&region=nowhere&label=%3Cb%3E'));
    await waitForCards(page, catalogue.families.length);
    assert.equal(await page.locator('.notice').count(), 2);
    await page.getByRole('link', { name: 'Map', exact: true }).click();
    await page.getByTestId('craft-export-map').locator('[data-testid="world-map"]').waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });

  for (const path of ['crafts?lang=ar', 'craft/carpets?lang=fr', 'craft/carpets/brief?lang=en&market=US']) {
    test(`every control, link and chart on ${path} has an accessible name, and motifs are decorative`, async () => {
      const { page, context, problems } = await openPage(app.browser, app.origin);
      await page.goto(url(app.origin, path));
      await page.locator('svg.motif').first().waitFor();
      await page.waitForLoadState('networkidle');
      assert.deepEqual(await unnamedControls(page), []);
      assert.equal(await page.locator('svg.motif[aria-hidden="true"]').count(), await page.locator('svg.motif').count());
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test('keyboard: Tab from the search box reaches the menus, and Enter on a card opens its family', async () => {
    const { page, context, problems } = await openPage(app.browser, app.origin);
    await page.goto(url(app.origin, 'crafts?lang=en'));
    await page.getByTestId('crafts-search').focus();
    await page.keyboard.type('essaouira');
    await waitForCards(page, 1);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.facet), 'family');
    for (let step = 0; step < 5; step += 1) await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.closest('.family-card')?.dataset.family), 'wood');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/atlas\/craft\/wood\?lang=en$/);
    await page.getByTestId('family-crafts').locator('[data-craft="essaouira_thuya"]').waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  });
});
