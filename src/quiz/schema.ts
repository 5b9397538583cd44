/**
 * The quiz data format. One YAML file per mode in `content/quizzes/`, each holding both locales
 * side by side so Korean and English can never drift apart: structure (ids, which option is
 * right, scenarios) is shared, only the texts are per locale.
 *
 * The same schema validates the content collection at build time (a broken file fails the build
 * naming the file and the field) and the bank the teacher server loads to grade submissions.
 */
import { z } from 'zod';

export const QUIZ_LOCALES = ['ko', 'en'] as const;
export type QuizLocale = (typeof QUIZ_LOCALES)[number];

/** Lessons a question can send the reader back to (slugs of content/docs/{lang}/lessons/). */
export const LESSON_SLUGS = ['overview', 'bridge', 'routed', 'nat', 'routed-vs-nat', 'bond', 'small-office'] as const;
export const QUIZ_MODES = [...LESSON_SLUGS, 'final'] as const;
export type QuizMode = (typeof QUIZ_MODES)[number];

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lowercase words joined by "-" (e.g. bridge-flood-unknown)');
const text = z.string().trim().min(1, 'text must not be empty');

/** Heading anchors differ per locale (they are slugs of the heading text), so each locale names its own. */
const anchor = z.object({ ko: z.string().min(1), en: z.string().min(1) }).strict();

/** Where an explanation sends the reader: a lesson page, optionally a section of it. */
const seeAlso = z.object({ lesson: z.enum(LESSON_SLUGS), anchor: anchor.optional() }).strict();

const optionTexts = z.object({ text, why: text }).strict();
const choiceOption = z
  .object({
    id,
    correct: z.boolean().default(false),
    ko: optionTexts,
    en: optionTexts,
    see: seeAlso.optional(),
  })
  .strict();

const prompt = z.object({ prompt: text }).strict();

const base = {
  id,
  /** 1 recall, 2 understanding, 3 applying it to a new situation. */
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)], { error: 'difficulty is 1 (recall), 2 (understanding) or 3 (applying)' }),
  tags: z.array(z.string().min(1)).min(1),
  /** The lesson every explanation of this question links to unless an option names another section. */
  see: seeAlso,
};

function exactlyOneCorrect(options: ReadonlyArray<{ correct: boolean }>, ctx: z.RefinementCtx, path: string) {
  const n = options.filter((o) => o.correct).length;
  if (n !== 1) ctx.addIssue({ code: 'custom', path: [path], message: `exactly one option must have correct: true (found ${n})` });
}

function uniqueIds(items: ReadonlyArray<{ id: string }>, ctx: z.RefinementCtx, path: string) {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [path, i, 'id'], message: `duplicate id "${item.id}"` });
    seen.add(item.id);
  });
}

export const singleQuestion = z
  .object({ ...base, type: z.literal('single'), ko: prompt, en: prompt, options: z.array(choiceOption).min(2).max(6) })
  .strict()
  .superRefine((q, ctx) => {
    exactlyOneCorrect(q.options, ctx, 'options');
    uniqueIds(q.options, ctx, 'options');
  });

export const multipleQuestion = z
  .object({ ...base, type: z.literal('multiple'), ko: prompt, en: prompt, options: z.array(choiceOption).min(3).max(7) })
  .strict()
  .superRefine((q, ctx) => {
    if (!q.options.some((o) => o.correct)) ctx.addIssue({ code: 'custom', path: ['options'], message: 'at least one option must be correct' });
    uniqueIds(q.options, ctx, 'options');
  });

const trueFalseTexts = z
  .object({
    /** A statement the reader judges true or false. */
    prompt: text,
    /** Shown when the reader picks "true" / "false": why that verdict is right or wrong. */
    ifTrue: text,
    ifFalse: text,
  })
  .strict();

export const trueFalseQuestion = z
  .object({
    ...base,
    type: z.literal('truefalse'),
    answer: z.boolean(),
    ko: trueFalseTexts,
    en: trueFalseTexts,
    /** The follow-up "why?": the reader picks the reason behind the verdict. */
    reasons: z.array(choiceOption).min(2).max(5),
  })
  .strict()
  .superRefine((q, ctx) => {
    exactlyOneCorrect(q.reasons, ctx, 'reasons');
    uniqueIds(q.reasons, ctx, 'reasons');
  });

/* ---------- predict the path: a scenario run on the simulation kernel ---------- */

const ipv4 = z.string().regex(/^(\d{1,3}\.){3}\d{1,3}$/, 'an IPv4 address like 192.0.2.10');

/** The prepared worlds around a Proxmox host (src/quiz/sim/worlds.ts): who is on the other end of its cables. */
export const TOPOLOGIES = ['bridge-lan', 'provider-one-mac', 'nat-host', 'bond-lan'] as const;
export type Topology = (typeof TOPOLOGIES)[number];

/** A scenario names a prepared world and varies it with that world's settings. */
export const pathScenario = z
  .object({
    topology: z.enum(TOPOLOGIES),
    /** Switches for the topology's knobs (e.g. ip_forward off, no MASQUERADE rule). */
    settings: z.record(z.string(), z.union([z.boolean(), z.number(), z.string()])).default({}),
    packet: z
      .object({
        kind: z.enum(['ping', 'tcp', 'udp']),
        from: id,
        to: ipv4,
        port: z.number().int().min(1).max(65535).optional(),
        /** Several probes of one kind: pings of one flow, or TCP connections from distinct source ports. */
        count: z.number().int().min(1).max(8).optional(),
      })
      .strict(),
  })
  .strict();
