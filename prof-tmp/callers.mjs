import { readFileSync, readdirSync } from 'node:fs';
const dir = process.argv[2], target = process.argv[3];
const f = readdirSync(dir).filter((x) => x.endsWith('.cpuprofile')).map((x) => dir + '/' + x).at(-1);
const p = JSON.parse(readFileSync(f, 'utf8'));
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const dt = new Map();
p.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
const agg = new Map();
for (const [id, t] of dt) {
  let n = byId.get(id);
  if (!n.callFrame.functionName.includes(target)) continue;
  const chain = [];
  let cur = id;
  while (cur !== undefined && chain.length < 40) { const cf = byId.get(cur).callFrame; if (cf.url.includes('/work/main/') && !cf.url.includes('node_modules')) chain.push(cf.functionName + ':' + cf.url.replace(/.*\//, '') + ':' + cf.lineNumber); cur = parent.get(cur); }
  const k = chain.slice(0, 3).join(' < ');
  agg.set(k, (agg.get(k) ?? 0) + t);
}
[...agg].sort((a, b) => b[1] - a[1]).slice(0, 20).forEach(([k, t]) => console.log((t / 1000).toFixed(0).padStart(6), k));
