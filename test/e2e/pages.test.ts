import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDb } from '../../api/db/connect.ts';
import { aComment } from '../helpers/comment-rows.ts';
import { runYearlyQuestion } from '../../api/network/reconfirm.service.ts';
import { aMemberRow } from '../helpers/member-rows.ts';
import { replyTo, reportPost, startThread } from '../../api/network/board.service.ts';
import { newSecret } from '../../api/tokens/secret.ts';
import { tokenIn } from '../helpers/smtp.ts';
import { aSupportLetter } from '../helpers/support.ts';
import { approveWaitingComments } from './comments.ts';
import {
  aSigner,
  assetFailures,
  axeViolations,
  browserUnderTest,
  describeViolations,
  type Language,
  languages,
  lastingMotion,
  layoutProblems,
  openLetter,
  post,
} from './browser.ts';

/** One campaigner per workspace page and language: each signs in afresh, and sign-in links are capped per address. */
const campaigners = Array.from({ length: 23 }, (_, i) => `campaigner-${i}@ymgyrch.cymru`);
const site = browserUnderTest({ ADMIN_EMAILS: campaigners.join(',') });
const closedLetter = 'co-production-at-the-heart';
/** The seed post only members of the network comment on. */
const membersPost = 'sharing-practice-with-the-network';

/** A token from a real mail per language, so the confirm and withdraw pages show their button. */
const tokens: Record<string, { confirm: string; withdraw: string; support: string; comment: string; member?: string }> = {};
/** A published comment per language, so the post shows a thread with a reply link. */
const commentIds: Record<string, string> = {};
/** An unsubscribe token from a real update mail (GET on it changes nothing). */
let unsubscribeToken = '';
/** A snapshot of the list with its two signers, for the snapshot page. */
let snapshotId = '';
/** A published comment to report, and the workspace's queue with one held and one reported comment. */
let commentId = 0;
/** Network members' links from real mails per language (GET on them changes nothing), and members to sign in as, one per page. */
const memberLinks: Record<string, { signIn: string; stillActive: string }> = {};
const members = Array.from({ length: 8 }, (_, i) => `member-${i}@example.org`);
/** A thread of the members' board, with a reply in Welsh and a reported one, for the board's pages and the coordinators' queue. */
let boardThread = 0;
/** The digest's unsubscribe link of a member (its GET changes nothing). */
const digestUnsubscribe = newSecret();
const memberLink = (text: string | undefined, kind: string) => new URL(new RegExp(`https?://\\S+/network/${kind}/[A-Za-z0-9_-]+`).exec(text ?? '')![0]).pathname;

