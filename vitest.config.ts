import { defineConfig } from 'vitest/config';
import { labFiles } from './src/labs/vite-plugin.ts';

export default defineConfig({
  plugins: [labFiles()],
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Widgets read their strings from a per-language registry; tests speak both languages.
    setupFiles: ['./src/widgets/i18n/locales/all.ts'],
    pool: 'threads',
    testTimeout: 20_000,
  },
});
