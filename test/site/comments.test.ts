import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { postWithCommentsSchema } from '../../api/comments/comment.schema.ts';
import { connectDb } from '../../api/db/connect.ts';
import type { Db } from '../../api/db/database.ts';
import { linkIn } from '../helpers/smtp.ts';
import { emailAddress, fieldValue, pathOf, siteUnderTest, tags, textOf } from './browser.ts';

const site = siteUnderTest({ ADMIN_EMAILS: 'gwen@ymgyrch.cymru' });
const post = 'why-we-are-writing-again';
const postPath = `/blog/${post}`;
const title = 'Why we are writing to the First Minister again';

let db: Db | undefined;
const database = async () => (db ??= await connectDb({ dataDir: site.dataDir, databaseUrl: site.databaseUrl }));
afterAll(async () => db?.destroy());

/** The form as a reader fills it in, sent a minute after the page showed it (the form's timing check). */
async function aReader(overrides: Record<string, string> = {}, path = postPath): Promise<Record<string, string>> {
  const page = await site.get(path);
  const shown = Number(fieldValue(page.html, 'shown_at'));
  return { name: 'Siân Jones', email: 'sian@example.cymru', body: 'Diolch am hyn.\n\nDaliwch ati!', lang: 'cy', consent: 'yes', homepage: '', shown_at: String(shown - 60_000), ...overrides };
}

