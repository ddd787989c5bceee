import { describe, expect, it } from 'vitest';
import { clientAddress, inRange, networkOf, parseRange } from '../../../api/abuse/client-address.ts';

describe('the address a signature came from', () => {
  it('is the socket’s own when no proxy is trusted, whatever X-Forwarded-For claims', () => {
    expect(clientAddress('198.51.100.7', '203.0.113.9', 0)).toBe('198.51.100.7');
  });

  it('is the address the trusted proxy heard, never what the client wrote further left', () => {
    // The client forged "203.0.113.9"; the proxy appended the address it really heard from.
    expect(clientAddress('10.0.0.2', '203.0.113.9, 198.51.100.7', 1)).toBe('198.51.100.7');
    expect(clientAddress('10.0.0.3', '203.0.113.9, 198.51.100.7, 10.0.0.2', 2)).toBe('198.51.100.7');
  });

  it('reads ports, brackets and IPv4 inside IPv6 as the bare address', () => {
    expect(clientAddress('::ffff:198.51.100.7', undefined, 0)).toBe('198.51.100.7');
    expect(clientAddress('10.0.0.2', '[2001:db8::1]:4431', 1)).toBe('2001:db8::1');
    expect(clientAddress('10.0.0.2', '198.51.100.7:51000', 1)).toBe('198.51.100.7');
  });

  it('falls back to the socket when the trusted header holds no address', () => {
    expect(clientAddress('10.0.0.2', 'unknown', 1)).toBe('10.0.0.2');
  });

  it('counts IPv6 by its /64: one household, many addresses', () => {
    expect(networkOf('2001:db8:1:2:aaaa::1')).toBe(networkOf('2001:db8:1:2:ffff:1:2:3'));
    expect(networkOf('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64');
    expect(networkOf('2001:db8:1:3::1')).not.toBe(networkOf('2001:db8:1:2::1'));
    expect(networkOf('198.51.100.7')).toBe('198.51.100.7');
  });

  it('is spared by the ranges it falls in, IPv4 and IPv6 alike', () => {
    const stall = parseRange('192.0.2.0/24')!;
    const campus = parseRange('2001:db8:abcd::/48')!;
    expect(inRange('192.0.2.200', stall)).toBe(true);
    expect(inRange('192.0.3.1', stall)).toBe(false);
    expect(inRange('2001:db8:abcd:12::9', campus)).toBe(true);
    expect(inRange('2001:db8:abce::9', campus)).toBe(false);
    expect(inRange('192.0.2.1', campus)).toBe(false);
    expect(parseRange('192.0.2.0/33')).toBeUndefined();
    expect(parseRange('campus')).toBeUndefined();
  });
});
