/**
 * Each student's own generated questions (issue 18). The seed of a student's variant is an HMAC
 * of the assignment's code, the student's name key and the generator id under the server's
 * secret: the same student gets the same question after a reload, two students get different
 * numbers, and nobody without the secret can compute anyone's variant (or its key). Variants
 * are regenerated on demand, so nothing per student is stored; recently used ones are kept in
 * memory, since a student's page, their submission and the dashboard all ask for the same ones.
 */
import { createHmac } from 'node:crypto';
import { generatorById } from '../quiz/generators/registry.ts';
import type { SingleQuestion } from '../quiz/schema.ts';

/** About 3 KB each: a few classes' worth of dashboards. */
const CACHE_MAX = 20_000;

export class Variants {
  readonly #secret: () => Promise<string>;
  #loaded: Promise<string> | undefined;
  readonly #cache = new Map<string, SingleQuestion>();

  constructor(secret: () => Promise<string>) {
    this.#secret = secret;
  }

  /** The seed of one student's variant of one generator: 32 bits of HMAC-SHA256. */
  async seed(code: string, nameKey: string, generatorId: string): Promise<number> {
    const secret = await (this.#loaded ??= this.#secret().catch((error: unknown) => {
      // A failed read (database briefly away) is tried again on the next request.
      this.#loaded = undefined;
      throw error;
    }));
    return createHmac('sha256', secret).update(`${code}\u0000${nameKey}\u0000${generatorId}`).digest().readUInt32BE(0);
  }

  /** The student's question for a generator id (undefined for any other id). */
  async question(code: string, nameKey: string, generatorId: string): Promise<SingleQuestion | undefined> {
    const generator = generatorById(generatorId);
    if (!generator) return undefined;
    const seed = await this.seed(code, nameKey, generatorId);
    const key = `${generatorId}\u0000${seed}`;
    let q = this.#cache.get(key);
    if (q) this.#cache.delete(key);
    else q = generator.generate(seed).question;
    this.#cache.set(key, q);
    if (this.#cache.size > CACHE_MAX) this.#cache.delete(this.#cache.keys().next().value!);
    return q;
  }
}

/**
 * What stands for a generator in the assignment's list (the dashboard's rows, the CSV's headers):
 * a question of the generator's type whose prompt is the generator's title. It has no key the
 * server would grade with; every student is graded on their own variant.
 */
const templates = new Map<string, SingleQuestion>();
export function generatorTemplate(id: string): SingleQuestion | undefined {
  const generator = generatorById(id);
  if (!generator) return undefined;
  let t = templates.get(id);
  if (!t) {
    const example = generator.generate(0).question;
    t = { ...example, ko: { prompt: generator.title.ko }, en: { prompt: generator.title.en } };
    templates.set(id, t);
  }
  return t;
}

/** A student's variant for the teacher: prompt and every option, the right one marked. */
export interface VariantView {
  prompt: Record<'ko' | 'en', string>;
  choices: Array<{ key: string; label: Record<'ko' | 'en', string>; right: boolean }>;
}

export function variantView(q: SingleQuestion): VariantView {
  return {
    prompt: { ko: q.ko.prompt, en: q.en.prompt },
    choices: q.options.map((o) => ({ key: o.id, label: { ko: o.ko.text, en: o.en.text }, right: o.correct })),
  };
}
