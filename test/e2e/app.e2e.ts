import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { go, launch, openPage } from './browser.js';

const base = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const PAGES: [string, { en: RegExp; es: RegExp }][] = [
  ['#/timeline', { en: /Timeline of the crisis/, es: /Cronología de la crisis/ }],
  ['#/state?date=2022-12-08', { en: /The state on a date/, es: /La situación en una fecha/ }],
  ['#/playground', { en: /What-if playground/, es: /Laboratorio/ }],
  ['#/rules?date=2022-12-07', { en: /Rules in force/, es: /Reglas vigentes/ }],
  ['#/claims', { en: /Check an article/, es: /Verificar un artículo/ }],
  ['#/simulate', { en: /Odds of a vote/, es: /Probabilidades de una votación/ }],
  [
    '#/paths?from=2022-12-01&goal=president-removed',
    { en: /Paths to a goal/, es: /Caminos hacia un objetivo/ },
  ],
  ['#/workspace', { en: /Saved scenarios/, es: /Escenarios y artículos guardados/ }],
  ['#/vote/2022-12-07-vacancy-vote-castillo', { en: /Sources/, es: /Fuentes/ }],
];

describe('every page loads in both languages', () => {
  for (const locale of ['en-US', 'es-PE'] as const) {
    const lang = locale === 'en-US' ? 'en' : 'es';
    it(`in ${lang}, from the browser's language`, async () => {
      const { context, page, errors } = await openPage(browser, locale);
      for (const [hash, titles] of PAGES) {
        await go(page, base, hash);
        const text = await page.locator('main').innerText();
        expect(text, hash).toMatch(titles[lang]);
        expect(text, hash).not.toMatch(/Something went wrong|Algo salió mal/);
        expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      }
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('switches language with the toggle', async () => {
    const { context, page } = await openPage(browser, 'en-US');
    await go(page, base, '#/timeline');
    await page.getByTestId('lang-toggle').click();
    await page.waitForFunction(
      () =>
        (globalThis as unknown as { document: { documentElement: { lang: string } } }).document
          .documentElement.lang === 'es',
    );
    await expect.poll(() => page.locator('h1').innerText()).toMatch(/Cronología/);
    await context.close();
  });

  it('draws the hemicycle of a recorded vote with its threshold line', async () => {
    const { context, page } = await openPage(browser, 'en-US');
    await go(page, base, '#/vote/2022-12-07-vacancy-vote-castillo');
    const seats = await page.locator('[data-testid=hemicycle] circle.seat').count();
    expect(seats).toBe(130);
    expect(await page.locator('[data-testid=hemicycle] .threshold-line').count()).toBe(1);
    await expect.poll(() => page.getByTestId('whatif').count()).toBe(1);
    await context.close();
  });

  it('replays the timeline under another reading and counts the verdicts that change', async () => {
    const { context, page, errors } = await openPage(browser, 'en-US');
    await go(page, base, '#/timeline?reading=confidence.factual-denial%3Drejected');
    const note = await page.getByTestId('reading-changes').innerText();
    const n = Number(/(\d+) verdicts change/.exec(note)?.[1]);
    expect(n).toBeGreaterThan(0);
    expect(await page.locator('.events .badge:not(.bad)').count()).toBe(n);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('what-if playground', () => {
  it('changes the verdict when the tally changes, and the address reproduces the scenario', async () => {
    const { context, page, errors } = await openPage(browser, 'en-US');
    await go(page, base, '#/playground');
    const result = page.getByTestId('playground-result');
    await expect.poll(() => result.getAttribute('data-state')).toBe('done');
    expect(await page.locator('[data-verdict]').getAttribute('data-verdict')).toBe('good');
    await page.getByTestId('field-for').fill('50');
    await expect.poll(() => page.locator('[data-verdict]').getAttribute('data-verdict')).toBe('bad');
    const shared = page.url();
    expect(shared).toMatch(/#\/playground\?s=/);
    const other = await context.newPage();
    await go(other, base, shared.slice(shared.indexOf('#')));
    await expect.poll(() => other.locator('[data-verdict]').getAttribute('data-verdict')).toBe('bad');
    expect(await other.getByTestId('field-for').inputValue()).toBe('50');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('saves a scenario and reopens it from the workspace', async () => {
    const { context, page } = await openPage(browser, 'es-PE');
    await go(page, base, '#/playground');
    await expect.poll(() => page.getByTestId('playground-result').getAttribute('data-state')).toBe('done');
    await page.getByTestId('field-for').fill('77');
    await expect.poll(() => page.getByTestId('field-for').inputValue()).toBe('77');
    const title = `e2e escenario ${Date.now()}`;
    await page.getByTestId('scenario-title').fill(title);
    await page.getByTestId('save-scenario').click();
    await expect.poll(() => page.locator('form .status').innerText()).toMatch(/Guardado/);
    await go(page, base, '#/workspace');
    await page.getByRole('button', { name: title, exact: true }).click();
    await page.waitForURL(/#\/playground\?s=/);
    await expect.poll(() => page.getByTestId('field-for').inputValue()).toBe('77');
    await context.close();
  });
});

describe('claim checker', () => {
  it('checks a pasted article and highlights its claims', async () => {
    const { context, page, errors } = await openPage(browser, 'en-US');
    await go(page, base, '#/claims');
    await page
      .getByTestId('article-input')
      .fill(
        'On 7 December 2022 Congress removed Pedro Castillo with 101 votes, far more than the 87 needed (two-thirds of 130).',
      );
    await page.getByTestId('check-article').click();
    await expect.poll(() => page.getByTestId('claims-result').getAttribute('data-state')).toBe('done');
    expect(await page.getByTestId('claims-result').innerText()).toMatch(/\d+ claims/);
    expect(await page.locator('[data-testid=article] mark.claim').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows hostile HTML as text: no script runs, no dialog opens, no element is injected', async () => {
    const { context, page, errors, dialogs } = await openPage(browser, 'en-US');
    await go(page, base, '#/claims');
    const hostile = [
      '<script>window.__pwned = 1; alert("x")</script>',
      '<img src=x onerror="window.__pwned=2;alert(2)">',
      '<svg onload="window.__pwned=3"></svg>',
      '<a href="javascript:window.__pwned=4">Congress removed Castillo with 101 votes</a>',
      '<iframe srcdoc="<script>parent.__pwned=5</script>"></iframe>',
    ].join('\n');
    await page.getByTestId('article-input').fill(hostile);
    await page.getByTestId('check-article').click();
    await expect.poll(() => page.getByTestId('claims-result').getAttribute('data-state')).toBe('done');
    expect(
      await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(
      await page
        .locator(
          '[data-testid=article] img, [data-testid=article] script, [data-testid=article] svg, [data-testid=article] iframe',
        )
        .count(),
    ).toBe(0);
    expect(await page.getByTestId('article').innerText()).toContain('<script>');
    expect(errors).toEqual([]);
    await context.close();
  });
});
