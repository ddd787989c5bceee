/**
 * `npm run screenshots`: full-page PNGs of every page type, in English and Welsh, at a phone
 * width (390 px) and a desktop width (1280 px), into screenshots/ (not committed), to look at.
 *
 * Builds if the sources changed, fills a fresh DATA_DIR with the demo campaign (`npm run demo`),
 * starts the built server on a free loopback port with mail written as .eml files, signs one
 * supporter per language through the form so the confirm and withdraw pages have real links,
 * then drives Debian's Chromium with playwright-core. Nothing is downloaded.
 * `--only media,widget` takes just the shots named (the names in `shots` below).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { simpleParser } from 'mailparser';
import { type Browser, chromium, type Page } from 'playwright-core';
import { startDemoSite } from './lib/serve.ts';

const outDir = path.resolve('screenshots');
const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const chromeFlags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const widths = [
  // At 1 image pixel per CSS pixel, so the images are small enough to look through.
  { name: 'phone', width: 390, height: 844, scale: 1 },
  { name: 'desktop', width: 1280, height: 800, scale: 1 },
];
const languages = [
  { lang: 'en', prefix: '' },
  { lang: 'cy', prefix: '/cy' },
];
const openLetter = 'make-co-production-count';
const closedLetter = 'co-production-at-the-heart';
const post = 'why-we-are-writing-again';

type Tokens = { confirm: string; withdraw: string };
type Shot = { name: string; open: (page: Page, prefix: string, tokens: Tokens) => Promise<unknown> };

const go = (to: (prefix: string, tokens: Tokens) => string) => (page: Page, prefix: string, tokens: Tokens) => page.goto(to(prefix, tokens));

const shots: Shot[] = [
  { name: 'home', open: go((p) => `${p}/`) },
  { name: 'letters', open: go((p) => `${p}/letters`) },
  { name: 'letter', open: go((p) => `${p}/letters/${openLetter}`) },
  {
    name: 'letter-errors',
    open: async (page, p) => {
      await page.goto(`${p}/letters/${openLetter}`);
      await page.locator('form[data-sign-form] input[name="email"]').fill('not-an-address');
      await page.locator('form[data-sign-form] button[type="submit"]').click();
      await page.locator('[data-error-summary]').waitFor();
    },
  },
  { name: 'letter-closed', open: go((p) => `${p}/letters/${closedLetter}`) },
  { name: 'check-email', open: go((p) => `${p}/letters/${openLetter}/check-email`) },
  { name: 'confirm', open: go((p, t) => `${p}/confirm/${t.confirm}`) },
  { name: 'thank-you', open: go((p) => `${p}/letters/${openLetter}/thank-you`) },
  { name: 'withdraw', open: go((p, t) => `${p}/withdraw/${t.withdraw}`) },
  { name: 'withdrawn', open: go((p) => `${p}/letters/${openLetter}/withdrawn`) },
  { name: 'invalid-link', open: go((p) => `${p}/confirm/${'A'.repeat(43)}`) },
  { name: 'signatories', open: go((p) => `${p}/letters/${openLetter}/signatories`) },
  { name: 'signatories-organisations', open: go((p) => `${p}/letters/${openLetter}/signatories?order=organisations`) },
  { name: 'media', open: go((p) => `${p}/letters/${openLetter}/media`) },
  {
    name: 'snapshot',
    open: async (page, prefix) => {
      await page.goto(`${prefix}/letters/${openLetter}/media`);
      await page.locator('form[data-cite-list] button').click();
      await page.waitForURL((url) => url.pathname.includes('/snapshots/'));
    },
  },
  { name: 'widget', open: go((p) => `${p}/letters/${openLetter}/embed`) },
  { name: 'letters-of-support', open: go((p) => `${p}/letters/${openLetter}/support`) },
  { name: 'support-form', open: go((p) => `${p}/letters/${openLetter}/support/new`) },
  {
    name: 'support-form-errors',
    open: async (page, p) => {
      await page.goto(`${p}/letters/${openLetter}/support/new`);
      await page.locator('main form[method="post"] button[type="submit"]').click();
      await page.locator('[data-error-summary]').waitFor();
    },
  },
  { name: 'blog', open: go((p) => `${p}/blog`) },
  { name: 'blog-post', open: go((p) => `${p}/blog/${post}`) },
  { name: 'blog-category', open: go((p) => `${p}/blog/category/politics-and-policy`) },
  { name: 'blog-tag', open: go((p) => `${p}/blog/tag/open-letters`) },
  { name: 'developers', open: go((p) => `${p}/developers`) },
  { name: 'my-data', open: go((p) => `${p}/my-data`) },
  { name: 'my-data-sent', open: go((p) => `${p}/my-data/sent`) },
  { name: 'not-found', open: go((p) => `${p}/no-such-page`) },
];

/** Signs through the page's form post and reads the links from the .eml file the server writes. */
async function signAndReadLinks(origin: string, dataDir: string, prefix: string, email: string): Promise<Tokens> {
  const outbox = path.join(dataDir, 'outbox');
  const before = new Set(fs.existsSync(outbox) ? fs.readdirSync(outbox) : []);
  const body = new URLSearchParams({ name: 'Screenshot Signer', email, kind: 'individual', country: 'GB-WLS', show_name: 'yes', consent: 'yes' });
  const res = await fetch(`${origin}${prefix}/letters/${openLetter}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin },
    body: body.toString(),
  });
  if (res.status !== 303) throw new Error(`signing at ${prefix}/letters/${openLetter} answered ${res.status}`);
  const deadline = Date.now() + 15_000;
  for (;;) {
    for (const name of fs.existsSync(outbox) ? fs.readdirSync(outbox) : []) {
      if (before.has(name) || !name.endsWith('.eml')) continue;
      const mail = await simpleParser(fs.readFileSync(path.join(outbox, name)));
      const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
      if (to?.value[0]?.address !== email) continue;
      const token = (kind: string) => new RegExp(`/${kind}/([A-Za-z0-9_-]+)`).exec(mail.text ?? '')?.[1] ?? '';
      return { confirm: token('confirm'), withdraw: token('withdraw') };
    }
    if (Date.now() > deadline) throw new Error(`no mail to ${email} in ${outbox}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const { values: opts } = parseArgs({ options: { only: { type: 'string' } } });
const only = opts.only?.split(',');

async function main(): Promise<void> {
  const started = Date.now();
  const chosen = only ? shots.filter((s) => only.includes(s.name)) : shots;
  if (chosen.length === 0) throw new Error(`no shot named ${opts.only}; the names: ${shots.map((s) => s.name).join(', ')}`);
  if (!fs.existsSync(chromiumPath)) throw new Error(`no Chromium at ${chromiumPath}: apt-get install chromium`);
  const server = await startDemoSite('screenshots');
  const { dataDir } = server;
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromeFlags });
    // Last run's images go; anything else in the folder (Lighthouse's reports) stays.
    fs.mkdirSync(outDir, { recursive: true });
    if (!only) for (const name of fs.readdirSync(outDir)) if (name.endsWith('.png')) fs.rmSync(path.join(outDir, name));
    let count = 0;
    for (const { lang, prefix } of languages) {
      const tokens = await signAndReadLinks(server.origin, dataDir, prefix, `screenshot-${lang}@example.org`);
      for (const size of widths) {
        const context = await browser.newContext({
          baseURL: server.origin,
          viewport: { width: size.width, height: size.height },
          deviceScaleFactor: size.scale,
        });
        context.setDefaultTimeout(10_000);
        const page = await context.newPage();
        for (const shot of chosen) {
          await shot.open(page, prefix, tokens);
          const file = path.join(outDir, `${lang}-${size.name}-${String(shots.indexOf(shot) + 1).padStart(2, '0')}-${shot.name}.png`);
          await page.screenshot({ path: file, fullPage: true });
          count++;
        }
        await context.close();
      }
    }
    console.log(`[screenshots] ${count} images in ${path.relative(process.cwd(), outDir)}/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await browser?.close();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
