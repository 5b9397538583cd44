import { defineConfig, devices } from '@playwright/test';

// Playwright cannot download its own browsers on our machines: use the system Chromium.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const port = Number(process.env.E2E_PORT ?? 4391);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // How many browsers at once: `npm run bench:e2e` measures 1, 2 and 3 (see README, "Tests"); E2E_WORKERS overrides.
  workers: Number(process.env.E2E_WORKERS) || 2,
  retries: 0,
  timeout: 30_000,
  reporter: 'list',
  use: {
    baseURL: `http://localhost:${port}`,
    // The offline worker downloads the whole course once a page has loaded: in every test's fresh
    // context that would be ~280 files per test on a shared machine. tests/e2e/offline.spec.ts allows it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath,
      args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  // Tests run against the built site served by the same server `npm start` runs.
  webServer: {
    command: `node scripts/serve.mjs`,
    url: `http://localhost:${port}/en/`,
    // The create limit (10 at once, then one per 10 s per address) is tested in tests/server; here every
    // spec creates assignments from one address, and a spec must not depend on how many ran before it.
    env: { PORT: String(port), HOST: 'localhost', NETMODES_DATA_DIR: '.builds/e2e-data', NETMODES_CREATE_LIMIT: 'off', NETMODES_READ_LIMIT: 'off', NETMODES_MISS_LIMIT: 'off' },
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
