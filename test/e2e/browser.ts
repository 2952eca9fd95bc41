// One headless Debian chromium per test file, with the flags CI uses; never `npx playwright install`.
// Code passed to page.evaluate runs in the browser; the Node-only type-check sees it through this shape.
type PageGlobals = { document: { body: { dataset: Record<string, string | undefined> } } };

import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

/** A page in a fresh context with the given browser language; page errors and dialogs are recorded. */
export async function openPage(
  browser: Browser,
  locale: 'en-US' | 'es-PE',
): Promise<{ context: BrowserContext; page: Page; errors: string[]; dialogs: string[] }> {
  const context = await browser.newContext({ locale, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return { context, page, errors, dialogs };
}

/** Navigates to a hash route and waits until the router has rendered it. */
export async function go(page: Page, base: string, hash: string): Promise<void> {
  const before = await page
    .evaluate(() => (globalThis as unknown as PageGlobals).document.body?.dataset.ready ?? '')
    .catch(() => '');
  await page.goto(new URL(`/${hash}`, base).href);
  await page.waitForFunction((b) => {
    const ready = (globalThis as unknown as PageGlobals).document.body.dataset.ready;
    return !!ready && ready !== b;
  }, before);
}
