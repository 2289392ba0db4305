// End-to-end tests of the dashboard in a real headless Chromium (Debian's
// /usr/bin/chromium driven by playwright-core), against a running
// `dyad serve` holding the fixture database. Run by scripts/test-browser.sh:
//   DYAD_URL=http://127.0.0.1:PORT node --test e2e/
// Environment:
//   DYAD_URL        the server (required)
//   CHROMIUM        browser binary (default /usr/bin/chromium)
//   ARTIFACTS_DIR   where screenshots go (default ../tests/artifacts)
//   EXAMPLE_ARTICLE the article pasted into the coding box
//                   (default ../examples/mediamax-russia-urges-armenia.txt)

import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const BASE = process.env.DYAD_URL;
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const ARTIFACTS = process.env.ARTIFACTS_DIR || join(repo, 'tests', 'artifacts');
const EXAMPLE = process.env.EXAMPLE_ARTICLE || join(repo, 'examples', 'mediamax-russia-urges-armenia.txt');
const TIMEOUT = 20_000;

if (!BASE) throw new Error('DYAD_URL is not set (see scripts/test-browser.sh)');
if (!/^http:\/\/(127\.0\.0\.1|localhost|\[::1\]):\d+\/?$/.test(BASE)) {
  throw new Error(`DYAD_URL must be a loopback address, got ${BASE}`);
}

describe('dashboard', { timeout: 120_000 }, () => {
  let browser;
  let page;
  const problems = [];  // console errors and failed requests, checked at the end

  const shot = async (name, options = {}) => {
    const path = join(ARTIFACTS, `${name}.png`);
    await page.screenshot({ path, ...options });
    return path;
  };

  before(async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--no-first-run', '--no-default-browser-check'],
    });
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, deviceScaleFactor: 1 });
    page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT);
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
    });
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    page.on('response', (res) => {
      if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
    });
    page.on('requestfailed', (req) => problems.push(`request failed: ${req.url()} ${req.failure()?.errorText}`));
    // Nothing may be fetched from anywhere but the server (no CDN).
    page.on('request', (req) => {
      if (!req.url().startsWith(BASE.replace(/\/$/, '')) && !req.url().startsWith('data:')) {
        problems.push(`off-site request: ${req.url()}`);
      }
    });
  });

  after(async () => {
    if (page) await shot('final', { fullPage: true }).catch(() => {});
    await browser?.close();
  });

  it('loads the page and the store status', async () => {
    const res = await page.goto(BASE, { waitUntil: 'networkidle' });
    assert.equal(res.status(), 200);
    assert.match(await page.title(), /dyad/);
    const status = page.getByTestId('store-status');
    await status.filter({ hasText: /events/ }).waitFor();
    assert.match(await status.textContent(), /\d+ events · \d+ articles/);
    // The event table and the network load on their own.
    await page.locator('[data-testid="event-row"]').first().waitFor();
    await page.locator('[data-testid="network-graph"] svg').waitFor();
    await shot('01-loaded');
  });

  it('picks RUS → ARM and renders the timeline', async () => {
    await page.getByTestId('dyad-source').fill('RUS');
    await page.getByTestId('dyad-target').fill('ARM');
    await page.getByTestId('dyad-show').click();
    const chart = page.getByTestId('timeline-chart');
    await page.locator('[data-testid="timeline-chart"][data-dyad="RUS>ARM"]').waitFor();
    await chart.locator('canvas').first().waitFor();
    const points = Number(await chart.getAttribute('data-points'));
    assert.ok(points >= 1, `timeline has ${points} periods`);
    // The canvas is really drawn: some pixels are not background.
    const inked = await chart.locator('canvas').first().evaluate((c) => {
      const ctx = c.getContext('2d');
      const { data } = ctx.getImageData(0, 0, c.width, c.height);
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
      return n;
    });
    assert.ok(inked > 100, `timeline canvas has ${inked} drawn pixels`);
    assert.match(await page.getByTestId('timeline-note').textContent(), /RUS → ARM: \d+ event/);
    // Axis legend lists the four quad classes and the Goldstein line.
    const legend = await chart.locator('.u-legend').textContent();
    for (const label of ['verbal cooperation', 'material conflict', 'mean Goldstein']) assert.ok(legend.includes(label), label);
    // The table follows the dyad.
    assert.equal(await page.getByTestId('filter-source').inputValue(), 'RUS');
    assert.equal(await page.getByTestId('filter-target').inputValue(), 'ARM');
    await page.locator('[data-testid="event-row"]').first().waitFor();
    await chart.scrollIntoViewIfNeeded();
    await shot('02-timeline');
  });

  it('opens an event and shows the evidence highlighted by its spans', async () => {
    const row = page.locator('[data-testid="event-row"]').first();
    const id = await row.getAttribute('data-id');
    await row.click();
    const evidence = page.getByTestId('evidence');
    await page.locator(`[data-testid="evidence"][data-event-id="${id}"]`).waitFor();
    const sentence = evidence.getByTestId('evidence-sentence').first();
    await sentence.locator('mark.hl-verb').waitFor();
    // Compare the marks with the API's spans: the marked words are exactly the
    // bytes the spans cover in the sentence.
    const api = await (await page.request.get(`${BASE.replace(/\/$/, '')}/api/events/${id}`)).json();
    const m = api.mentions[0];
    const bytes = new TextEncoder().encode(m.sentence.text);
    const cut = (span) => new TextDecoder().decode(bytes.subarray(span[0], span[1]));
    for (const role of ['source', 'verb', 'target']) {
      if (!m[role].sentence_span) continue;
      const mark = sentence.locator(`mark.hl-${role}`);
      assert.equal(await mark.count(), 1, `${role} is marked once`);
      assert.equal(await mark.textContent(), cut(m[role].sentence_span), `${role} mark matches its span`);
    }
    assert.ok(m.verb.sentence_span, 'the verb has a span in its sentence');
    // The whole sentence is shown, marks included, in order.
    assert.equal((await sentence.textContent()).trim(), m.sentence.text.trim());
    await evidence.scrollIntoViewIfNeeded();
    await shot('03-evidence');
  });

  it('codes the pasted example article and finds the RUS → ARM appeal', async () => {
    const article = await readFile(EXAMPLE, 'utf8');
    await page.getByTestId('code-text').fill(article);
    await page.getByTestId('code-submit').click();
    await page.getByTestId('code-status').filter({ hasText: /events? from \d+ sentences/ }).waitFor();
    const coded = page.getByTestId('coded-event');
    assert.ok((await coded.count()) >= 1, 'at least one event coded');
    const all = await coded.evaluateAll((els) => els.map((e) => ({ dyad: e.dataset.dyad, code: e.dataset.code })));
    const appeal = all.find((e) => /^RUS[A-Z]*>ARM/.test(e.dyad) && e.code.startsWith('02'));
    assert.ok(appeal, `an appeal (02x) from RUS to ARM among ${JSON.stringify(all)}`);
    const box = coded.filter({ has: page.locator('mark.hl-verb') }).first();
    await box.waitFor();
    await page.getByTestId('code-results').scrollIntoViewIfNeeded();
    await shot('04-coded');
  });

  it('raised no console errors and fetched nothing off-site', () => {
    assert.deepEqual(problems, []);
  });
});
