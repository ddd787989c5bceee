import { describe, expect, it } from 'vitest';
import { checkTrends } from '../../../api/abuse/trend-alert.service.ts';
import { trendingReport } from '../../../api/abuse/trending.service.ts';
import { adminEmails, openLetter, racingServer, testApp } from '../../helpers/app.ts';
import { confirmedFrom, noLimits, signFrom } from '../../helpers/abuse.ts';
import { mailsTo } from '../../helpers/signatures.ts';

const thresholds = { notice: 2, alert: 3 };
const hour = 3_600_000;

/** Three confirmations from one address, two from one IPv6 /64, one from elsewhere; and one never confirmed. */
async function busyHour() {
  const app = await testApp({ abuse: noLimits });
  for (const i of [1, 2, 3]) await confirmedFrom(app, '203.0.113.5', { email: `bot${i}@spam.example` });
  await confirmedFrom(app, '2001:db8:1:2::10', { email: 'a@phone.example', country: 'US', area: undefined });
  await confirmedFrom(app, '2001:db8:1:2::99', { email: 'b@phone.example', country: 'US', area: undefined });
  await confirmedFrom(app, '198.51.100.1', { email: 'nia@example.cymru' });
  await signFrom(app, '203.0.113.5', { email: 'never-confirmed@spam.example' });
  return app;
}

describe('the trending report', () => {
  it('shows where the last hour’s confirmations came from, the busiest first, marked at the notice and alert thresholds', async () => {
    const app = await busyHour();
    const report = await trendingReport(app, thresholds);

    expect(report.totals).toEqual([{ letter: openLetter, n: 6 }]);
    expect(report.bySource.address[0]).toEqual({ letter: openLetter, value: '203.0.113.5', n: 3, level: 'alert' });
    expect(report.bySource.network).toEqual([{ letter: openLetter, value: '2001:db8:1:2::/64', n: 2, level: 'notice' }]);
    expect(report.bySource.domain.slice(0, 2)).toEqual([
      { letter: openLetter, value: 'spam.example', n: 3, level: 'alert' },
      { letter: openLetter, value: 'phone.example', n: 2, level: 'notice' },
    ]);
    expect(report.bySource.country).toEqual([
      { letter: openLetter, value: 'GB-WLS', n: 4, level: 'alert' },
      { letter: openLetter, value: 'US', n: 2, level: 'notice' },
    ]);
  });

  it('shows an earlier hour by how many hours ago it ended', async () => {
    const app = await busyHour();
    app.clock.advance(90 * 60_000);
    expect((await trendingReport(app, thresholds)).totals).toEqual([]);
    expect((await trendingReport(app, thresholds, 1)).totals).toEqual([{ letter: openLetter, n: 6 }]);
  });
});

describe('the trending alert', () => {
  it('mails every campaigner once an hour at most, with counts and never an address', async () => {
    const app = await busyHour();
    expect((await checkTrends(app, thresholds, adminEmails)).mailed).toBe(true);
    expect((await checkTrends(app, thresholds, adminEmails)).mailed).toBe(false);
    await app.sendAllMail();

    const mail = mailsTo(app, adminEmails[1]!);
    expect(mail).toHaveLength(1);
    expect(mail[0]!.subject).toBe('Alert: signatures arriving from one source');
    expect(mail[0]!.text).toContain('“Make co-production count in Wales”: 3 from one internet address.');
    expect(mail[0]!.text).toContain('/admin/trending');
    expect(mail[0]!.text).not.toContain('203.0.113.5');
    expect(mail[0]!.text).not.toContain('spam.example');
    expect(mailsTo(app, 'gwen@ymgyrch.cymru')).toHaveLength(1);

    app.clock.advance(hour + 60_000);
    for (const i of [4, 5, 6]) await confirmedFrom(app, '203.0.113.6', { email: `bot${i}@spam.example` });
    expect((await checkTrends(app, thresholds, adminEmails)).mailed).toBe(true);
  });

  it('stays quiet while nothing reaches the alert threshold', async () => {
    const app = await busyHour();
    expect(await checkTrends(app, { notice: 5, alert: 10 }, adminEmails)).toEqual({ findings: [], mailed: false });
    expect(await app.rowCount('outbox')).toBe(7);
  });

  it('is mailed once when two servers find the flood at the same moment', async () => {
    const app = await busyHour();
    const other = racingServer(app);
    const both = await Promise.all([checkTrends(app, thresholds, adminEmails), checkTrends(other.deps, thresholds, adminEmails)]);
    expect(both.filter((c) => c.mailed)).toHaveLength(1);
    expect(await app.db.selectFrom('abuse_alerts').select('email').execute()).toHaveLength(adminEmails.length);
  });
});
