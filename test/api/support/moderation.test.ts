import { describe, expect, it } from 'vitest';
import { latestAudit } from '../../../api/admin/audit.repository.ts';
import { InvalidInputError, NotAwaitingApprovalError } from '../../../api/errors.ts';
import {
  approveSupport,
  editSupportExtract,
  rejectSupport,
  setSupportNotable,
  supportAwaiting,
  supportAwaitingCount,
} from '../../../api/support/support.moderation.ts';
import { openLetter, testApp } from '../../helpers/app.ts';
import { aPdf } from '../../helpers/pdf.ts';
import { lastMailTo, type TestApp } from '../../helpers/signatures.ts';
import { aSupportLetter, awaitingSupport } from '../../helpers/support.ts';

const campaigner = 'gwen@ymgyrch.cymru';
type Item = Record<string, unknown>;
const published = async (app: TestApp) => ((await (await app.get(`/api/letters/${openLetter}/support`)).json()) as { items: Item[] }).items;

describe('the queue of letters of support', () => {
  it('shows a campaigner the whole letter and the email’s domain, never the address', async () => {
    const app = await testApp();
    await awaitingSupport(app);
    const [waiting] = await supportAwaiting(app);
    expect(waiting).toMatchObject({ author_name: 'Professor Jane Doe', email_domain: 'university.example', publish: 'full' });
    expect(waiting!.body).toContain('I write in support of this letter.');
    expect(JSON.stringify(waiting)).not.toContain('jane.doe@');
    expect(await supportAwaitingCount(app)).toBe(1);
  });

  it('does not hold letters whose authors have not confirmed their email', async () => {
    const app = await testApp();
    await app.post(`/api/letters/${openLetter}/support`, aSupportLetter());
    expect(await supportAwaiting(app)).toEqual([]);
  });
});

describe('publishing a letter of support', () => {
  it('in full: the extract, the letter and its PDF become public, audited, and the author hears so', async () => {
    const app = await testApp();
    const pdf = await aPdf();
    const row = await awaitingSupport(app, {}, pdf);
    await approveSupport(app, row.id, campaigner);

    const [item] = await published(app);
    expect(item).toEqual({
      id: row.id,
      author_name: 'Professor Jane Doe',
      role: 'Professor of Public Services',
      organisation: 'University of Somewhere',
      country: 'US',
      extract: 'Co-production works when it is funded.',
      body: row.body,
      pdf_url: `/api/letters/${openLetter}/support/${row.id}/letter.pdf`,
      notable: false,
      published_at: app.clock().toISOString(),
    });
    const download = await app.get(item!['pdf_url'] as string);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-disposition')).toBe(`attachment; filename="letter-of-support-${row.id}.pdf"`);
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(pdf);

    expect((await latestAudit(app.db, 1))[0]).toMatchObject({ actor: campaigner, action: 'support.published', subject_type: 'support_letter' });
    const mail = await lastMailTo(app, 'jane.doe@university.example');
    expect(mail.subject).toBe('Your letter of support has been accepted: Make co-production count in Wales');
    expect(mail.text).toContain('published in full');
  });

  it('as an extract only: the letter and the PDF stay private', async () => {
    const app = await testApp();
    const row = await awaitingSupport(app, { publish: 'extract' }, await aPdf());
    await approveSupport(app, row.id, campaigner);
    const [item] = await published(app);
    expect(item).not.toHaveProperty('body');
    expect(item).not.toHaveProperty('pdf_url');
    expect(JSON.stringify(item)).not.toContain('I write in support');
    expect((await app.get(`/api/letters/${openLetter}/support/${row.id}/letter.pdf`)).status).toBe(404);
    expect((await lastMailTo(app, 'jane.doe@university.example')).text).toContain('only its short extract is published');
  });

  it('for the recipient only: nothing is public at all', async () => {
    const app = await testApp();
    const row = await awaitingSupport(app, { publish: 'none' }, await aPdf());
    await approveSupport(app, row.id, campaigner);
    expect(await published(app)).toEqual([]);
    expect((await app.get(`/api/letters/${openLetter}/support/${row.id}/letter.pdf`)).status).toBe(404);
    expect((await lastMailTo(app, 'jane.doe@university.example')).text).toContain('nothing of it is published');
  });

  it('with the extract edited first: the new extract is published and the edit audited', async () => {
    const app = await testApp();
    const row = await awaitingSupport(app);
    await approveSupport(app, row.id, campaigner, { extract: '  Co-production works.  ' });
    expect((await published(app))[0]).toMatchObject({ extract: 'Co-production works.' });
    const actions = (await latestAudit(app.db, 2)).map((e) => e.action);
    expect(actions).toEqual(['support.published', 'support.extract_edited']);
  });

  it('refuses an edited extract that breaks the rules, and publishes nothing', async () => {
    const app = await testApp();
    const row = await awaitingSupport(app);
    await expect(approveSupport(app, row.id, campaigner, { extract: '' })).rejects.toThrow(InvalidInputError);
    expect(await published(app)).toEqual([]);
  });

  it('a second decision on the same letter changes nothing', async () => {
    const app = await testApp();
    const row = await awaitingSupport(app);
    await approveSupport(app, row.id, campaigner);
    await expect(approveSupport(app, row.id, 'dafydd@ymgyrch.cymru')).rejects.toThrow(NotAwaitingApprovalError);
    await expect(rejectSupport(app, row.id, 'dafydd@ymgyrch.cymru', 'late')).rejects.toThrow(NotAwaitingApprovalError);
    expect(await published(app)).toHaveLength(1);
  });
});

