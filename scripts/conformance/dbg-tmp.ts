import { loadScenario } from '/work/main/scripts/conformance/scenario.ts';
import { NamespaceSet } from '/work/main/scripts/conformance/netns.ts';
import { buildOnLinux } from '/work/main/scripts/conformance/linux-build.ts';
const s = loadScenario(process.argv[2]!);
const ns = new NamespaceSet('dbg');
buildOnLinux(s, ns);
console.log(ns.prefix);
