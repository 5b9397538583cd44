#!/usr/bin/env node
// The netmodes command. It runs the TypeScript sources directly, which needs a Node.js that strips
// types (22.18+ / 23.6+); the project pins Node 24, which `npx netmodes` and the npm scripts use.
const korean = /^ko/i.test(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '');
if (!process.features || !process.features.typescript) {
  process.stderr.write(
    korean
      ? `netmodes에는 TypeScript를 바로 실행하는 Node.js 22.18 이상이 필요합니다(지금은 ${process.version}).\n` +
          '프로젝트 폴더에서 npx netmodes ... 로 실행하세요. 프로젝트에 고정된 Node 24를 씁니다.\n'
      : `netmodes needs a Node.js that runs TypeScript directly (22.18 or newer; this is ${process.version}).\n` +
          'Run it from the project folder as: npx netmodes ...  (that uses the project\'s pinned Node 24).\n',
  );
  process.exit(2);
}
// Last resort: whatever escapes the command is one line, never a stack trace.
process.on('uncaughtException', (e) => {
  process.stderr.write(`netmodes: ${korean ? '내부 오류' : 'internal error'}: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(70);
});
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