const cookieOf = (res: { headers: Headers }) => (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

/** What a campaigner's approval leaves (the moderation workspace does this). */
async function approveAll() {
  const d = await database();
  const now = new Date().toISOString();
  const held = await d.selectFrom('comments').select(['id', 'commenter_id']).where('state', '=', 'held').execute();
  for (const c of held) {
    await d.updateTable('comments').set({ state: 'published', published_at: now, decided_at: now, decided_by: 'gwen@ymgyrch.cymru' }).where('id', '=', c.id).execute();
    await d.updateTable('commenters').set({ trusted_at: now }).where('id', '=', c.commenter_id).execute();
  }
}

describe('a reader comments on a post without JavaScript', () => {
  it('finds the form under the post, and no comments yet', async () => {
    const page = await site.get(postPath);
    expect(page.status).toBe(200);
    expect(textOf(page.html)).toContain(`No thoughts on “${title}” yet`);
    const form = tags(page.html, 'form').find((f) => f.id === 'comment-form');
    expect(form).toMatchObject({ method: 'post', action: `${postPath}#comment-form` });
    expect(tags(page.html, 'input').find((i) => i.name === 'lang' && i.checked !== undefined)?.value).toBe('en');
  });

  it('is told what to correct, with what they typed kept', async () => {
    const res = await site.post(postPath, await aReader({ email: 'not an address', consent: '' }));
    expect(res.status).toBe(422);
    expect(textOf(res.html)).toContain('Diolch am hyn.');
    expect(fieldValue(res.html, 'name')).toBe('Siân Jones');
    expect(res.html).toContain('href="#email"');
    expect(res.html).toContain('href="#consent"');
  });

  it('comments, confirms from the mail, sees their comment waiting; others do not; approved, it appears for all', async () => {
    const sent = await site.post(postPath, await aReader());
    expect(sent.status).toBe(303);
    expect(sent.location).toMatch(new RegExp(`^${postPath}\\?sent=unconfirmed#comment-\\d+$`));
    const cookie = cookieOf(sent);
    expect(cookie).toMatch(/^llofnod_comments=/);

    const mine = await site.get(sent.location!, { cookie });
    expect(textOf(mine.html)).toContain('Diolch am hyn.');
    expect(mine.html).toContain('data-comment-waiting');
    expect(mine.headers.get('cache-control')).toContain('no-store');
    expect(textOf((await site.get(postPath)).html)).not.toContain('Diolch am hyn.');

    const mail = await site.mailTo('sian@example.cymru');
    const confirmPath = pathOf(linkIn(mail, 'comments/confirm'));
    // The mail is in the reader's language: the page's (English) when the comment was sent.
    expect(mail.subject).toBe(`Confirm your comment: ${title}`);
    const confirmPage = await site.get(confirmPath);
    expect(confirmPage.status).toBe(200);
    expect(confirmPage.headers.get('cache-control')).toContain('no-store');
    expect(tags(confirmPage.html, 'button').length).toBeGreaterThan(0);
    const confirmed = await site.post(confirmPath);
    expect(confirmed.status).toBe(303);
    expect(confirmed.location).toMatch(new RegExp(`^${postPath}\\?sent=held#comment-\\d+$`));
    const waiting = await site.get(confirmed.location!, { cookie: cookieOf(confirmed) });
    expect(textOf(waiting.html)).toContain('Only you can see this: your comment is waiting for approval.');
    expect((await site.post(confirmPath)).status).toBe(409);

    await approveAll();
    const published = await site.get(postPath);
    expect(textOf(published.html)).toContain(`1 thought on “${title}”`);
    expect(published.html).toMatch(/<div class="comment-text" lang="cy">/);
    expect(published.html).toContain(`href="/blog/${post}/comments/`);
  });

  it('a trusted reader’s next comment appears at once, and another reader replies under it', async () => {
    const again = await site.post(postPath, await aReader({ body: 'A second thought, in English.', lang: 'en' }));
    expect(again.location).toMatch(/\?sent=published#comment-\d+$/);
    const id = again.location!.split('#comment-')[1];
    expect(textOf((await site.get(postPath)).html)).toContain('A second thought, in English.');

    const replyPage = await site.get(`${postPath}?reply=${id}`);
    expect(textOf(replyPage.html)).toContain('Reply to Siân Jones');
    expect(fieldValue(replyPage.html, 'parent')).toBe(id);
    const reply = await site.post(postPath, await aReader({ name: 'Dafydd', email: 'dafydd@example.cymru', body: 'Cytuno.', parent: id! }));
    expect(reply.status).toBe(303);
  });

  it('the author corrects their comment from the mailed edit link, told what to fix first', async () => {
    // Each comment's mail has its own edit link; mails may arrive in any order (several SMTP connections).
    let editPath = '';
    let page = await site.get('/');
    for (let tries = 0; fieldValue(page.html, 'body') !== 'A second thought, in English.' && tries < 100; tries++) {
      if (tries > 0) await new Promise((r) => setTimeout(r, 100));
      for (const mail of site.inbox.filter((m) => m.to_address === 'sian@example.cymru' && /comments\/edit\//.test(m.text ?? ''))) {
        editPath = pathOf(linkIn(mail, 'comments/edit'));
        page = await site.get(editPath);
        if (fieldValue(page.html, 'body') === 'A second thought, in English.') break;
      }
    }
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toContain('no-store');
    expect(fieldValue(page.html, 'body')).toBe('A second thought, in English.');
    const empty = await site.post(editPath, { action: 'save', body: ' ' });
    expect(empty.status).toBe(422);
    expect(textOf(empty.html)).toContain('Enter your comment');
    const saved = await site.post(editPath, { action: 'save', body: 'A second thought, in English.' });
    expect(saved.status).toBe(303);
    expect(saved.location).toMatch(new RegExp(`^${postPath}\\?sent=published#comment-\\d+$`));
  });

  it('the Welsh page counts in Welsh, and nothing public carries an email address', async () => {
    const cy = await site.get(`/cy${postPath}`);
    expect(textOf(cy.html)).toMatch(/2 sylw ar “/);
    for (const path of [postPath, `/cy${postPath}`, `/api/posts/${post}`]) {
      expect((await site.get(path)).html).not.toMatch(/sian@example|dafydd@example/);
    }
    expect(textOf(cy.html)).not.toMatch(emailAddress);
  });
});

describe('the comments outside the page', () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['item', 'url'].includes(name) });

  it('the post’s JSON carries the published comments, names and words only', async () => {
    const json = postWithCommentsSchema.parse(await site.json(`/api/posts/${post}`));
    expect(json.comments.map((c) => c.body)).toEqual(['Diolch am hyn.\n\nDaliwch ati!', 'A second thought, in English.']);
    expect(json.comments_open).toBe(true);
  });

  it('the post’s comments feed parses, newest first, in each language', async () => {
    for (const prefix of ['', '/cy']) {
      const res = await site.get(`${prefix}${postPath}/comments.xml`);
      expect(res.status).toBe(200);
      expect(XMLValidator.validate(res.html)).toBe(true);
      const items = parser.parse(res.html).rss.channel.item as { title: string; link: string; description: string }[];
      expect(items.map((i) => i.description)).toEqual(['A second thought, in English.', 'Diolch am hyn.\n\nDaliwch ati!']);
      expect(items[0]?.link).toMatch(new RegExp(`${prefix}${postPath}#comment-\\d+$`));
      expect(res.html).not.toMatch(emailAddress);
    }
  });

  it('the sitemap dates the post by its newest published comment; robots.txt keeps crawlers off the mailed links', async () => {
    const newest = (await (await database()).selectFrom('comments').select('published_at').where('state', '=', 'published').orderBy('published_at', 'desc').executeTakeFirstOrThrow()).published_at;
    const urls = parser.parse((await site.get('/sitemap.xml')).html).urlset.url as { loc: string; lastmod?: string }[];
    expect(urls.find((u) => pathOf(u.loc) === postPath)?.lastmod).toBe(newest);
    expect((await site.get('/robots.txt')).html).toContain('Disallow: /cy/comments/\n');
  });
});

describe('a campaigner answers a data request', () => {
  it('finds a person’s comments on the people page and erases them with a reason; the reply under one stays', async () => {
    const cookie = await site.signInAs('gwen@ymgyrch.cymru');
    const found = await site.post('/admin/people', { decision: 'find', email: 'Sian@Example.cymru' }, undefined, { cookie });
    expect(found.html).toContain('data-person-comments="2"');
    const d = await database();
    await d.updateTable('comments').set({ state: 'published', published_at: new Date().toISOString() }).where('body', '=', 'Cytuno.').execute();
    const id = String((await d.selectFrom('comments').select('id').where('author_name', '=', 'Siân Jones').orderBy('id').executeTakeFirstOrThrow()).id);
    const erased = await site.post('/admin/people', { decision: 'erase-comments', email: 'sian@example.cymru', id, reason: 'Asked to be forgotten' }, undefined, { cookie });
    expect(erased.status).toBe(200);
    expect(erased.html).toContain('data-comments-erased="2"');
    const page = textOf((await site.get(postPath)).html);
    expect(page).not.toContain('Diolch am hyn.');
    expect(page).toContain('Comment removed.');
    expect(page).not.toContain('A second thought');
    expect(page).toContain('Cytuno.');
  });
});
