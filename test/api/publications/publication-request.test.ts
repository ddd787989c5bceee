import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../../../api/errors.ts';
import { describeErasure, eraseMe, selfActor } from '../../../api/rights/erase-me.service.ts';
import type { HeldData } from '../../../api/rights/held-data.ts';
import { requestMyData } from '../../../api/rights/rights-request.service.ts';
import {
  countOpenRequests,
  erasePublicationRequests,
  markRequestDone,
  openRequests,
  requestAccessibleFormat,
} from '../../../api/publications/publication-request.service.ts';
import { requestDaysKept } from '../../../api/retention/retention.policy.ts';
import { sweepNow } from '../../../api/retention/retention.schedule.ts';
import { testApp } from '../../helpers/app.ts';
import { type TestApp, lastMailTo } from '../../helpers/signatures.ts';

const sample = 'who-signed-the-first-letter';
const day = 86_400_000;
const aRequest = (overrides: Record<string, unknown> = {}) => ({ name: 'Siân Prys', email: 'Sian.Prys@example.cymru', format: 'braille', details: '', consent: 'on', ...overrides });

async function fieldsRefused(app: TestApp, body: Record<string, unknown>, lang: 'en' | 'cy' = 'en') {
  try {
    await requestAccessibleFormat(app.deps, sample, body, lang);
  } catch (error) {
    return (error as { fieldsIn(l: string): Record<string, string> }).fieldsIn(lang);
  }
  throw new Error('the request was kept');
}

describe('a reader asks for a publication in an accessible format', () => {
  it('is kept with what they asked for, the language to answer in and what they agreed to', async () => {
    const app = await testApp();
    await requestAccessibleFormat(app.deps, sample, aRequest({ format: 'other', details: 'Dyslexia-friendly font, please\r\non cream paper' }), 'cy');
    const [row] = await openRequests(app.db);
    expect(row).toMatchObject({ publication: sample, name: 'Siân Prys', email: 'Sian.Prys@example.cymru', format: 'other', details: 'Dyslexia-friendly font, please\non cream paper', locale: 'cy', done_at: null });
    expect(row?.consented_at).toBe(app.clock().toISOString());
    expect(await countOpenRequests(app.db)).toBe(1);
  });

  it('is refused with each field named, in the reader’s language, and nothing kept', async () => {
    const app = await testApp();
    expect(await fieldsRefused(app, { name: '', email: 'nope', format: 'scroll', consent: '' })).toEqual({
      name: 'Enter your name',
      email: 'Enter an email address in the correct format, like name@example.com',
      format: 'Choose the format you need',
      consent: 'Tick the box to agree to us holding your request',
    });
    expect(await fieldsRefused(app, aRequest({ format: 'other' }), 'cy')).toEqual({ details: 'Dywedwch wrthym pa fformat sydd ei angen arnoch' });
    expect(await fieldsRefused(app, aRequest({ details: 'x'.repeat(1001) }))).toEqual({ details: 'Details must be 1,000 characters or fewer' });
    expect(await app.db.selectFrom('publication_requests').select('id').execute()).toEqual([]);
  });
});

