import { defaultCommentPolicy } from '../../api/comments/comment.policy.ts';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../api/config.ts';

/** The error loadConfig throws for an environment (fails the test if it throws none). */
function problem(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return e as ConfigError;
  }
  throw new Error(`no ConfigError for ${JSON.stringify(env)}`);
}

describe('loadConfig', () => {
  it('has working defaults for a newcomer', () => {
    expect(loadConfig({})).toEqual({
      host: '127.0.0.1',
      port: 4321,
      dataDir: path.resolve('data'),
      databaseUrl: undefined,
      smtpUrl: undefined,
      smtpPool: 5,
      smtpRate: undefined,
      serverId: `${os.hostname()}:4321`,
      mailFrom: 'Llofnod <no-reply@localhost>',
      publicOrigin: 'http://127.0.0.1:4321',
      adminEmails: [],
      networkCoordinators: [],
      // Signing limits as the UK Parliament's petitions have them; no proxy trusted.
      abuse: { burst: { count: 1, seconds: 60 }, sustained: { count: 5, seconds: 300 }, allow: [], trustProxy: 0, formMinMs: 3000 },
      // The trending report marks 100 confirmations an hour from one source, and mails an alert at 200.
      trending: { notice: 100, alert: 200 },
      // No stand-in for who is responsible for personal data: the privacy notice says none is named.
      privacy: { controller: undefined, contact: undefined },
      // Three readers' reports hide a comment until a campaigner decides; one address may send ten an hour.
      moderation: { reportsToHide: 3, reportsPerHour: 10 },
      // Three members' reports hide a board post until a coordinator decides.
      board: { reportsToHide: 3 },
      // Posts take comments for 60 days; the built-in hold list, nothing added; five an hour.
      comments: { openDays: 60, holdWords: defaultCommentPolicy.holdWords, perHour: 5 },
      rootDir: process.cwd(),
      logLevel: 'info',
    });
  });

  it('reads the signing limits, the ranges they spare and the proxies to trust', () => {
    const { abuse } = loadConfig({ SIGN_LIMIT_BURST: '2/30', SIGN_LIMIT_SUSTAINED: '10/600', SIGN_LIMIT_ALLOW: '192.0.2.0/24, 2001:db8::/48', TRUST_PROXY: '1', FORM_MIN_SECONDS: '2' });
    expect(abuse).toMatchObject({ burst: { count: 2, seconds: 30 }, sustained: { count: 10, seconds: 600 }, trustProxy: 1, formMinMs: 2000 });
    expect(abuse.allow.map((r) => r.text)).toEqual(['192.0.2.0/24', '2001:db8::/48']);
  });

  it('reads the trending thresholds, keeping the notice at or below the alert', () => {
    expect(loadConfig({ TREND_NOTICE_PER_HOUR: '20', TREND_ALERT_PER_HOUR: '50' }).trending).toEqual({ notice: 20, alert: 50 });
    expect(loadConfig({ TREND_ALERT_PER_HOUR: '50' }).trending).toEqual({ notice: 50, alert: 50 });
    expect(loadConfig({ TREND_NOTICE_PER_HOUR: '500' }).trending).toEqual({ notice: 500, alert: 500 });
    expect(() => loadConfig({ TREND_NOTICE_PER_HOUR: '60', TREND_ALERT_PER_HOUR: '50' })).toThrow(/TREND_NOTICE_PER_HOUR: must not be more than TREND_ALERT_PER_HOUR/);
    expect(() => loadConfig({ TREND_ALERT_PER_HOUR: 'lots' })).toThrow(/TREND_ALERT_PER_HOUR/);
  });

  it('names SIGN_LIMIT_ALLOW and the entry it cannot read', () => {
    expect(() => loadConfig({ SIGN_LIMIT_ALLOW: '192.0.2.0/24,campus' })).toThrow(/SIGN_LIMIT_ALLOW: "campus" is not an address or a range/);
    expect(() => loadConfig({ SIGN_LIMIT_BURST: 'often' })).toThrow(/SIGN_LIMIT_BURST: must be a count and seconds/);
  });

  it('reads every variable', () => {
    const config = loadConfig({
      HOST: '0.0.0.0',
      PORT: '8080',
      DATA_DIR: '/var/lib/llofnod',
      SMTP_URL: 'smtp://user:pass@mail.example.org:587',
      SMTP_POOL: '10',
      SMTP_RATE: '14',
      SERVER_ID: 'web-2',
      MAIL_FROM: 'Ymgyrch <post@example.org>',
      PUBLIC_ORIGIN: 'https://llythyr.example.cymru',
      ADMIN_EMAILS: 'ann@example.org, bryn@example.org,',
      LOG_LEVEL: 'warn',
    });
    expect(config).toMatchObject({
      host: '0.0.0.0',
      port: 8080,
      dataDir: '/var/lib/llofnod',
      smtpUrl: 'smtp://user:pass@mail.example.org:587',
      smtpPool: 10,
      smtpRate: 14,
      serverId: 'web-2',
      mailFrom: 'Ymgyrch <post@example.org>',
      publicOrigin: 'https://llythyr.example.cymru',
      adminEmails: ['ann@example.org', 'bryn@example.org'],
      logLevel: 'warn',
    });
  });

  it('reads how many readers’ reports hide a comment', () => {
    expect(loadConfig({ COMMENT_REPORTS_TO_HIDE: '5' }).moderation.reportsToHide).toBe(5);
    expect(() => loadConfig({ COMMENT_REPORTS_TO_HIDE: '0' })).toThrow(/COMMENT_REPORTS_TO_HIDE/);
  });

  it('reads how many members’ reports hide a board post', () => {
    expect(loadConfig({ BOARD_REPORTS_TO_HIDE: '2' }).board.reportsToHide).toBe(2);
    expect(() => loadConfig({ BOARD_REPORTS_TO_HIDE: '0' })).toThrow(/BOARD_REPORTS_TO_HIDE/);
  });

  it('reads PostgreSQL through a pooler, with a direct connection for migrations', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://app@pgbouncer:6432/llofnod', DATABASE_MIGRATION_URL: 'postgres://app@db:5432/llofnod' });
    expect(config).toMatchObject({ databaseUrl: 'postgres://app@pgbouncer:6432/llofnod', databaseMigrationUrl: 'postgres://app@db:5432/llofnod' });
  });

  it('reads who the privacy notice names, and a contact that is an address or a web page', () => {
    expect(loadConfig({ PRIVACY_CONTROLLER: ' Ymgyrch Cyd-gynhyrchu Cymru ', PRIVACY_CONTACT: 'data@ymgyrch.cymru' }).privacy).toEqual({
      controller: 'Ymgyrch Cyd-gynhyrchu Cymru',
      contact: { email: 'data@ymgyrch.cymru' },
    });
    expect(loadConfig({ PRIVACY_CONTACT: 'https://ymgyrch.cymru/data' }).privacy.contact).toEqual({ url: 'https://ymgyrch.cymru/data' });
  });

  it('builds the default PUBLIC_ORIGIN from HOST and PORT', () => {
    expect(loadConfig({ HOST: 'localhost', PORT: '3000' }).publicOrigin).toBe('http://localhost:3000');
  });

  it('keeps only the origin of PUBLIC_ORIGIN, so links never carry a stray path', () => {
    expect(loadConfig({ PUBLIC_ORIGIN: 'https://example.org/letters/' }).publicOrigin).toBe('https://example.org');
  });

  it('names this server by its host and port unless SERVER_ID is set, so that two servers on one machine differ', () => {
    expect(loadConfig({ PORT: '8081' }).serverId).toBe(`${os.hostname()}:8081`);
    expect(loadConfig({ PORT: '8081', SERVER_ID: 'web-1' }).serverId).toBe('web-1');
  });

  it('treats empty variables as unset', () => {
    const config = loadConfig({ HOST: '', PORT: '', DATA_DIR: '', SMTP_URL: '', SMTP_POOL: '', SMTP_RATE: '', SERVER_ID: '', PUBLIC_ORIGIN: '', ADMIN_EMAILS: '', DATABASE_URL: '', PRIVACY_CONTROLLER: '', PRIVACY_CONTACT: '' });
    expect(config).toEqual(loadConfig({}));
  });

  describe('with bad configuration', () => {
    it.each([
      ['PORT', 'abc'],
      ['PORT', '0'],
      ['PORT', '65536'],
      ['PORT', '80.5'],
      ['PUBLIC_ORIGIN', 'letters.example.org'],
      ['PUBLIC_ORIGIN', 'ftp://example.org'],
      ['PUBLIC_ORIGIN', 'javascript:alert(1)'],
      ['SMTP_URL', 'http://mail.example.org'],
      ['SMTP_URL', 'mail.example.org:587'],
      ['ADMIN_EMAILS', 'ann@example.org, not-an-address'],
      ['DATABASE_URL', 'mysql://db/llofnod'],
      ['DATABASE_MIGRATION_URL', 'sqlite:/tmp/x.sqlite'],
      ['CLOCK_AT', 'tomorrow'],
      ['SMTP_POOL', '0'],
      ['SMTP_POOL', 'many'],
      ['SMTP_POOL', '2.5'],
      ['SMTP_RATE', '0'],
      ['SMTP_RATE', '-1'],
      ['SMTP_RATE', 'fast'],
      ['SERVER_ID', 'web 1'],
      ['SERVER_ID', 'web/1'],
      ['SERVER_ID', 'gweinydd-ŵ'],
      ['LOG_LEVEL', 'verbose'],
      ['LOG_LEVEL', 'INFO'],
      ['PRIVACY_CONTACT', 'ask Gwen'],
      ['PRIVACY_CONTACT', 'javascript:alert(1)'],
      ['PRIVACY_CONTROLLER', 'x'],
    ])('throws a ConfigError naming %s=%j', (name, value) => {
      expect(problem({ [name]: value }).message).toContain(name);
    });

    it('refuses a migration URL when the database is not PostgreSQL', () => {
      expect(problem({ DATABASE_MIGRATION_URL: 'postgres://db:5432/llofnod' }).message).toContain('DATABASE_MIGRATION_URL');
    });

    it('names every bad variable at once', () => {
      const { message } = problem({ PORT: 'x', SMTP_URL: 'nope', PUBLIC_ORIGIN: 'nope' });
      for (const name of ['PORT', 'SMTP_URL', 'PUBLIC_ORIGIN']) expect(message).toContain(name);
      expect(message).not.toContain('HOST');
    });

    it('does not repeat a secret from the value in its message', () => {
      expect(problem({ SMTP_URL: 'smtpx://user:hunter2@mail.example.org' }).message).not.toContain('hunter2');
    });
  });
});

describe('comments configuration', () => {
  it('reads how long posts take comments and the campaign’s own hold words', () => {
    const { comments } = loadConfig({ COMMENTS_OPEN_DAYS: '30', COMMENT_HOLD_WORDS: 'fracking, quick cash ,' });
    expect(comments.openDays).toBe(30);
    expect(comments.holdWords.slice(-2)).toEqual(['fracking', 'quick cash']);
  });

  it('refuses a number of days that is not one', () => {
    expect(() => loadConfig({ COMMENTS_OPEN_DAYS: 'soon' })).toThrow(/COMMENTS_OPEN_DAYS/);
  });
});
