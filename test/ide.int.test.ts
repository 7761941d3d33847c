/// <reference lib="dom" />
// The IDE in a real browser (Debian's Chromium driven by playwright-core): the page at /graphql loads from this
// server alone, runs a query, and shows the answer.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import type { RunningService } from '../src/service';
import { startSeededService } from './helpers/service';

const CHROMIUM = '/usr/bin/chromium';
// .ci/run installs Chromium with apt, so under CI a missing browser fails the test; elsewhere it is skipped.
const withBrowser = existsSync(CHROMIUM) || process.env.CI ? describe : describe.skip;

withBrowser('the GraphQL IDE in a browser', () => {
  let running: Awaited<ReturnType<typeof startSeededService>>;
  let service: RunningService;
  let browser: Browser;
  beforeAll(async () => {
    running = await startSeededService();
    service = running.service;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await running?.stop();
  });

  it('opens GraphiQL from this server only, runs an example and shows the answer', async () => {
    const page = await browser.newPage();
    const foreignRequests: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['http:', 'https:'].includes(url.protocol)) return;
      if (url.origin !== new URL(service.url).origin) foreignRequests.push(request.url());
    });
    await page.goto(`${service.url}/graphql`);
    // The first tab holds the first example operation, WhoMetWhom: run it as a user would, with the run button.
    await page.locator('.graphiql-query-editor .CodeMirror').first().waitFor({ timeout: 20_000 });
    expect(await page.locator('.graphiql-query-editor').innerText()).toContain('query WhoMetWhom');
    await page.locator('.graphiql-execute-button').click();
    await page.waitForFunction(() => document.querySelector('.graphiql-response')?.textContent?.includes('Benjamin Netanyahu'), undefined, { timeout: 20_000 });
    const answer = await page.locator('.graphiql-response').innerText();
    expect(answer).toContain('"name": "Benjamin Netanyahu"');
    expect(answer).toContain('"name": "Tel Aviv"');
    await page.screenshot({ path: 'test-results/ide.png' });
    expect(foreignRequests).toEqual([]);
  });

  it('offers the example operations as tabs', async () => {
    const page = await browser.newPage();
    await page.goto(`${service.url}/graphql`);
    await page.locator('.graphiql-tab').first().waitFor({ timeout: 20_000 });
    const tabs = await page.locator('.graphiql-tab').allInnerTexts();
    expect(tabs.join(' ')).toContain('WhoMetWhom');
    expect(tabs.join(' ')).toContain('NegotiationParties');
  });
});
