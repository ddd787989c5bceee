import { readFileSync, readdirSync } from 'node:fs';
const dir = process.argv[2];
const f = readdirSync(dir).filter((x) => x.endsWith('.cpuprofile')).map((x) => dir + '/' + x).at(-1);
const p = JSON.parse(readFileSync(f, 'utf8'));
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const dt = new Map();
p.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
const total = [...dt.values()].reduce((a, b) => a + b, 0);
const self = new Map(), pkg = new Map();
const parent = new Map();
for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
for (const [id, t] of dt) {
  const n = byId.get(id); const cf = n.callFrame;
  const k = `${cf.functionName || '(anon)'} ${cf.url.replace(/.*node_modules\//, 'nm/').replace(/.*\/work\/main\//, '')}:${cf.lineNumber}`;
  self.set(k, (self.get(k) ?? 0) + t);
  const m = cf.url.match(/node_modules\/((@[^/]+\/)?[^/]+)/); const k2 = m ? m[1] : cf.url ? (cf.url.includes('/work/main/') ? 'app:' + cf.url.replace(/.*\/work\/main\//, '').split('/').slice(0, 2).join('/') : cf.url.slice(0, 40)) : cf.functionName;
  pkg.set(k2, (pkg.get(k2) ?? 0) + t);
}
const show = (m, n) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).forEach(([k, t]) => console.log((t / 1000).toFixed(0).padStart(7), 'ms', (100 * t / total).toFixed(1).padStart(5) + '%', k));
console.log('total', (total / 1000).toFixed(0), 'ms'); show(pkg, 25); console.log('---'); show(self, 40);
