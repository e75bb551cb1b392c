import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/support/build-web.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Test receivers (webhooks, WhatsApp, SMTP) listen on 127.0.0.1, which Tally refuses to
    // call otherwise; the tests of that guard turn it back on for themselves.
    env: { TALLY_ALLOW_PRIVATE_URLS: 'true' },
  },
});
