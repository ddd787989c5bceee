import fs from 'node:fs';
import axe from 'axe-core';
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { type RunningServer, startServer } from '../helpers/server.ts';
import { type CaughtMail, linkIn, smtpCatcher } from '../helpers/smtp.ts';

/**
 * The site in a real browser: Debian's Chromium (nothing here downloads a browser) driven by
 * playwright-core, against the built server with its mail going to an in-process SMTP server.
 * One browser and one server per test file; every test gets fresh contexts (cookies, storage),
 * closed after it.
 */
export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const chromeFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const openLetter = 'make-co-production-count';
export const post = 'why-we-are-writing-again';

/** The two languages: English at the root, Welsh under /cy/. */
export const languages = [
  { lang: 'en', prefix: '' },
  { lang: 'cy', prefix: '/cy' },
] as const;
export type Language = (typeof languages)[number];

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(chromiumPath)) throw new Error(`no Chromium at ${chromiumPath}: apt-get install chromium (.ci/run does)`);
  return chromium.launch({ executablePath: chromiumPath, args: chromeFlags });
}

/** Starts the browser, the SMTP catcher and the built server for one test file; `env` adds to the server's environment. */
export function browserUnderTest(env: Record<string, string> = {}) {
  let browser: Browser | undefined;
  let server: RunningServer | undefined;
  let smtp: Awaited<ReturnType<typeof smtpCatcher>> | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    [browser, smtp] = await Promise.all([launchBrowser(), smtpCatcher()]);
    server = await startServer({ ...env, SMTP_URL: smtp.url });
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await smtp?.close();
  });
  const running = () => {
    if (!browser || !server || !smtp) throw new Error('the browser or the server is not running');
    return { browser, server, smtp };
  };
  async function newContext(options: BrowserContextOptions): Promise<BrowserContext> {
    const context = await running().browser.newContext({ baseURL: running().server.origin, ...options });
    context.on('page', watchAssets);
    // Well inside Vitest's 30 s, so a wait that cannot succeed fails with Playwright's own message.
    context.setDefaultTimeout(8_000);
    return context;
  }

  return {
    get origin() {
      return running().server.origin;
    },
    /** Where the server keeps its data, for a test that puts rows in its database as another part of the product would. */
    get database() {
      return { dataDir: running().server.dataDir, databaseUrl: running().server.databaseUrl };
    },
    url: (path: string) => new URL(path, running().server.origin).href,
    /** A page in a fresh context (options: javaScriptEnabled, viewport, reducedMotion …), closed after the test. */
    async page(options: BrowserContextOptions = {}): Promise<Page> {
      const context = await newContext(options);
      contexts.push(context);
      return context.newPage();
    },
    /** A page in a fresh context that outlives a test, for several tests of one page: open it in `beforeAll`, close its context in `afterAll`. */
    async lastingPage(options: BrowserContextOptions = {}): Promise<Page> {
      return (await newContext(options)).newPage();
    },
    /** The newest mail to an address, once it has arrived. */
    mailTo: (address: string, timeoutMs?: number): Promise<CaughtMail> => running().smtp.mailTo(address, timeoutMs),
    /** The next mail to an address after the first `after` (see `mailCount`). */
    nextMailTo: (address: string, after: number): Promise<CaughtMail> => running().smtp.nextMailTo(address, after),
    mailCount: (address: string) => running().smtp.mailCount(address),
    /**
     * Signs a campaigner in on this page as they do: asks for a link, opens it from the mail and
     * presses Sign in. The session cookie stays in the page's context. ADMIN_EMAILS must hold the address.
     */
    async signIn(page: Page, email: string, prefix = ''): Promise<void> {
      const { smtp } = running();
      const before = smtp.mailCount(email);
      await page.goto(`${prefix}/admin/sign-in`);
      await page.locator('main input[name="email"]').fill(email);
      await page.locator('main form button[type="submit"]').click();
      await page.waitForURL((url) => url.pathname === `${prefix}/admin/sign-in/sent`);
      await page.goto(linkIn(await smtp.nextMailTo(email, before), 'admin/sign-in'));
      await page.locator('main form[method="post"] button[type="submit"]').click();
      await page.waitForURL((url) => url.pathname === `${prefix}/admin`);
    },
    /** A JSON post, as an integrator's script sends one, in a language. */
    postJson: (path: string, body: unknown, lang = 'en') =>
      fetch(new URL(path, running().server.origin), {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': lang },
        body: JSON.stringify(body),
      }),
    /** A form post as a browser with JavaScript off sends it (the Origin the CSRF check wants). */
    async postForm(path: string, fields: Record<string, string>): Promise<Response> {
      const { origin } = running().server;
      return fetch(new URL(path, origin), {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin },
        body: new URLSearchParams(fields).toString(),
      });
    },
  };
}

export type Site = ReturnType<typeof browserUnderTest>;

const failures = new WeakMap<Page, string[]>();

