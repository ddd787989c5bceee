import { describe, expect, it } from 'vitest';
import { bodyLimitFor } from '../../../api/http/body-limits.ts';

const multipart = 'multipart/form-data; boundary=----x';
const kb = 1024;
const mb = 1024 * kb;

describe('the largest body a request may send', () => {
  it('is 1 MB and 64 KB for a multipart signature, to the API or to the letter’s page in either language', () => {
    for (const path of ['/api/letters/a-letter/signatures', '/letters/a-letter', '/cy/letters/a-letter', '/letters/a-letter/']) {
      expect([path, bodyLimitFor(path, multipart)]).toEqual([path, mb + 64 * kb]);
    }
  });

  it('is 5 MB and 64 KB for a multipart letter of support, to the API or to its page in either language', () => {
    for (const path of ['/api/letters/a-letter/support', '/letters/a-letter/support/new', '/cy/letters/a-letter/support/new']) {
      expect([path, bodyLimitFor(path, multipart)]).toEqual([path, 5 * mb + 64 * kb]);
    }
  });

  it('is 64 KB for a body that cannot carry a file, and for every other route', () => {
    expect(bodyLimitFor('/api/letters/a-letter/signatures', 'application/json')).toBe(64 * kb);
    expect(bodyLimitFor('/letters/a-letter', 'application/x-www-form-urlencoded')).toBe(64 * kb);
    expect(bodyLimitFor('/letters/a-letter', undefined)).toBe(64 * kb);
    for (const path of ['/api/signatures/confirm', '/letters/a-letter/signatories', '/admin/queue', '/fr/letters/a-letter', '/letters/a/b/signatures', '/api/letters/a-letter/signatures/x']) {
      expect([path, bodyLimitFor(path, multipart)]).toEqual([path, 64 * kb]);
    }
  });
});
