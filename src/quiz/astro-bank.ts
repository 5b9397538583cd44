/**
 * The bank as the Astro build sees it: files from the `quizzes` content collection (already
 * validated by the schema), cross-checked once per build (unique ids, includes that exist),
 * with every "predict the path" question solved on the simulation kernel.
 */
import { getCollection } from 'astro:content';
import { bankFromParsed, type Bank } from './bank.ts';
import { solvePathQuestion, type PathVerdict } from './path/solve.ts';

let cached: Promise<{ bank: Bank; paths: Map<string, PathVerdict> }> | undefined;

async function load() {
  const entries = await getCollection('quizzes');
  const bank = bankFromParsed(entries.map((e) => [`content/quizzes/${e.id}.yaml`, e.data] as const));
  const paths = new Map<string, PathVerdict>();
  for (const q of bank.questions.values()) {
    if (q.type === 'path') paths.set(q.id, solvePathQuestion(q));
  }
  return { bank, paths };
}

export function buildTimeBank() {
  cached ??= load();
  return cached;
}
