import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../api/log/logger.ts';
import { loggedPath, scrub } from '../../../api/log/redact.ts';

const token = 'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcde';

/** A logger writing into an array, one parsed line each. */
function capture() {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { log: createLogger(sink), lines };
}

describe('the address a log line shows for a request', () => {
  it('replaces the token of every mailed link, in both languages', () => {
    expect(loggedPath(`/confirm/${token}`)).toBe('/confirm/:token');
    expect(loggedPath(`/cy/withdraw/${token}`)).toBe('/cy/withdraw/:token');
    expect(loggedPath(`/unsubscribe/${token}`)).toBe('/unsubscribe/:token');
    expect(loggedPath(`/cy/support/confirm/${token}`)).toBe('/cy/support/confirm/:token');
    expect(loggedPath(`/admin/sign-in/${token}`)).toBe('/admin/sign-in/:token');
  });

  it('drops the query and anything that reads as an address, even percent-encoded', () => {
    expect(loggedPath('/admin/people?email=sian@example.cymru')).toBe('/admin/people');
    expect(loggedPath('/letters/x/thank-you?awaiting=1#top')).toBe('/letters/x/thank-you');
    expect(loggedPath('/people/sian%40example.cymru')).toBe('/people/:email');
    expect(loggedPath(`/confirm/${encodeURIComponent(token)}`)).toBe('/confirm/:token');
  });

  it('keeps every other path as it was asked for', () => {
    expect(loggedPath('/api/letters/make-co-production-count/signatories.csv')).toBe('/api/letters/make-co-production-count/signatories.csv');
    expect(loggedPath('/cy')).toBe('/cy');
  });
});

describe('free text in a log line', () => {
  it('loses the addresses and secrets an error message quotes', () => {
    expect(scrub(`550 <sian@example.cymru>: no such user, link ${token}.`)).toBe('550 <<address>>: no such user, link <token>.');
  });
});

describe('the logger', () => {
  it('writes one JSON object a line, its level as a word and its time in ISO 8601', () => {
    const { log, lines } = capture();
    log.info({ reqId: 'r1', status: 200 }, 'request');
    expect(lines).toEqual([expect.objectContaining({ level: 'info', reqId: 'r1', status: 200, msg: 'request' })]);
    expect(String(lines[0]?.time)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it('censors the fields that hold an address, a token, a client address or a cookie', () => {
    const { log, lines } = capture();
    log.info({ email: 'sian@example.cymru', token, ip: '203.0.113.9', req: { headers: { cookie: `llofnod_session=${token}`, 'x-forwarded-for': '203.0.113.9' }, remoteAddress: '::1' } }, 'careless');
    const line = JSON.stringify(lines);
    for (const secret of ['sian@example.cymru', token, '203.0.113.9', '::1']) expect(line).not.toContain(secret);
    expect(lines[0]).toMatchObject({ email: '[redacted]', token: '[redacted]', ip: '[redacted]', req: { headers: { cookie: '[redacted]' } } });
  });

  it('keeps of an error its kind, code and message, scrubbed, and none of the values it carries', () => {
    const { log, lines } = capture();
    const error = Object.assign(new Error('duplicate key for sian@example.cymru'), { code: '23505', detail: 'Key (email)=(sian@example.cymru) already exists.' });
    log.error({ err: error }, 'unexpected error');
    expect(lines[0]?.err).toMatchObject({ type: 'Error', code: '23505', message: 'duplicate key for <address>' });
    expect(JSON.stringify(lines)).not.toContain('sian@example.cymru');
  });
});
