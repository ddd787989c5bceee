import { afterAll, beforeAll } from 'vitest';
import { type RunningServer, startServer } from '../helpers/server.ts';
import { type CaughtMail, linkIn, smtpCatcher } from '../helpers/smtp.ts';

/**
 * What a browser with JavaScript off does, and what a person sees: pages fetched without
 * following redirects (so each 303 can be checked), forms posted as a browser posts them,
 * and a few readers for the HTML that came back. No DOM library: the pages are plain HTML.
 */
export const openLetter = 'make-co-production-count';
export const openLetterTitle = 'Make co-production count in Wales';
export const closedLetter = 'co-production-at-the-heart';

export type Page = { status: number; headers: Headers; html: string; location: string | null };

/** Starts the built server with mail going to an in-process SMTP server, for one test file; `env` adds to its environment. */
export function siteUnderTest(env: Record<string, string> = {}) {
  let server: RunningServer | undefined;
  let smtp: Awaited<ReturnType<typeof smtpCatcher>> | undefined;
  beforeAll(async () => {
    smtp = await smtpCatcher();
    server = await startServer({ ...env, SMTP_URL: smtp.url });
  });
  afterAll(async () => {
    await server?.stop();
    await smtp?.close();
  });
  const running = () => {
    if (!server || !smtp) throw new Error('the server is not running');
    return { server, smtp };
  };

  async function request(path: string, init: RequestInit = {}): Promise<Page> {
    const res = await fetch(new URL(path, running().server.origin), { redirect: 'manual', ...init });
    return { status: res.status, headers: res.headers, html: await res.text(), location: res.headers.get('location') };
  }

  return {
    get origin() {
      return running().server.origin;
    },
    /** The server's DATA_DIR (its SQLite file is llofnod.sqlite there), for a test that must act as a campaigner would. */
    get dataDir() {
      return running().server.dataDir;
    },
    /** The server's DATABASE_URL in the PostgreSQL run (undefined: the SQLite file in dataDir). */
    get databaseUrl() {
      return running().server.databaseUrl;
    },
    /** What the server has written to stdout and stderr so far. */
    output: () => running().server.output(),
    get: (path: string, headers: Record<string, string> = {}) => request(path, { headers }),
    /** A form post as a browser sends it: urlencoded, from a page of this site (the Origin the CSRF check wants). */
    post: (path: string, fields: Record<string, string> = {}, origin = running().server.origin, headers: Record<string, string> = {}) =>
      request(path, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin, ...headers },
        body: new URLSearchParams(fields).toString(),
      }),
    /** A form with a file input, posted as a browser posts it: multipart, from a page of this site. */
    postMultipart: (path: string, form: FormData, headers: Record<string, string> = {}) =>
      request(path, { method: 'POST', headers: { origin: running().server.origin, ...headers }, body: form }),
    json: async (path: string) => (await fetch(new URL(path, running().server.origin))).json(),
    /** The newest mail to an address, once it has arrived. */
    mailTo: (address: string, timeoutMs?: number): Promise<CaughtMail> => running().smtp.mailTo(address, timeoutMs),
    get inbox() {
      return running().smtp.inbox;
    },
    /** Waits for a mail to an address after the first `after` (the server's sender polls the outbox). */
    nextMailTo: (address: string, after: number, timeoutMs?: number) => running().smtp.nextMailTo(address, after, timeoutMs),
    mailCount: (address: string) => running().smtp.mailCount(address),
    /** Signs in through the pages, as a campaigner does (ADMIN_EMAILS must hold the address); returns the Cookie header to send. */
    async signInAs(email: string, lang: '' | '/cy' = ''): Promise<string> {
      const before = this.mailCount(email);
      await this.post(`${lang}/admin/sign-in`, { email });
      const link = pathOf(linkIn(await this.nextMailTo(email, before), 'admin/sign-in'));
      const signedIn = await this.post(link);
      return (signedIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    },
  };
}

export type Site = ReturnType<typeof siteUnderTest>;

/** A signer who fills in only what the form needs. */
export const aSigner = (overrides: Record<string, string> = {}): Record<string, string> => ({
  name: 'Siân Ŵyn Roberts',
  email: 'sian@example.cymru',
  kind: 'individual',
  country: 'GB-WLS',
  show_name: 'yes',
  consent: 'yes',
  ...overrides,
});

/** The path of a link (the mails use PUBLIC_ORIGIN, which the test server sets to its own origin). */
export const pathOf = (url: string) => new URL(url).pathname;

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return entities[e.toLowerCase()] ?? all;
  });
}

/** The words on the page, as a person reads them. */
export function textOf(html: string): string {
  const body = html.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ');
  return decode(body.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim();
}

/** Every tag of a name with its attributes (valueless attributes read as ''). A quoted value may hold `>`. */
export function tags(html: string, name: string): Record<string, string>[] {
  return [...html.matchAll(new RegExp(`<${name}\\b((?:[^>"]|"[^"]*")*)>`, 'gi'))].map(([, attrs = '']) =>
    Object.fromEntries([...attrs.matchAll(/([^\s=/]+)(?:="([^"]*)")?/g)].map(([, k = '', v = '']) => [k.toLowerCase(), decode(v)])),
  );
}

/** The element's inner HTML for the first tag matching an attribute (no nesting of the same tag). */
export function element(html: string, name: string, attr: string): string | undefined {
  const m = new RegExp(`<${name}\\b(?:[^>"]|"[^"]*")*?${attr}(?:[^>"]|"[^"]*")*>([\\s\\S]*?)</${name}>`, 'i').exec(html);
  return m?.[1];
}

/** What a form field holds: an input's value, a checked radio's value, a selected option, a textarea's text. */
export function fieldValue(html: string, field: string): string | undefined {
  const inputs = tags(html, 'input').filter((t) => t.name === field);
  if (inputs.some((t) => t.type === 'radio' || t.type === 'checkbox')) {
    return inputs.find((t) => 'checked' in t)?.value;
  }
  if (inputs[0]) return inputs[0].value ?? '';
  const select = element(html, 'select', `name="${field}"`);
  if (select !== undefined) return tags(select, 'option').find((o) => 'selected' in o)?.value;
  const textarea = element(html, 'textarea', `name="${field}"`);
  return textarea === undefined ? undefined : decode(textarea);
}

/** The markup with every attribute value emptied: what is left is elements and text. */
export const withoutAttributeValues = (html: string) => html.replace(/="[^"]*"/g, '=""');

export const hrefs = (html: string) => tags(html, 'a').map((a) => a.href ?? '');

export const emailAddress = /[\w.+-]+@[\w-]+(\.[\w-]+)+/;
