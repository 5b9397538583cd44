import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBank } from '../../src/quiz/bank-fs.ts';
import { call, removeDir, startServer, STORE } from './harness.ts';

const questionId = [...loadBank().questions.values()].find((q) => q.type === 'single')!.id;

// A SQLite data folder gone bad; PostgreSQL going away is tested in postgres.test.ts.
describe.skipIf(STORE === 'postgres')('a server whose database cannot be opened', () => {
  it('tells a student so on the assignment page, in their language (503), and the API still answers in JSON', async () => {
    // The server refuses to start on a data folder it cannot use (hardening.test.ts); this is the
    // folder going away after the start: replaced by a regular file before the database opens
    // (on the first API request).
    const broken = await startServer();
    removeDir(broken.dataDir);
    writeFileSync(broken.dataDir, '');
    try {
      for (const [lang, text] of [['en', 'could not load this assignment'], ['ko', '과제를 불러오지 못했습니다']] as const) {
        const page = await fetch(`${broken.base}/${lang}/join/ABCDEF/`);
        expect(page.status).toBe(503);
        expect(await page.text()).toContain(text);
      }
      const api = await call(broken.base, '/api/assignments', { body: { title: 'x', locale: 'en', questionIds: [questionId] } });
      expect(api.status).toBe(500);
      expect(api.json).toMatchObject({ error: { code: 'internal' } });
      expect(api.text).not.toMatch(/ENOTDIR|at \w+ \(/);
    } finally {
      await broken.stop();
      removeDir(broken.dataDir);
    }
  });
});
