import { describe, expect, it } from 'vitest';
import { latestAudit } from '../../../api/admin/audit.repository.ts';
import { InvalidInputError } from '../../../api/errors.ts';
import { letterTimeline, parseDelivery, parseReply, recordDelivery, recordReply } from '../../../api/delivery/delivery.service.ts';
import { mailPack } from '../../../api/delivery/pack.mail.ts';
import { closedLetter, openLetter, origin, testApp } from '../../helpers/app.ts';
import { aPdf } from '../../helpers/pdf.ts';
import { pdfPages } from '../../helpers/pdf-text.ts';
import { mailsTo, verifiedSignature } from '../../helpers/signatures.ts';

const campaigner = 'gwen@ymgyrch.cymru';
const day = 86_400_000;

describe('recording a delivery', () => {
  it('keeps the list as it stood: later signatures do not change what was delivered', async () => {
    const app = await testApp();
    await verifiedSignature(app, { email: 'one@example.cymru' });
    const delivery = await recordDelivery(app, openLetter, parseDelivery({ delivered_on: '2026-11-22', recipient: 'Office of the First Minister', method: 'in_person' }), campaigner);
    await verifiedSignature(app, { email: 'two@example.cymru' });
    const [row] = await app.db.selectFrom('deliveries').selectAll().execute();
    expect(row).toMatchObject({ id: delivery.id, total: 1, individuals: 1, organisations: 0, method: 'in_person', recorded_by: campaigner });
    expect((await latestAudit(app.db, 1))[0]).toMatchObject({ action: 'letter.delivered', subject_id: openLetter });
  });

  it('refuses a date that is not a real day, a missing recipient and an unknown method, naming each', async () => {
    try {
      parseDelivery({ delivered_on: '2026-02-30', recipient: ' ', method: 'pigeon' });
      expect.unreachable();
    } catch (e) {
      expect((e as InvalidInputError).fieldsIn('en')).toEqual({
        delivered_on: 'Enter a date as year-month-day, like 2026-12-01',
        recipient: 'Enter who received it',
        method: 'Choose how it was delivered',
      });
    }
  });
});

describe('the letter’s timeline', () => {
  it('goes from opened, to delivered and awaiting a reply for N days, to replied', async () => {
    const app = await testApp();
    expect(await letterTimeline(app, openLetter)).toEqual([{ kind: 'opened', on: '2026-10-01' }]);

    const delivery = await recordDelivery(app, openLetter, parseDelivery({ delivered_on: '2026-11-20', recipient: 'First Minister', method: 'email' }), campaigner);
    app.clock.advance(3 * day);
    expect(await letterTimeline(app, openLetter)).toEqual([
      { kind: 'opened', on: '2026-10-01' },
      { kind: 'delivered', id: expect.any(Number), on: '2026-11-20', method: 'email', recipient: 'First Minister', total: 0, snapshot: delivery.snapshot_id },
      { kind: 'awaiting', since: '2026-11-20', days: 5 },
    ]);

    await recordReply(app, openLetter, await parseReply({ received_on: '2026-11-26', sender: 'The First Minister', body: 'Diolch am eich llythyr.\n\nWe will respond in full.', lang: 'cy' }), campaigner);
    const events = await letterTimeline(app, openLetter);
    expect(events.map((e) => e.kind)).toEqual(['opened', 'delivered', 'replied']);
    expect(events.at(-1)).toMatchObject({ on: '2026-11-26', reply: { sender: 'The First Minister', lang: 'cy' } });
  });
});

describe('mailing the pack to the recipient', () => {
  it('sends the PDF as an attachment and records the delivery', async () => {
    const app = await testApp();
    await verifiedSignature(app, { email: 'one@example.cymru' });
    await mailPack({ ...app, mailer: app.senderDeps.mailer, publicOrigin: origin }, openLetter, 'en', { email: 'first.minister@gov.example' }, campaigner);
    const [mail] = mailsTo(app, 'first.minister@gov.example');
    expect(mail?.subject).toBe('Open letter: Make co-production count in Wales');
    const pdf = mail?.attachments.find((a) => a.contentType === 'application/pdf');
    expect(pdf?.filename).toBe(`${openLetter}-en.pdf`);
    // The recipient reads how the people on the list are looked after.
    expect(mail?.text).toContain(`${origin}/privacy`);
    expect((await pdfPages(new Uint8Array(pdf!.content))).join(' ')).toContain('1 confirmed signature');
    expect(await app.db.selectFrom('deliveries').select(['method', 'recipient', 'total']).execute()).toEqual([
      { method: 'email', recipient: 'first.minister@gov.example', total: 1 },
    ]);
  });

  it('refuses a malformed address and records nothing', async () => {
    const app = await testApp();
    await expect(mailPack({ ...app, mailer: app.senderDeps.mailer, publicOrigin: origin }, openLetter, 'en', { email: 'nope' }, campaigner)).rejects.toThrow(InvalidInputError);
    expect(await app.db.selectFrom('deliveries').selectAll().execute()).toEqual([]);
  });
});

describe('a reply with its PDF', () => {
  it('is published whole: anyone may download the PDF as it was received', async () => {
    const app = await testApp();
    const pdf = await aPdf('The First Minister replies');
    const reply = await recordReply(app, openLetter, await parseReply({ received_on: '2026-11-22', sender: 'The First Minister', body: 'Thank you.', lang: 'en', pdf: new File([Buffer.from(pdf)], 'reply.pdf') }), campaigner);
    const [event] = (await letterTimeline(app, openLetter)).filter((e) => e.kind === 'replied');
    expect(event).toMatchObject({ pdfUrl: `/api/letters/${openLetter}/replies/${reply.id}/reply.pdf` });
    const res = await app.get(`/api/letters/${openLetter}/replies/${reply.id}/reply.pdf`);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${openLetter}-reply-${reply.id}.pdf"`);
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(pdf);
    expect((await app.get(`/api/letters/${closedLetter}/replies/${reply.id}/reply.pdf`)).status).toBe(404);
  });

  it('refuses a file that is not a PDF, keeping nothing', async () => {
    const app = await testApp();
    await expect(parseReply({ received_on: '2026-11-22', sender: 'x', body: 'y', lang: 'en', pdf: new File(['<html>'], 'reply.pdf') })).rejects.toThrow(InvalidInputError);
    expect(await app.db.selectFrom('replies').selectAll().execute()).toEqual([]);
  });
});
