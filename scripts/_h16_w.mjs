import { measurePages } from './bench/page-weight.mjs';
for (const r of measurePages()) if (/labs|lessons\/(bridge|routed|nat|bond)/.test(r.page)) console.log(r.islandsKb.toFixed(1).padStart(6), r.page);
