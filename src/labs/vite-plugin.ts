/**
 * Vite plugin: `import lab from 'content/labs/x.yaml?lab'` gives the lab's bundle (compiled.ts) as
 * plain data. The lab is loaded, checked and compiled at build time; a lab with errors fails the
 * build with every diagnostic at its file, line and column, as `netmodes run` prints them.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { uneval } from 'devalue';
import type { Plugin } from 'vite';
import { messageText } from '../config/diagnostic.ts';
import { bundleLab, compileLab } from './compile.ts';
import { loadLab } from './load.ts';

export function labFiles(): Plugin {
  return {
    name: 'netmodes-lab-files',
    enforce: 'pre',
    load(id) {
      const [path, query] = id.split('?');
      if (query !== 'lab' || !path?.endsWith('.yaml')) return undefined;
      this.addWatchFile(path);
      const read = (p: string) => {
        try {
          return readFileSync(p, 'utf8');
        } catch {
          return undefined;
        }
      };
      const loaded = loadLab(read(path) ?? '', { file: path, readFile: (p) => read(resolve(dirname(path), p)) });
      const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
      if (!loaded.lab || errors.length) {
        this.error(errors.map((d) => `${d.file ?? path}:${d.span.line}:${d.span.col}: error: ${messageText(d, 'en')} [${d.code}]`).join('\n') || `${path}: not a lab`);
      }
      return `export default ${uneval(bundleLab(compileLab(loaded)))};`;
    },
  };
}
