import { describe, expect, it } from 'vitest';
import { releaseSetAside } from '../../../api/abuse/review.service.ts';
import { NotFoundError } from '../../../api/errors.ts';
import { aSigner, openLetter, testApp } from '../../helpers/app.ts';
import { countersNow } from '../../helpers/counts.ts';
import { lastMailTo } from '../../helpers/signatures.ts';
import { tokenIn } from '../../helpers/smtp.ts';

const signFrom = (app: Awaited<ReturnType<typeof testApp>>, email: string) =>
  app.api.request(
    `/api/letters/${openLetter}/signatures`,
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(aSigner({ email })) },
    { incoming: { socket: { remoteAddress: '198.51.100.7' } } },
  );

describe('a campaigner reviewing a signature that was set aside', () => {
  it('releases it as genuine: its signer is mailed the confirmation at last, and it counts once confirmed', async () => {
    const app = await testApp();
    await signFrom(app, 'flatmate@example.org');
    await signFrom(app, 'other-flatmate@example.org');
    const setAside = await app.db.selectFrom('signatures').select(['id', 'state']).where('email', '=', 'other-flatmate@example.org').executeTakeFirstOrThrow();
    expect(setAside.state).toBe('fraudulent');

    await releaseSetAside(app, setAside.id, 'gwen@ymgyrch.cymru', 'Two flatmates on one connection');
    const mail = await lastMailTo(app, 'other-flatmate@example.org');
    expect((await app.post('/api/signatures/confirm', { token: tokenIn(mail, 'confirm') })).status).toBe(200);
    expect((await countersNow(app)).total).toBe(1);

    const audit = await app.db.selectFrom('audit_log').select(['action', 'detail']).where('action', '=', 'signature.released').executeTakeFirstOrThrow();
    expect(JSON.parse(audit.detail!)).toEqual({ letter: openLetter, flag: 'rate_limit', reason: 'Two flatmates on one connection' });
  });

  it('changes nothing when it was released already, by another campaigner or another server', async () => {
    const app = await testApp();
    await signFrom(app, 'first@example.org');
    await signFrom(app, 'second@example.org');
    const { id } = await app.db.selectFrom('signatures').select('id').where('email', '=', 'second@example.org').executeTakeFirstOrThrow();
    await releaseSetAside(app, id, 'gwen@ymgyrch.cymru', 'Genuine');
    await expect(releaseSetAside(app, id, 'dafydd@ymgyrch.cymru', 'Genuine too')).rejects.toBeInstanceOf(NotFoundError);
    expect(await app.rowCount('outbox')).toBe(2);
  });
});
