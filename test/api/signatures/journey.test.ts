import { describe, expect, it } from 'vitest';
import { aSigner, openLetter, origin, testApp } from '../../helpers/app.ts';
import { linkIn } from '../../helpers/smtp.ts';

describe('a supporter signs, confirms by email and appears everywhere', () => {
  it('counts and lists them only after the confirmation POST', async () => {
    const app = await testApp();

    const signed = await app.post(`/api/letters/${openLetter}/signatures`, aSigner());
    expect(signed.status).toBe(202);
    expect(await signed.json()).toEqual({ status: 'pending' });

    await app.sendMail();
    const [mail] = await app.smtp.waitFor(1);
    expect(mail?.to_address).toBe('sian@example.cymru');
    expect(mail?.text).toContain('Make co-production count in Wales');
    const confirmUrl = linkIn(mail!, 'confirm');
    expect(confirmUrl.startsWith(`${origin}/confirm/`)).toBe(true);

    const before = await (await app.get(`/api/letters/${openLetter}`)).json();
    expect(before.counts.total).toBe(0);

    const token = confirmUrl.split('/').pop();
    const confirmed = await app.post('/api/signatures/confirm', { token });
    expect(confirmed.status).toBe(200);

    const after = await (await app.get(`/api/letters/${openLetter}`)).json();
    expect(after.counts).toEqual({ total: 1, individuals: 1, organisations: 0, by_country: { 'GB-WLS': 1 } });

    const list = await (await app.get(`/api/letters/${openLetter}/signatories`)).json();
    expect(list.items).toEqual([
      expect.objectContaining({ name: 'Siân Ŵyn Roberts', kind: 'individual', place: 'Aberystwyth', country: 'GB-WLS' }),
    ]);
    expect(JSON.stringify(list)).not.toContain('@');

    const csv = await (await app.get(`/api/letters/${openLetter}/signatories.csv`)).text();
    expect(csv).toContain('Siân Ŵyn Roberts');
  });
});