beforeAll(async () => {
  // Two confirmed signers, so the list and the counts have rows to read.
  for (const signer of [
    aSigner({ name: 'Elin Wyn Jones', email: 'elin@example.cymru', place: 'Aberaeron', comment: 'Dros Gymru.', updates: 'yes' }),
    aSigner({ name: 'Ceredigion Carers', email: 'carers@example.org', kind: 'organisation', organisation: 'Ceredigion Carers', organisation_type: 'third_sector', website: 'https://example.org', role: 'Chair' }),
  ]) {
    await site.postForm(`/letters/${openLetter}`, signer);
    await site.postForm(`/confirm/${tokenIn(await site.mailTo(signer.email ?? ''), 'confirm')}`, {});
  }
  // One a bot's form made (the hidden field filled): set aside, for the review page to list.
  await site.postForm(`/letters/${openLetter}`, aSigner({ name: 'Bot Filled', email: 'bot@example.net', homepage: 'https://spam.example' }));
  // One pending signer per language: GET on their links changes nothing, so every test can open them.
  for (const { lang, prefix } of languages) {
    const email = `pending-${lang}@example.cymru`;
    await site.postForm(`${prefix}/letters/${openLetter}`, aSigner({ name: `Pending ${lang}`, email }));
    const mail = await site.mailTo(email);
    const author = `author-${lang}@example.org`;
    await site.postJson(`/api/letters/${openLetter}/support`, aSupportLetter({ email: author }), lang);
    // A reader's comment waiting for its address to be confirmed (GET on the link changes nothing).
    const commenter = `commenter-${lang}@example.cymru`;
    await site.postForm(`${prefix}/blog/${post}`, { name: `Reader ${lang}`, email: commenter, body: 'Diolch.\n\nDaliwch ati.', lang, consent: 'yes' });
    const comment = tokenIn(await site.mailTo(commenter), 'comments/confirm');
    tokens[lang] = { confirm: tokenIn(mail, 'confirm'), withdraw: tokenIn(mail, 'withdraw'), support: tokenIn(await site.mailTo(author), 'support/confirm'), comment };
    // And one confirmed, so its author has an edit link and the post a comment to answer.
    const trusted = `trusted-${lang}@example.cymru`;
    const sent = await site.postForm(`${prefix}/blog/${post}`, { name: `Siân ${lang}`, email: trusted, body: 'Comment with https://example.org/a link.', lang, consent: 'yes' });
    commentIds[lang] = /#comment-(\d+)/.exec(sent.headers.get('location') ?? '')?.[1] ?? '';
    await site.postForm(`${prefix}/comments/confirm/${tokenIn(await site.mailTo(trusted), 'comments/confirm')}`, {});
  }
  // Letters of support waiting and published, so the workspace and the public page have entries to show.
  for (const [email, publish] of [['waiting@example.org', 'full'], ['published@example.org', 'full']] as const) {
    await site.postJson(`/api/letters/${openLetter}/support`, aSupportLetter({ email, author_name: `Author ${email.split('@')[0]}`, publish }));
    await site.postJson('/api/support/confirm', { token: tokenIn(await site.mailTo(email), 'support/confirm') });
  }
  await approveWaitingComments(site.database);
  // More comments, for the queue and the report pages: rows on the server's database.
  const db = await connectDb(site.database);
  const published = await aComment(db, { body: 'Co-production needs time.\n\nSee www.example.org for how we did it.' });
  commentId = published.id;
  await aComment(db, { state: 'held', heldFor: 'first,links', parent: published, name: 'Dai Jones' });
  await db.insertInto('comment_reports').values({ comment_id: published.id, reporter_key: 'a-reader', reason: 'off_topic\nNot about the letter.', created_at: new Date().toISOString() }).execute();
  await db.destroy();
  // A reader's request for an accessible format, for the workspace's list.
  await site.postForm('/publications/who-signed-the-first-letter', { name: 'Gwyneth Ellis', email: 'gwyneth@example.cymru', format: 'large_print', details: '', consent: 'yes' });
  // Members for the directory, its counts by area and the member's own pages.
  const memberDb = await connectDb(site.database);
  const showing = ['name', 'organisation', 'role', 'area', 'practice', 'profile', 'website'] as const;
  await aMemberRow(memberDb, { name: 'Ceri Lloyd', kind: 'organisation', organisation: 'Tai Gwynedd', organisation_type: 'third_sector', website: 'https://tai.example', authority: 'approved', notable: 1, area: 'W06000002', practiceCodes: ['housing'], profile: 'Co-produced housing.', role: 'Director', showing });
  await aMemberRow(memberDb, { name: 'Hidden Name', area: 'W06000015', role: 'Community organiser', showing: ['area', 'role'] });
  for (const email of members) await aMemberRow(memberDb, { email, name: 'Member', area: 'W06000015', practiceCodes: ['health'], showing: ['name'] });
  // A member's comment on the members-only post, so its thread shows the "Member" tag.
  const writer = await aMemberRow(memberDb, { email: 'writer@example.org', name: 'Nia Rhys' });
  const commenter = await memberDb.insertInto('commenters').values({ email: writer.email, email_key: writer.email_key, locale: 'cy', created_at: writer.created_at, confirmed_at: writer.created_at, trusted_at: writer.created_at }).returning('id').executeTakeFirstOrThrow();
  await memberDb
    .insertInto('comments')
    .values({ post: membersPost, parent_id: null, depth: 1, commenter_id: commenter.id, member_id: writer.id, author_name: writer.name, body: 'Rydym yn cynllunio pob adolygiad gyda’r tenantiaid.', lang: 'cy', state: 'published', held_for: null, client_address: null, created_at: '2026-11-22T09:00:00.000Z', published_at: '2026-11-22T09:00:00.000Z' })
    .execute();
  const boardDeps = { db: memberDb, clock: () => new Date() };
  const author = await aMemberRow(memberDb, { name: 'Elin Board' });
  const replier = await aMemberRow(memberDb, { name: 'Owain Bwrdd', locale: 'cy' });
  boardThread = await startThread(boardDeps, author, { title: 'Paying people for their time', body: 'How do you do it?\n\nWe pay for every meeting: see www.example.org.', lang: 'en' });
  await replyTo(boardDeps, replier, boardThread, { body: 'Rydym ni’n gwneud yr un peth.', lang: 'cy' });
  const reported = await replyTo(boardDeps, author, boardThread, { body: 'Buy my book!', lang: 'en' });
  await reportPost(boardDeps, replier, { kind: 'reply', id: reported }, { reason: 'Advertising' });
  await memberDb.updateTable('members').set({ digest: 1, unsubscribe_hash: digestUnsubscribe.hash }).where('id', '=', replier.id).execute();
  for (const { lang, prefix } of languages) {
    const email = `links-${lang}@example.org`;
    await aMemberRow(memberDb, { email, locale: lang, active_confirmed_at: '2025-11-01T10:00:00.000Z' });
    await site.postForm(`${prefix}/network/sign-in`, { email });
    const signIn = memberLink((await site.mailTo(email)).text, 'sign-in');
    await runYearlyQuestion({ db: memberDb, clock: () => new Date('2026-11-22T10:00:00Z') });
    let stillActive = '';
    for (let tries = 0; !stillActive; tries++) {
      const mail = await site.mailTo(email);
      if (/\/network\/still-active\//.test(mail.text ?? '')) stillActive = memberLink(mail.text, 'still-active');
      else if (tries > 100) throw new Error('no yearly question');
      else await new Promise((r) => setTimeout(r, 100));
    }
    memberLinks[lang] = { signIn, stillActive };
  }
  await memberDb.destroy();
  // An application to join the network per language (its link's GET changes nothing), and one confirmed, for the coordinators' page.
  for (const { lang } of languages) {
    const email = `applicant-${lang}@example.cymru`;
    await site.postJson('/api/network/members', { name: `Applicant ${lang}`, email, area: 'beyond', practices: ['research'], principles: true, consent: true }, lang);
    tokens[lang]!.member = tokenIn(await site.mailTo(email), 'network/confirm');
  }
  await site.postJson('/api/network/members', { name: 'Waiting Member', email: 'waiting-member@example.org', kind: 'organisation', organisation: 'Example Trust', organisation_type: 'third_sector', website: 'https://example.org', area: 'W06000015', profile: 'We co-design services.\n\nWith tenants.', principles: true, consent: true });
  await site.postJson('/api/network/members/confirm', { token: tokenIn(await site.mailTo('waiting-member@example.org'), 'network/confirm') });
  snapshotId = ((await (await site.postJson(`/api/letters/${openLetter}/snapshots`, {})).json()) as { id: string }).id;
  const page = await site.lastingPage();
  await site.signIn(page, campaigners.at(-1)!);
  await page.goto('/admin/support');
  await page.locator('section[data-support]', { hasText: 'Author published' }).locator('form[data-decision="publish"] button').click();
  await page.waitForURL((url) => url.search === '?done=published');
  // An update, sent: the workspace has one to show, the letter page its section, Elin a mail.
  await page.goto('/admin/updates');
  await page.selectOption('#letter', openLetter);
  await page.fill('#title_en', 'We delivered the letter');
  await page.fill('#body_en', 'We handed it over.\n\nThank you for signing.');
  await page.fill('#title_cy', "Rydym wedi cyflwyno'r llythyr");
  await page.fill('#body_cy', "Rhoesom ef.\n\nDiolch am lofnodi.");
  await page.locator('form button', { hasText: 'Save and preview' }).click();
  await page.waitForURL((url) => url.pathname === '/admin/updates/1');
  await page.locator('form button', { hasText: 'Send to signers' }).click();
  await page.waitForURL((url) => url.search === '?done=sent');
  for (let tries = 0; !unsubscribeToken; tries++) {
    const mail = await site.mailTo('elin@example.cymru');
    if (/\/unsubscribe\//.test(mail.text ?? '')) unsubscribeToken = tokenIn(mail, 'unsubscribe');
    else if (tries > 100) throw new Error('no update mail to Elin');
    else await new Promise((r) => setTimeout(r, 100));
  }
  await page.context().close();
});

let campaignerIndex = 0;
/** A workspace page, reached signed in as a campaigner of its own. */
const workspace = (name: string, path: string): PageType => ({
  name,
  open: async (page, { prefix }) => {
    await site.signIn(page, campaigners[campaignerIndex++ % (campaigners.length - 1)]!, prefix);
    const response = await page.goto(`${prefix}${path}`);
    expect(response?.status(), `${prefix}${path} answers`).toBe(200);
  },
});

let memberIndex = 0;
/** A member's own page, reached signed in from a sign-in mail of its own. */
const memberPage = (name: string, path: () => string, then?: (page: Page) => Promise<void>): PageType => ({
  name,
  open: async (page, { prefix }) => {
    const email = members[memberIndex++ % members.length]!;
    const before = site.mailCount(email);
    await page.goto(`${prefix}/network/sign-in`);
    await page.locator('main input[name="email"]').fill(email);
    await Promise.all([page.waitForURL((url) => url.pathname === `${prefix}/network/sign-in/sent`), page.locator('main form button[type="submit"]').click()]);
    await page.goto(memberLink((await site.nextMailTo(email, before)).text, 'sign-in'));
    await Promise.all([page.waitForURL((url) => url.pathname === `${prefix}/network/profile`), page.locator('main form button[type="submit"]').click()]);
    const response = await page.goto(`${prefix}${path()}`);
    expect(response?.status(), `${prefix}${path()} answers`).toBe(200);
    await then?.(page);
  },
});

type PageType = { name: string; open: (page: Page, language: Language) => Promise<void> };

/** A page reached by its address, which answers with `status`. */
const visit = (name: string, path: (prefix: string, lang: string) => string, status = 200): PageType => ({
  name,
  open: async (page, { prefix, lang }) => {
    const response = await page.goto(path(prefix, lang));
    expect(response?.status(), `${path(prefix, lang)} answers`).toBe(status);
  },
});

/** Every page type a signer, a reader or a journalist meets. */
const pageTypes: PageType[] = [
  visit('home', (p) => `${p}/`),
  visit('letters', (p) => `${p}/letters`),
  visit('letter (form empty)', (p) => `${p}/letters/${openLetter}`),
  {
    name: 'letter (form with errors)',
    open: async (page, { prefix }) => {
      await page.goto(`${prefix}/letters/${openLetter}`);
      await page.locator('form[data-sign-form] input[name="name"]').fill('Someone');
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.request().method() === 'POST'),
        page.locator('form[data-sign-form] button[type="submit"]').click(),
      ]);
      expect(response.status()).toBe(422);
      await page.locator('[data-error-summary]').waitFor();
    },
  },
  visit('closed letter', (p) => `${p}/letters/${closedLetter}`),
  visit('check your email', (p) => `${p}/letters/${openLetter}/check-email`),
  visit('confirm', (p, lang) => `${p}/confirm/${tokens[lang]?.confirm}`),
  visit('thank you', (p) => `${p}/letters/${openLetter}/thank-you`),
  visit('withdraw', (p, lang) => `${p}/withdraw/${tokens[lang]?.withdraw}`),
  visit('withdrawn', (p) => `${p}/letters/${openLetter}/withdrawn`),
  visit('invalid link', (p) => `${p}/confirm/${'A'.repeat(43)}`, 404),
  visit('signatory list', (p) => `${p}/letters/${openLetter}/signatories`),
  visit('widget for other sites to frame', (p) => `${p}/letters/${openLetter}/embed`),
  visit('signatory list, organisations first', (p) => `${p}/letters/${openLetter}/signatories?order=organisations`),
  visit('snapshot of the list', (p) => `${p}/snapshots/${snapshotId}`),
  visit('media page', (p) => `${p}/letters/${openLetter}/media`),
  visit('blog index', (p) => `${p}/blog`),
  visit('blog post', (p) => `${p}/blog/${post}`),
  visit('blog category', (p) => `${p}/blog/category/politics-and-policy`),
  visit('blog tag', (p) => `${p}/blog/tag/open-letters`),
  visit('blog post: replying to a comment', (p, lang) => `${p}/blog/${post}?reply=${commentIds[lang]}#comment-form`),
  {
    name: 'blog post: comment form with errors',
    open: async (page, { prefix }) => {
      await page.goto(`${prefix}/blog/${post}`);
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.request().method() === 'POST'),
        page.locator('#comment-form button[type="submit"]').click(),
      ]);
      expect(response.status()).toBe(422);
      await page.locator('[data-error-summary]').waitFor();
    },
  },
  visit('confirm a comment', (p, lang) => `${p}/comments/confirm/${tokens[lang]?.comment}`),
  {
    // A fresh edit link each time: it works for 15 minutes.
    name: 'edit a comment',
    open: async (page, { prefix, lang }) => {
      const trusted = `trusted-${lang}@example.cymru`;
      const before = site.mailCount(trusted);
      await site.postForm(`${prefix}/blog/${post}`, { name: `Siân ${lang}`, email: trusted, body: 'Another thought.', lang, consent: 'yes' });
      const response = await page.goto(`${prefix}/comments/edit/${tokenIn(await site.nextMailTo(trusted, before), 'comments/edit')}`);
      expect(response?.status()).toBe(200);
    },
  },
  visit('API for developers', (p) => `${p}/developers`),
  visit('not found', (p) => `${p}/no-such-page`, 404),
  visit('campaigner sign-in', (p) => `${p}/admin/sign-in`),
  visit('sign-in link sent', (p) => `${p}/admin/sign-in/sent`),
  visit('letters of support', (p) => `${p}/letters/${openLetter}/support`),
  visit('letter of support form', (p) => `${p}/letters/${openLetter}/support/new`),
  {
    name: 'letter of support form with errors',
    open: async (page, { prefix }) => {
      await page.goto(`${prefix}/letters/${openLetter}/support/new`);
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.request().method() === 'POST'),
        page.locator('main form[method="post"] button[type="submit"]').click(),
      ]);
      expect(response.status()).toBe(422);
      await page.locator('[data-error-summary]').waitFor();
    },
  },
  visit('letter of support sent', (p) => `${p}/letters/${openLetter}/support/sent`),
  visit('confirm a letter of support', (p, lang) => `${p}/support/confirm/${tokens[lang]?.support}`),
  visit('letter of support confirmed', (p) => `${p}/letters/${openLetter}/support/confirmed`),
  visit('stop updates', (p) => `${p}/unsubscribe/${unsubscribeToken}`),
  visit('privacy notice', (p) => `${p}/privacy`),
  visit('report a comment', (p) => `${p}/blog/${post}/comments/${commentId}/report`),
  {
    name: 'report a comment with errors',
    open: async (page, { prefix }) => {
      await page.goto(`${prefix}/blog/${post}/comments/${commentId}/report`);
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.request().method() === 'POST'),
        page.locator('main form[method="post"] button[type="submit"]').click(),
      ]);
      expect(response.status()).toBe(422);
      await page.locator('[data-error-summary]').waitFor();
    },
  },
  visit('publications', (p) => `${p}/publications`),
  visit('publications, filtered to nothing', (p) => `${p}/publications?year=2019&kind=briefing`),
  visit('a publication', (p) => `${p}/publications/who-signed-the-first-letter`),
  visit('a publication: accessible format asked for', (p) => `${p}/publications/who-signed-the-first-letter?requested=1`),
  {
    name: 'a publication: accessible-format form with errors',
    open: async (page, { prefix }) => {
      await page.goto(`${prefix}/publications/who-signed-the-first-letter`);
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.request().method() === 'POST'),
        page.locator('form[data-request-form] button[type="submit"]').click(),
      ]);
      expect(response.status()).toBe(422);
      await page.locator('[data-error-summary]').waitFor();
    },
  },
  visit('comment reported', (p) => `${p}/blog/${post}/comments/${commentId}/reported`),
  visit('network directory', (p) => `${p}/network/directory`),
  visit('network directory, searched with nothing found', (p) => `${p}/network/directory?q=nobody`),
  visit('network members by area', (p) => `${p}/network/directory/areas`),
  visit('member sign-in', (p) => `${p}/network/sign-in`),
  visit('member sign-in link sent', (p) => `${p}/network/sign-in/sent`),
  visit('member sign-in link', (_, lang) => memberLinks[lang]!.signIn),
  visit('member still active link', (_, lang) => memberLinks[lang]!.stillActive),
  visit('member left', (p) => `${p}/network/left`),
  visit('member still active, answered', (p) => `${p}/network/still-active`),
  visit('member sign-out', (p) => `${p}/network/sign-out`),
  memberPage('member profile', () => '/network/profile'),
  memberPage('member leaving', () => '/network/leave'),
  visit('members’ board, signed out', (p) => `${p}/network/board`),
  visit('stop the board’s digest', (p) => `${p}/network/unsubscribe/${digestUnsubscribe.raw}`),
  memberPage('members’ board', () => '/network/board'),
  memberPage('members’ board: a thread', () => `/network/board/${boardThread}`),
  memberPage('members’ board: a thread with errors', () => `/network/board/${boardThread}`, async (page) => {
    const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.locator('#reply-form button[type="submit"]').click()]);
    expect(response.status()).toBe(422);
    await page.locator('[data-error-summary]').waitFor();
  }),
  visit('members-only post, signed out', (p) => `${p}/blog/${membersPost}`),
  memberPage('members-only post, signed in as a member', () => `/blog/${membersPost}`),
  visit('the network', (p) => `${p}/network`),
  visit('join the network', (p) => `${p}/network/join`),
  {
    name: 'join the network with errors',
    open: async (page, { prefix }) => {
      await page.goto(`${prefix}/network/join`);
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.request().method() === 'POST'),
        page.locator('#join-form button[type="submit"]').click(),
      ]);
      expect(response.status()).toBe(422);
      await page.locator('[data-error-summary]').waitFor();
    },
  },
  visit('application sent', (p) => `${p}/network/join/sent`),
  visit('confirm an application', (p, lang) => `${p}/network/confirm/${tokens[lang]?.member}`),
  visit('application confirmed', (p) => `${p}/network/confirmed`),
  visit('not for network coordinators', (p) => `${p}/not-for-coordinators`, 403),
  workspace('workspace home', '/admin'),
  workspace('moderation queue', '/admin/queue'),
  workspace('organisations', '/admin/organisations'),
  workspace('workspace letters of support', '/admin/support'),
  workspace('people and data', '/admin/people'),
  workspace('import', '/admin/import'),
  workspace('audit log', '/admin/audit'),
  workspace('how long personal data is kept', '/admin/retention'),
  workspace('workspace letter page', `/admin/letters/${openLetter}`),
  workspace('delivery and reply', `/admin/letters/${openLetter}/delivery`),
  workspace('delivery pack to print', `/admin/letters/${openLetter}/pack`),
  workspace('updates to signers', '/admin/updates'),
  workspace('an update: preview and send', '/admin/updates/1'),
  workspace('trending report', '/admin/trending'),
  workspace('comments to moderate', '/admin/comments'),
  workspace('requests for accessible formats', '/admin/publication-requests'),
  workspace('applications to join the network', '/admin/network'),
  workspace('reported posts of the members’ board', '/admin/network/board'),
  workspace('review signatures', `/admin/letters/${openLetter}/review`),
  {
    name: 'review signatures: a preview',
    open: async (page, language) => {
      await workspace('', `/admin/letters/${openLetter}/review`).open(page, language);
      await page.fill('#domain', 'example.cymru');
      await Promise.all([page.waitForURL(() => true), page.locator('form[data-decision="preview"] button').click()]);
      await page.locator('section[data-preview]').waitFor();
    },
  },
];