/** Records every stylesheet, script or image of the page that did not load. */
function watchAssets(page: Page): void {
  const failed: string[] = [];
  failures.set(page, failed);
  page.on('requestfailed', (request) => failed.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`));
  page.on('response', (response) => {
    if (response.status() >= 400 && response.request().resourceType() !== 'document') failed.push(`${response.url()}: ${response.status()}`);
  });
}

/**
 * What the page asked for and did not get, since it opened. An unstyled page fails axe in
 * confusing ways (a rebuild of dist/ under a running server removes the assets it names),
 * so the page tests check this first.
 */
export const assetFailures = (page: Page): string[] => [...(failures.get(page) ?? [])];

// The same signer and link reader as the page tests without a browser.
export { aSigner, pathOf } from '../site/browser.ts';

// ---------------------------------------------------------------------------------------------
// axe-core

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA (axe has no separate 2.2 A tag). */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export type AxeViolation = { id: string; impact: string | null; help: string; targets: string[] };

/**
 * Runs axe-core in the page and returns its violations. The site's Content-Security-Policy
 * (`script-src 'self'`) would block a `<script>` we add, so axe's source is evaluated through
 * the DevTools protocol (`page.evaluate`), which the page's CSP does not govern: the page is
 * tested exactly as served, with no `bypassCSP`.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const hasAxe = await page.evaluate('typeof window.axe === "object"');
  if (!hasAxe) await page.evaluate(axe.source);
  const violations = await page.evaluate(async (tags) => {
    const w = window as unknown as { axe: typeof axe };
    const result = await w.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  }, wcagTags);
  return violations;
}

/** A violation list as one readable line each, for a failure message. */
export const describeViolations = (violations: AxeViolation[]) =>
  violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.targets.join(', ')}`);

// ---------------------------------------------------------------------------------------------
// keyboard focus

/** What the element with focus is, and whether its focus can be seen. */
export type FocusState = { tag: string; name: string; describe: string; visible: boolean; why: string };

/**
 * Records how every focusable element looks without focus, so that a focused element's
 * indicator can be told from its everyday style (a button always has a box-shadow, say).
 * Call after each navigation, before the first key press.
 */
export async function recordUnfocusedStyles(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __unfocused: WeakMap<Element, Record<string, string>> };
    w.__unfocused = new WeakMap();
    for (const el of document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')) {
      const s = getComputedStyle(el);
      w.__unfocused.set(el, { outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`, boxShadow: s.boxShadow, background: s.backgroundColor });
    }
  });
}

/**
 * The focused element and whether its focus is visible: a drawn outline (not `none`, wider than
 * 0, not transparent), or a box-shadow or background that differs from the element unfocused.
 */
export async function focusState(page: Page): Promise<FocusState> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { tag: 'body', name: '', describe: 'nothing', visible: false, why: 'nothing has focus' };
    const s = getComputedStyle(el);
    const w = window as unknown as { __unfocused?: WeakMap<Element, Record<string, string>> };
    const before = w.__unfocused?.get(el);
    const transparent = (c: string) => c === 'transparent' || /rgba\([^)]*,\s*0\)$/.test(c);
    const reasons: string[] = [];
    if (s.outlineStyle !== 'none' && Number.parseFloat(s.outlineWidth) > 0 && !transparent(s.outlineColor)) reasons.push(`outline ${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`);
    if (s.boxShadow !== 'none' && s.boxShadow !== before?.boxShadow) reasons.push(`box-shadow ${s.boxShadow}`);
    if (before && s.backgroundColor !== before.background) reasons.push(`background ${s.backgroundColor}`);
    const name = el.getAttribute('name') ?? '';
    const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    const type = el.getAttribute('type');
    const describe = `<${el.tagName.toLowerCase()}${name ? ` name=${name}` : ''}${type ? ` type=${type}` : ''}${el.id ? ` id=${el.id}` : ''}>${text}`;
    return {
      tag: el.tagName.toLowerCase(),
      name,
      describe,
      visible: reasons.length > 0,
      why: reasons.join('; ') || 'no outline, and box-shadow and background as unfocused',
    };
  });
}

// ---------------------------------------------------------------------------------------------
// layout

/**
 * What a reader would miss at this viewport: the page scrolling sideways, an element reaching
 * past the right edge, or text cut by a box that hides its overflow. Elements deliberately off
 * screen (the skip link) or visually hidden (1 px), the insides of a scrolling box, and the
 * value inside a text field (the field scrolls it) are not counted.
 */
export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width) {
      problems.push(`the page scrolls sideways: scrollWidth ${document.documentElement.scrollWidth} > ${width}`);
    }
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''} “${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}”`;
    const scrolls = (el: Element) => ['auto', 'scroll'].includes(getComputedStyle(el).overflowX);
    const insideScroller = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) if (scrolls(p)) return true;
      return false;
    };
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width <= 1 || r.height <= 1) continue;
      if (r.right <= 0) continue;
      const s = getComputedStyle(el);
      if (s.visibility === 'hidden') continue;
      if (insideScroller(el)) continue;
      if (r.right > width + 1) problems.push(`${name(el)} reaches ${Math.round(r.right)} px, past the ${width} px viewport`);
      // A text field scrolls its own value, which is not cut: only other boxes are checked.
      const field = el.matches('input, textarea, select');
      if (!field && ['hidden', 'clip'].includes(s.overflowX) && el.scrollWidth > el.clientWidth + 1) {
        problems.push(`${name(el)} cuts its content: ${el.scrollWidth} px in ${el.clientWidth} px`);
      }
    }
    return problems;
  });
}

/** Every animation or transition that still lasts longer than 0.01 s, with the element that has it. */
export async function lastingMotion(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const seconds = (list: string) => Math.max(...list.split(',').map((d) => (d.trim().endsWith('ms') ? Number.parseFloat(d) / 1000 : Number.parseFloat(d))));
    const found: string[] = [];
    for (const el of [document.documentElement, ...document.querySelectorAll('body, body *')]) {
      for (const pseudo of [null, '::before', '::after']) {
        const s = getComputedStyle(el, pseudo);
        const label = `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}${pseudo ?? ''}`;
        if (s.animationName !== 'none' && seconds(s.animationDuration) > 0.01) found.push(`${label}: animation ${s.animationName} ${s.animationDuration}`);
        if (s.transitionProperty !== 'none' && seconds(s.transitionDuration) > 0.01) found.push(`${label}: transition ${s.transitionProperty} ${s.transitionDuration}`);
      }
    }
    return found;
  });
}
