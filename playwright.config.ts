import { defineConfig, devices } from '@playwright/test';

// Playwright cannot download its own browsers on our machines: use the system Chromium.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const port = Number(process.env.E2E_PORT ?? 4391);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: 'list',
  use: {
    baseURL: `http://localhost:${port}`,
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
    env: { PORT: String(port), HOST: 'localhost', NETMODES_DATA_DIR: '.builds/e2e-data' },
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
