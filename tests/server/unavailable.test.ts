import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBank } from '../../src/quiz/bank-fs.ts';
import { call, removeDir, startServer, tempDataDir } from './harness.ts';

const questionId = [...loadBank().questions.values()].find((q) => q.type === 'single')!.id;

describe('a server whose database cannot be opened', () => {
  it('tells a student so on the assignment page, in their language (503), and the API still answers in JSON', async () => {
    // A data directory under a regular file cannot be created (our own file: /etc/hostname may be
    // missing in a container, and then root would create the directory there).
    const parent = tempDataDir();
    writeFileSync(join(parent, 'a-file'), '');
    const broken = await startServer({ dataDir: join(parent, 'a-file', 'netmodes-data') });
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
      removeDir(parent);
    }
  });
});
