/**
 * Vite plugin: `import lab from 'content/labs/x.yaml?lab'` gives the lab's bundle (compiled.ts) as
 * plain data (`?lab&worlds-only`: without its goals). The lab is loaded, checked and compiled at build time; a lab with errors fails the
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
      const params = new URLSearchParams(query ?? '');
      if (!params.has('lab') || !path?.endsWith('.yaml')) return undefined;
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
      const bundle = bundleLab(compileLab(loaded));
      // `&worlds-only`: a page that borrows a lab's worlds and actions (the routed-vs-NAT comparison)
      // and has goals and words of its own does not ship the lab's goals, hints and action texts.
      if (params.has('worlds-only')) {
        delete bundle.lab.goals;
        // It names the actions in its own words, so their labels and narration stay behind too.
        bundle.lab.actions = bundle.lab.actions?.map((a) => ({ ...a, label: { en: a.id, ko: a.id }, narration: undefined }));
      }
      return `export default ${uneval(bundle)};`;
    },
  };
}
