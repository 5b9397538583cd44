import { loadScenario } from './scenario.ts';
import { NamespaceSet } from './netns.ts';
import { buildOnLinux } from './linux-build.ts';
import { runStepsOnLinux } from './linux-run.ts';
const s = loadScenario(process.argv[2]!);
const ns = new NamespaceSet('dev');
try {
  const topo = buildOnLinux(s, ns);
  console.log(JSON.stringify(await runStepsOnLinux(s, topo), null, 1));
} finally { ns.destroy(); }
