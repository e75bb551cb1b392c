import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['test/support/build-web.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Every answer a test provokes is checked against its declared schema before it is
    // serialized (src/http/schemas/strict-responses.ts).
    // Test receivers (webhooks, WhatsApp, SMTP) listen on 127.0.0.1, which Tally refuses to
    // call otherwise; the tests of that guard turn it back on for themselves.
    env: { TALLY_ALLOW_PRIVATE_URLS: 'true', TALLY_STRICT_RESPONSES: 'true' },
    projects: [
      {
        extends: true,
        test: {
          name: 'suite',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['test/faults/**'],
        },
      },
      {
        // The fault drills load the machine on purpose (1,000 connections, terminated
        // database connections) and hold time bounds: they run after the rest, one file
        // at a time, so they neither starve the other tests nor are starved by them.
        extends: true,
        test: {
          name: 'faults',
          include: ['test/faults/**/*.test.ts'],
          fileParallelism: false,
          sequence: { groupOrder: 1 },
          testTimeout: 180_000,
        },
      },
    ],
  },
});
