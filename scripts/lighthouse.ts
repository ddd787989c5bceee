/**
 * `npm run lighthouse`: Lighthouse (npm `lighthouse`, run with Debian's Chromium through
 * CHROME_PATH) on the English and the Welsh letter page and media page of the built server with the demo
 * campaign, on 127.0.0.1. Prints the four category scores and every audit that did not pass.
 * Not part of `npm test`: the scores depend on the machine. Arguments after `--` go to
 * Lighthouse (e.g. `npm run lighthouse -- --preset=desktop`); the default is Lighthouse's own,
 * a phone on a throttled connection. Full reports: screenshots/lighthouse/*.json (not committed).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { startDemoSite } from './lib/serve.ts';

const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const chromeFlags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const pages = [
  { name: 'en-letter', path: '/letters/make-co-production-count' },
  { name: 'cy-letter', path: '/cy/letters/make-co-production-count' },
  { name: 'en-media', path: '/letters/make-co-production-count/media' },
  { name: 'cy-media', path: '/cy/letters/make-co-production-count/media' },
];
const outDir = path.resolve('screenshots/lighthouse');

type Audit = { id: string; title: string; score: number | null; scoreDisplayMode: string; displayValue?: string };
type Report = {
  categories: Record<string, { title: string; score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, Audit>;
  runtimeError?: { code: string; message: string };
  runWarnings?: string[];
};

async function main(): Promise<void> {
  if (!fs.existsSync(chromiumPath)) throw new Error(`no Chromium at ${chromiumPath}: apt-get install chromium`);
  fs.mkdirSync(outDir, { recursive: true });
  const site = await startDemoSite('lighthouse');
  let failed = false;
  try {
    for (const page of pages) {
      const url = `${site.origin}${page.path}`;
      const output = path.join(outDir, `${page.name}.json`);
      const result = spawnSync(
        'npx',
        [
          '--no-install',
          'lighthouse',
          url,
          `--chrome-flags=${chromeFlags.join(' ')}`,
          `--only-categories=${categories.join(',')}`,
          '--output=json',
          `--output-path=${output}`,
          '--quiet',
          ...process.argv.slice(2),
        ],
        { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, CHROME_PATH: chromiumPath } },
      );
      if (result.status !== 0 || !fs.existsSync(output)) {
        console.error(`lighthouse failed on ${url} (exit ${result.status ?? result.signal})`);
        failed = true;
        continue;
      }
      const report = JSON.parse(fs.readFileSync(output, 'utf8')) as Report;
      console.log(`\n${page.name}  ${page.path}`);
      if (report.runtimeError) console.log(`  runtime error: ${report.runtimeError.code} ${report.runtimeError.message}`);
      for (const warning of report.runWarnings ?? []) console.log(`  warning: ${warning}`);
      for (const id of categories) {
        const category = report.categories[id];
        const score = category?.score == null ? 'n/a' : String(Math.round(category.score * 100));
        console.log(`  ${(category?.title ?? id).padEnd(16)} ${score.padStart(3)}`);
        const failing = (category?.auditRefs ?? [])
          .map((ref) => ({ ref, audit: report.audits[ref.id] }))
          .filter(({ audit }) => audit && audit.score !== null && audit.score < 1 && ['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode));
        for (const { ref, audit } of failing) {
          if (!audit) continue;
          const weight = ref.weight > 0 ? `weight ${ref.weight}` : 'no weight';
          console.log(`      ✗ ${audit.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''} [score ${audit.score}, ${weight}]`);
        }
      }
    }
  } finally {
    await site.stop();
  }
  if (failed) process.exit(1);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