describe('a campaigner answers requests', () => {
  it('sees the open ones oldest first, marks one done (audited without who asked), and cannot mark it twice', async () => {
    const app = await testApp();
    await requestAccessibleFormat(app.deps, sample, aRequest(), 'en');
    app.clock.advance(60_000);
    await requestAccessibleFormat(app.deps, sample, aRequest({ name: 'Huw Bowen', email: 'huw@example.org', format: 'audio' }), 'en');
    const [first, second] = await openRequests(app.db);
    expect([first?.name, second?.name]).toEqual(['Siân Prys', 'Huw Bowen']);

    await markRequestDone(app.deps, first!.id, 'gwen@ymgyrch.cymru');
    expect((await openRequests(app.db)).map((r) => r.name)).toEqual(['Huw Bowen']);
    expect(await countOpenRequests(app.db)).toBe(1);
    const audit = await app.db.selectFrom('audit_log').selectAll().where('action', '=', 'publication_request.done').execute();
    expect(audit.map((a) => [a.actor, a.subject_id, JSON.parse(a.detail ?? '{}')])).toEqual([['gwen@ymgyrch.cymru', String(first!.id), { publication: sample, format: 'braille' }]]);
    await expect(markRequestDone(app.deps, first!.id, 'gwen@ymgyrch.cymru')).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("a person's requests and their data", () => {
  it('are in their copy of their data, found by any form of the address', async () => {
    const app = await testApp();
    await requestAccessibleFormat(app.deps, sample, aRequest(), 'en');
    await requestMyData(app.deps, { email: 'sian.prys+copy@example.cymru' }, 'en');
    const mail = await lastMailTo(app, 'sian.prys+copy@example.cymru');
    expect(mail.subject).toBe('What Llofnod holds about you');
    const copy: HeldData = JSON.parse(mail.attachments.find((a) => a.filename === 'my-data.json')!.content.toString('utf8'));
    expect(copy.publicationRequests).toMatchObject([{ publication: sample, name: 'Siân Prys', email: 'Sian.Prys@example.cymru', format: 'braille', language: 'en', doneAt: null }]);
  });

  it('are erased by a campaigner’s data request, audited without the address', async () => {
    const app = await testApp();
    await requestAccessibleFormat(app.deps, sample, aRequest(), 'en');
    await requestAccessibleFormat(app.deps, sample, aRequest({ email: 'huw@example.org', name: 'Huw Bowen' }), 'en');
    expect(await erasePublicationRequests(app.deps, 'sian.prys@example.cymru', 'gwen@ymgyrch.cymru', 'She asked us to forget her')).toBe(1);
    expect((await openRequests(app.db)).map((r) => r.name)).toEqual(['Huw Bowen']);
    const audit = await app.db.selectFrom('audit_log').selectAll().where('action', '=', 'data.erased').execute();
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toMatch(/sian|prys/i);
  });

  it('are erased by the person’s own erase link', async () => {
    const app = await testApp();
    await requestAccessibleFormat(app.deps, sample, aRequest(), 'en');
    await requestMyData(app.deps, { email: 'Sian.Prys@example.cymru' }, 'en');
    const erase = /https?:\/\/\S+\/my-data\/erase\/([A-Za-z0-9_-]+)/.exec((await lastMailTo(app, 'Sian.Prys@example.cymru')).text ?? '')?.[1];
    expect(erase).toBeTruthy();
    // The page behind the link says what it will erase, the requests included.
    expect(await describeErasure(app.deps, erase!)).toEqual({ signatures: [], supportLetters: 0, comments: 0, publicationRequests: 1, networkMembership: false });
    await eraseMe(app.deps, erase!, { withdraw: false });
    expect(await app.db.selectFrom('publication_requests').select('id').execute()).toEqual([]);
    expect((await app.db.selectFrom('audit_log').select('actor').where('action', '=', 'data.erased').execute()).map((a) => a.actor)).toEqual([selfActor]);
  });
});

describe('the retention sweep', () => {
  it(`deletes requests done more than ${requestDaysKept} days ago, and never an open one`, async () => {
    const app = await testApp();
    await requestAccessibleFormat(app.deps, sample, aRequest(), 'en');
    await requestAccessibleFormat(app.deps, sample, aRequest({ email: 'huw@example.org', name: 'Huw Bowen' }), 'en');
    await requestAccessibleFormat(app.deps, sample, aRequest({ email: 'nia@example.org', name: 'Nia Hughes' }), 'en');
    const [sian, huw] = await openRequests(app.db);
    await markRequestDone(app.deps, sian!.id, 'gwen@ymgyrch.cymru');
    app.clock.advance(requestDaysKept * day - 1);
    await markRequestDone(app.deps, huw!.id, 'gwen@ymgyrch.cymru');
    expect((await sweepNow(app.deps)).publication_requests).toBe(0);

    app.clock.advance(2);
    expect((await sweepNow(app.deps)).publication_requests).toBe(1);
    const left = await app.db.selectFrom('publication_requests').select(['name', 'done_at']).orderBy('id').execute();
    expect(left.map((r) => [r.name, r.done_at !== null])).toEqual([['Huw Bowen', true], ['Nia Hughes', false]]);

    app.clock.advance(10 * requestDaysKept * day);
    await sweepNow(app.deps);
    expect((await app.db.selectFrom('publication_requests').select('name').execute()).map((r) => r.name)).toEqual(['Nia Hughes']);
  });
});
