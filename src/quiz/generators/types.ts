/**
 * Question generators (issue 18): a generator turns a seed into one concrete question whose
 * numbers (addresses, ports, MACs, hash policy, which line is missing, which cable is pulled)
 * come from the seed and whose right option is whatever the simulation kernel does with them.
 * A teacher's assignment hands each student their own seed, so answer keys are never shared.
 */
import type { SingleQuestion } from '../schema.ts';

/** The lessons generators cover. */
export type GeneratorMode = 'bridge' | 'routed' | 'nat' | 'routed-vs-nat' | 'bond';

export interface Texts {
  ko: string;
  en: string;
}

export interface Generator {
  /** Starts with "gen-": the id a teacher assigns, like a practice question's id. */
  id: string;
  mode: GeneratorMode;
  difficulty: 1 | 2 | 3;
  /** What the picker shows: the kind of question, without any seed's numbers. */
  title: Texts;
  /** The concrete question for this seed, its right option computed on the kernel. */
  generate(seed: number): Generated;
}

export type Facts = Readonly<Record<string, string | number | boolean>>;

export interface Generated {
  question: SingleQuestion;
  /** The generator's key of the right choice (e.g. "eno2", "pve"), as the kernel decided. */
  answer: string;
  /** The seed's settings that decide the answer, for the tests' independent check. */
  facts: Facts;
}
