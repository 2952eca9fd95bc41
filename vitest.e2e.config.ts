// Browser tests (npm test runs them after the unit tests when chromium is present): the web app is built
// and served on a free loopback port in globalSetup, then driven with playwright-core and Debian's chromium.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // The machine may be busy: give the app time to answer before a poll gives up.
    expect: { poll: { timeout: 20_000, interval: 100 } },
  },
});
