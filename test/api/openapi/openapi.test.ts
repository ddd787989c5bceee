import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { cy } from '../../../site/lib/messages/cy.ts';
import { en } from '../../../site/lib/messages/en.ts';
import { adminEmails, openLetter, origin, testApp } from '../../helpers/app.ts';

/** `/api/letters/:slug` as OpenAPI spells it: `/api/letters/{slug}`. */
/** `:slug` → `{slug}`; a parameter matched with its extension (`:id{[^/]+\\.csv}`) → `{id}.csv`. */
const openApiPath = (honoPath: string) => honoPath.replace(/:([A-Za-z_]+)\{[^}]*\\\.([a-z]+)\}/g, '{$1}.$2').replace(/:([A-Za-z_]+)/g, '{$1}');

async function served() {
  const app = await testApp();
  const res = await app.get('/api/openapi.json');
  return { app, res, doc: await res.json() };
}

describe('GET /api/openapi.json', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const { res, doc } = await served();
    expect(res.status).toBe(200);
    expect(doc.openapi).toBe('3.1.0');
    const validator = new Validator();
    const result = await validator.validate(doc);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('describes every public route the API serves, so a new endpoint without a description fails here', async () => {
    const { app, doc } = await served();
    const served_ = app.api.routes
      .filter((r) => ['GET', 'POST'].includes(r.method) && !r.path.startsWith('/api/admin/'))
      .map((r) => `${r.method} ${openApiPath(r.path)}`);
    const described = Object.entries(doc.paths as Record<string, object>).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    expect(served_.length).toBeGreaterThan(10);
    expect(new Set(described)).toEqual(new Set(served_));
  });

  it('leaves the campaigners\' workspace out', async () => {
    const { doc } = await served();
    expect(Object.keys(doc.paths).filter((p) => p.includes('admin'))).toEqual([]);
    expect(adminEmails.some((e) => JSON.stringify(doc).includes(e))).toBe(false);
  });

  it('says what signing needs as the signing form checks it: the boxes a form leaves out are optional, consent is not', async () => {
    const { doc } = await served();
    const signing = doc.paths['/api/letters/{slug}/signatures'].post.requestBody.content['application/json'];
    expect(signing.schema.required.sort()).toEqual(['consent', 'country', 'email', 'name']);
    expect(signing.schema.properties.kind.enum).toEqual(['individual', 'organisation']);
    expect(signing.schema.properties.email.maxLength).toBe(254);
    const list = doc.paths['/api/letters/{slug}/signatories'].get.parameters;
    expect(list.map((p: { name: string }) => p.name)).toEqual(['slug', 'cursor', 'limit', 'kind', 'order', 'country', 'q']);
    expect(list.every((p: { name: string; required: boolean }) => p.required === (p.name === 'slug'))).toBe(true);
  });

  it('gives an example for every JSON answer and body', async () => {
    const { doc } = await served();
    const operations = Object.values(doc.paths as Record<string, Record<string, { responses: Record<string, { content?: Record<string, { example?: unknown }> }> }>>).flatMap((p) => Object.values(p));
    for (const op of operations) {
      const ok = op.responses['200'] ?? op.responses['202'];
      const json = ok?.content?.['application/json'];
      if (json && (op as { operationId?: string }).operationId !== 'openapi') expect(json.example, JSON.stringify(op).slice(0, 80)).toBeDefined();
    }
  });

  it('has every endpoint explained in English and Welsh for the API page', async () => {
    const { doc } = await served();
    const ids = Object.values(doc.paths as Record<string, Record<string, { operationId: string; tags: string[] }>>).flatMap((p) => Object.values(p));
    for (const { operationId, tags } of ids) {
      for (const words of [en.developers, cy.developers]) {
        expect(words.operations[operationId], operationId).toBeTruthy();
        expect(words.tags[tags[0] ?? ''], operationId).toBeTruthy();
      }
    }
    expect(new Set([...Object.keys(en.developers.operations), ...Object.keys(cy.developers.operations)])).toEqual(new Set(ids.map((o) => o.operationId)));
  });

  it('says which reads carry an ETag exactly where the API sends one', async () => {
    const { app, doc } = await served();
    const reads = Object.entries(doc.paths as Record<string, { get?: { responses: Record<string, { headers?: object }> } }>).filter(
      // A read for signed-in members only (401 without) is tested where its cookie is made (test/api/network/board.test.ts).
      ([path, ops]) => ops.get && !/\{(?!slug\})/.test(path) && !ops.get.responses['401'],
    );
    expect(reads.length).toBeGreaterThan(5);
    for (const [path, ops] of reads) {
      // The one read with a required query: oEmbed, asked about a letter's page.
      const query = path === '/api/oembed' ? `?url=${encodeURIComponent(`${origin}/letters/${openLetter}`)}` : '';
      const res = await app.get(`${path.replace('{slug}', openLetter)}${query}`);
      expect(res.status, path).toBe(200);
      expect(res.headers.has('etag'), path).toBe(Boolean(ops.get?.responses['200']?.headers && 'ETag' in ops.get.responses['200'].headers));
    }
  });
});
