import { describe, expect, it } from 'vitest';
import type { Io } from './io.ts';
import { main } from './main.ts';

/** Runs the command line in-process and collects what it prints. */
async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    out: (t) => void out.push(t),
    err: (t) => void err.push(t),
    readFile: () => undefined,
    resolve: (_from, p) => p,
    isTty: false,
    color: false,
    waitForEnter: async () => false,
    env: {},
  };
  const code = await main(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('usage errors from the argument parser', () => {
  it("are in the reader's language, name the option, and suggest the one meant", async () => {
    const en = await run(['check', '--lnag', 'ko', 'x']);
    expect(en.code).toBe(2);
    expect(en.err).toBe("netmodes: unknown option '--lnag' (did you mean '--lang'?)\nTry 'netmodes check --help'.");
    const ko = await run(['check', '--lang', 'ko', '--jsn', 'x']);
    expect(ko.err.split('\n')[0]).toBe("netmodes: '--jsn'은(는) 모르는 옵션입니다. 혹시 '--json'인가요?");
    expect((await run(['check', '--json=1', 'x'])).err.split('\n')[0]).toBe("netmodes: option '--json' takes no value");
    // No hint of Node's own wording (positional arguments after '--') reaches the reader.
    expect((await run(['run', '-x', 'lab.yaml'])).err).not.toMatch(/positional/);
  });
});