export type PathScenario = z.infer<typeof pathScenario>;

/** What happened to the packet, as read from the kernel's trace. */
export const pathOutcome = z
  .object({
    result: z.enum(['delivered', 'dropped']),
    /** The node where the packet ended: delivered to, or dropped at. */
    at: id,
    /** In a world with a bond: whether the probes left the host on one of its links or on both. */
    links: z.enum(['one', 'both']).optional(),
  })
  .strict();
export type PathOutcome = z.infer<typeof pathOutcome>;

const pathOption = z
  .object({ id, outcome: pathOutcome, ko: optionTexts, en: optionTexts, see: seeAlso.optional() })
  .strict();

export const pathQuestion = z
  .object({
    ...base,
    type: z.literal('path'),
    scenario: pathScenario,
    ko: prompt,
    en: prompt,
    options: z.array(pathOption).min(2).max(6),
  })
  .strict()
  .superRefine((q, ctx) => {
    uniqueIds(q.options, ctx, 'options');
    const keys = q.options.map((o) => `${o.outcome.result}@${o.outcome.at}${o.outcome.links ? `/${o.outcome.links}` : ''}`);
    keys.forEach((key, i) => {
      if (keys.indexOf(key) !== i) ctx.addIssue({ code: 'custom', path: ['options', i, 'outcome'], message: `two options describe the same outcome (${key})` });
    });
  });

/* ---------- fix the config: edit an interfaces file until the goal passes on the kernel ---------- */

export const fixGoal = z
  .object({
    /** The world around the Proxmox host the edited file configures. */
    topology: z.enum(TOPOLOGIES),
    /** A ping from this node to this address must be answered (or must not, with expect: unreachable). */
    from: id,
    to: ipv4,
    expect: z.enum(['reachable', 'unreachable']).default('reachable'),
  })
  .strict();
export type FixGoal = z.infer<typeof fixGoal>;

const fixTexts = z
  .object({
    prompt: text,
    /** Shown on request before the reader gives up. */
    hint: text,
    /** Shown once the goal passes (or the reader reveals the solution): what was wrong and why. */
    explain: text,
  })
  .strict();

export const fixQuestion = z
  .object({
    ...base,
    type: z.literal('fix'),
    goal: fixGoal,
    /** The broken /etc/network/interfaces the reader starts from. */
    start: z.string().min(1),
    /** A reference fix; a test checks that it passes and `start` does not. */
    solution: z.string().min(1),
    ko: fixTexts,
    en: fixTexts,
  })
  .strict();

/* ---------- matching: situation -> mode ---------- */

const matchItem = z
  .object({ id, answer: id, ko: optionTexts, en: optionTexts, see: seeAlso.optional() })
  .strict();
const matchChoice = z.object({ id, ko: z.object({ text }).strict(), en: z.object({ text }).strict() }).strict();

export const matchQuestion = z
  .object({
    ...base,
    type: z.literal('match'),
    ko: prompt,
    en: prompt,
    /** Situations, each matched to one choice. */
    items: z.array(matchItem).min(2).max(6),
    /** The modes to pick from (a choice may fit several items or none). */
    choices: z.array(matchChoice).min(2).max(6),
  })
  .strict()
  .superRefine((q, ctx) => {
    uniqueIds(q.items, ctx, 'items');
    uniqueIds(q.choices, ctx, 'choices');
    const ids = new Set(q.choices.map((c) => c.id));
    q.items.forEach((item, i) => {
      if (!ids.has(item.answer)) ctx.addIssue({ code: 'custom', path: ['items', i, 'answer'], message: `"${item.answer}" is not one of the choices (${[...ids].join(', ')})` });
    });
  });

export const question = z.discriminatedUnion('type', [
  singleQuestion,
  multipleQuestion,
  trueFalseQuestion,
  pathQuestion,
  fixQuestion,
  matchQuestion,
]);

export type Question = z.infer<typeof question>;
export type QuestionType = Question['type'];
export type SingleQuestion = z.infer<typeof singleQuestion>;
export type MultipleQuestion = z.infer<typeof multipleQuestion>;
export type TrueFalseQuestion = z.infer<typeof trueFalseQuestion>;
export type PathQuestion = z.infer<typeof pathQuestion>;
export type FixQuestion = z.infer<typeof fixQuestion>;
export type MatchQuestion = z.infer<typeof matchQuestion>;
export type SeeAlso = z.infer<typeof seeAlso>;

/** One quiz file: its own questions plus, for mixed quizzes, questions borrowed by id from other files. */
export const quizFile = z
  .object({
    mode: z.enum(QUIZ_MODES),
    title: z.object({ ko: text, en: text }).strict(),
    questions: z.array(question).default([]),
    include: z.array(id).default([]),
  })
  .strict()
  .superRefine((quiz, ctx) => uniqueIds(quiz.questions, ctx, 'questions'));

export type QuizFile = z.infer<typeof quizFile>;
