import { describe, expect, it } from 'vitest';
import { domainMatches } from '../../../api/organisations/authority.ts';

describe('an organisation’s email and website', () => {
  it.each([
    ['clerk@example.org', 'https://example.org/'],
    ['clerk@example.org', 'https://www.example.org/'],
    ['clerk@EXAMPLE.org', 'http://Example.Org/about'],
    // Subdomains on either side: the registrable domain is what must agree.
    ['clerk@cardiff.gov.uk', 'https://www.cardiff.gov.uk/'],
    ['someone@mail.example.org.uk', 'https://example.org.uk/'],
    ['someone@example.org.uk', 'https://www.cymraeg.example.org.uk/'],
    ['ceo@bcuhb.nhs.wales', 'https://bcuhb.nhs.wales/'],
    // nhs.wales is one registrable domain, not a public suffix: NHS Wales issues every address
    // under it, so its bodies vouch for each other (a known limit of matching by domain).
    ['ceo@bcuhb.nhs.wales', 'https://phw.nhs.wales/'],
  ])('%s speaks for %s', (email, website) => {
    expect(domainMatches(email, website)).toBe(true);
  });

  it.each([
    ['lookalike suffix', 'a@example.org.evil.com', 'https://example.org/'],
    ['lookalike website', 'a@example.org', 'https://example.org.evil.com/'],
    ['one letter changed', 'a@examp1e.org', 'https://example.org/'],
    ['another public suffix', 'a@example.org.uk', 'https://example.co.uk/'],
    ['neighbours under a public suffix', 'a@cardiff.gov.uk', 'https://www.swansea.gov.uk/'],
    ['nhs.uk against nhs.wales', 'a@wales.nhs.uk', 'https://phw.nhs.wales/'],
    ['nhs.wales against gov.wales', 'a@phw.nhs.wales', 'https://phw.gov.wales/'],
    ['a shared host', 'a@github.io', 'https://someone.github.io/'],
    ['a suffix glued on', 'a@evilexample.org', 'https://example.org/'],
  ])('%s does not match', (_, email, website) => {
    expect(domainMatches(email, website)).toBe(false);
  });
});
