/** `npm run lab-schema`: writes public/schemas/lab.schema.json from the zod schema. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { labJsonSchema } from './schema.ts';

export const SCHEMA_PATH = join(dirname(fileURLToPath(import.meta.url)), '../../public/schemas/lab.schema.json');

export function schemaText(): string {
  return `${JSON.stringify(labJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  mkdirSync(dirname(SCHEMA_PATH), { recursive: true });
  writeFileSync(SCHEMA_PATH, schemaText());
  console.log(`wrote ${SCHEMA_PATH}`);
}