describe('rejecting a letter of support', () => {
  it('keeps it off every public page and tells the author why, in their language', async () => {
    const app = await testApp();
    const row = await awaitingSupport(app, { email: 'athro@prifysgol.cymru' });
    await app.db.updateTable('support_letters').set({ locale: 'cy' }).where('id', '=', row.id).execute();
    await rejectSupport(app, row.id, campaigner, 'Mae’r llythyr yn sôn am berson arall wrth ei enw.');
    expect(await published(app)).toEqual([]);
    const mail = await lastMailTo(app, 'athro@prifysgol.cymru');
    expect(mail.subject).toMatch(/^Nid oedd modd derbyn eich llythyr cefnogaeth/);
    expect(mail.text).toContain('Rheswm yr ymgyrchydd: Mae’r llythyr yn sôn am berson arall wrth ei enw.');
    expect((await latestAudit(app.db, 1))[0]).toMatchObject({ action: 'support.rejected' });
  });
});

describe('notable letters of support', () => {
  it('are listed first, and flagging is audited', async () => {
    const app = await testApp();
    const first = await awaitingSupport(app, { author_name: 'First Author', email: 'first@example.org' });
    const second = await awaitingSupport(app, { author_name: 'Second Author', email: 'second@example.org' });
    await approveSupport(app, first.id, campaigner);
    app.clock.advance(1000);
    await approveSupport(app, second.id, campaigner);
    expect((await published(app)).map((i) => i['author_name'])).toEqual(['First Author', 'Second Author']);

    await setSupportNotable(app, second.id, campaigner, true);
    expect((await published(app)).map((i) => [i['author_name'], i['notable']])).toEqual([
      ['Second Author', true],
      ['First Author', false],
    ]);
    expect((await latestAudit(app.db, 1))[0]).toMatchObject({ action: 'support.notable', subject_id: String(second.id) });
  });

  it('editing a published extract changes what the public reads', async () => {
    const app = await testApp();
    const row = await awaitingSupport(app);
    await approveSupport(app, row.id, campaigner);
    await editSupportExtract(app, row.id, campaigner, 'Funded co-production works.');
    expect((await published(app))[0]).toMatchObject({ extract: 'Funded co-production works.' });
  });
});

describe('GET /api/admin/support/:id/letter.pdf', () => {
  it('is for campaigners only', async () => {
    const app = await testApp();
    const row = await awaitingSupport(app, {}, await aPdf());
    expect((await app.get(`/api/admin/support/${row.id}/letter.pdf`)).status).toBe(401);
  });
});
