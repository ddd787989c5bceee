import { describe, expect, it } from 'vitest';
import { element, openLetter, siteUnderTest, tags, textOf } from './browser.ts';

const site = siteUnderTest();

describe('the API page', () => {
  it('shows every endpoint of the OpenAPI document, with its parameters and an example, in English and Welsh', async () => {
    const doc = await site.json('/api/openapi.json');
    const operations = Object.values(doc.paths as Record<string, Record<string, { operationId: string }>>).flatMap((p) => Object.values(p).map((o) => o.operationId));
    for (const [prefix, words] of [
      ['', { title: 'API for developers', example: 'Example answer', required: 'Required' }],
      ['/cy', { title: 'API i ddatblygwyr', example: 'Ateb enghreifftiol', required: 'Angenrheidiol' }],
    ] as const) {
      const page = await site.get(`${prefix}/developers`);
      expect(page.status).toBe(200);
      expect(textOf(element(page.html, 'h1', '') ?? page.html)).toContain(words.title);
      const shown = tags(page.html, 'article').map((a) => a['data-operation']);
      expect(shown).toEqual(operations);
      const signing = textOf(element(page.html, 'article', 'data-operation="listSignatories"') ?? '');
      expect(signing).toContain(`GET /api/letters/{slug}/signatories`);
      expect(signing).toContain(words.required);
      expect(signing).toContain('individual, organisation');
      expect(signing).toContain(`curl '${site.origin}/api/letters/${openLetter}/signatories'`);
      expect(signing).toContain(words.example);
      expect(textOf(element(page.html, 'article', 'data-operation="signLetter"') ?? '')).toContain('-d \'{"name":"Siân Ŵyn Roberts"');
      expect(textOf(element(page.html, 'article', 'data-operation="oembed"') ?? '')).toContain(`curl '${site.origin}/api/oembed?url=${encodeURIComponent(`${site.origin}/letters/${openLetter}`)}'`);
    }
  });

  it('is linked from the footer of every page, in its language', async () => {
    expect(tags((await site.get('/')).html, 'a').map((a) => a.href)).toContain('/developers');
    expect(tags((await site.get(`/cy/letters/${openLetter}`)).html, 'a').map((a) => a.href)).toContain('/cy/developers');
  });
});