const cases = languages.flatMap((language) => pageTypes.map((type) => ({ ...type, language, label: `${language.lang}: ${type.name}` })));

/**
 * Each page is opened once and looked at several ways: by axe at a desktop and a phone width,
 * at 320 px, at 200% zoom, and with reduced motion.
 *
 * 200% zoom on a 1280 × 720 window is emulated as Chromium zooms a page: the layout gets half
 * as many CSS pixels (640 × 360) drawn at twice the density, and media queries see 640 px.
 * (A device scale factor alone would only sharpen the pixels and leave the layout at 1280 px;
 * CSS `zoom` on the root would scale lengths but keep the media queries at 1280 px.) So the
 * context has deviceScaleFactor 2 throughout, and that test sets the viewport to 640 × 360.
 */
describe.each(cases)('$label', ({ open, language }) => {
  let page: Page;
  beforeAll(async () => {
    page = await site.lastingPage({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 2 });
    await open(page, language);
    expect(await page.locator('html').getAttribute('lang')).toBe(language.lang);
    expect(assetFailures(page), 'stylesheets, scripts and images that did not load').toEqual([]);
  });
  afterAll(() => page?.context().close());

  it.each([
    { width: 1280, height: 720 },
    { width: 320, height: 640 },
  ])('axe-core finds no violation of WCAG 2.0, 2.1 or 2.2 A or AA at $width px', async (viewport) => {
    await page.setViewportSize(viewport);
    expect(describeViolations(await axeViolations(page))).toEqual([]);
  });

  it('reflows at 320 px: nothing scrolls sideways or is cut', async () => {
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await layoutProblems(page)).toEqual([]);
  });

  it('loses nothing at 200% zoom of a 1280 px window', async () => {
    await page.setViewportSize({ width: 640, height: 360 });
    expect(await page.evaluate(() => [window.innerWidth, window.devicePixelRatio])).toEqual([640, 2]);
    expect(await layoutProblems(page)).toEqual([]);
  });

  it('has no animation or transition longer than 0.01 s left with prefers-reduced-motion: reduce', async () => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true);
    expect(await lastingMotion(page)).toEqual([]);
    await page.emulateMedia({ reducedMotion: null });
  });
});
