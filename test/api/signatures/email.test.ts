import { describe, expect, it } from 'vitest';
import { emailKey } from '../../../api/signatures/email.ts';

describe('emailKey', () => {
  it.each([
    ['Sian.Jones@Example.Cymru', 'sian.jones@example.cymru'],
    ['sian+letters@example.org', 'sian@example.org'],
    ['sian+a+b@example.org', 'sian@example.org'],
    ['S.i.a.n.Jones+x@GMAIL.com', 'sianjones@gmail.com'],
    ['sian.jones@googlemail.com', 'sianjones@gmail.com'],
    ['sian@example.org.', 'sian@example.org'],
    ['+only@example.org', '+only@example.org'],
  ])('%s → %s', (address, key) => {
    expect(emailKey(address)).toBe(key);
  });

  it('keeps dots that matter outside Gmail', () => {
    expect(emailKey('sian.jones@example.org')).not.toBe(emailKey('sianjones@example.org'));
  });
});
