import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { aSigner, element, hrefs, openLetter, openLetterTitle, pathOf, siteUnderTest, tags, textOf } from './browser.ts';
import { linkIn } from '../helpers/smtp.ts';

const campaigner = 'gwen@ymgyrch.cymru';
const site = siteUnderTest({ ADMIN_EMAILS: campaigner });
const snapshotPath = /^(\/cy)?\/snapshots\/[A-Za-z0-9_-]{22}$/;

async function confirmedSigner(fields: Record<string, string>) {
  expect((await site.post(`/letters/${openLetter}`, aSigner(fields))).status).toBe(303);
  expect((await site.post(pathOf(linkIn(await site.mailTo(fields.email ?? ''), 'confirm')))).status).toBe(303);
}

/** Presses "Cite this list" on the signatories page of a language, as a browser without JavaScript does. */
async function cite(prefix: '' | '/cy'): Promise<string> {
  const list = await site.get(`${prefix}/letters/${openLetter}/signatories`);
  const form = tags(list.html, 'form').find((f) => 'data-cite-list' in f);
  expect(form?.action).toBe(`${prefix}/letters/${openLetter}/cite`);
  const pressed = await site.post(form!.action!);
  expect(pressed.status).toBe(303);
  expect(pressed.location).toMatch(snapshotPath);
  return pressed.location!;
}

const sha256 = (bytes: ArrayBuffer) => createHash('sha256').update(Buffer.from(bytes)).digest('hex');

describe('a journalist cites the list', () => {
  it('freezes it from the signatories page and gets a page to cite, in English and Welsh', async () => {
    await confirmedSigner({ email: 'elin@example.cymru', name: 'Elin Wyn' });

    const page = await cite('');
    const snapshot = await site.get(page);
    expect(snapshot.status).toBe(200);
    const text = textOf(snapshot.html);
    expect(text).toContain(openLetterTitle);
    expect(text).toContain('1 confirmed signature at that moment');
    expect(text).toMatch(/Frozen on \d+ \w+ 2026 at \d\d:\d\d \(UK time\)/);
    const download = hrefs(snapshot.html).find((h) => h.endsWith('.csv'))!;
    const bytes = await (await fetch(new URL(download, site.origin))).arrayBuffer();
    const hash = textOf(element(snapshot.html, 'code', 'data-sha256') ?? '');
    expect(hash).toBe(sha256(bytes));
    for (const check of ['sha256sum ', 'shasum -a 256 ', 'Get-FileHash ']) expect(text).toContain(check);
    const citation = textOf(element(snapshot.html, 'textarea', 'id="citation"') ?? '');
    expect(citation).toContain(`${site.origin}${page}`);
    expect(citation).toContain(hash);
    expect(text).not.toContain('Amended');

    // Nothing changed: the Welsh button opens the same snapshot, on its Welsh page.
    const welsh = await cite('/cy');
    expect(welsh).toBe(`/cy${page}`);
    const cy = textOf((await site.get(welsh)).html);
    expect(cy).toContain('1 llofnod wedi\'i gadarnhau ar y pryd');
    expect(cy).toContain('Rhewyd ar');
    expect(cy).toContain(`${site.origin}/cy${page}`);
  });

  it('refuses a cite posted from another site, and does not know an unknown snapshot', async () => {
    expect((await site.post(`/letters/${openLetter}/cite`, {}, 'https://elsewhere.example')).status).toBe(403);
    expect((await site.get(`/snapshots/${'A'.repeat(22)}`)).status).toBe(404);
    expect((await site.get(`/cy/snapshots/nope`)).status).toBe(404);
  });

  it('shows that a snapshot was amended for a data request, never for whom, with the hash it had first', async () => {
    await confirmedSigner({ email: 'hide.me@example.org', name: 'Cuddiedig Enw' });
    const page = await cite('');
    const before = textOf(element((await site.get(page)).html, 'code', 'data-sha256') ?? '');

    const cookie = await site.signInAs(campaigner);
    const found = await site.post('/admin/people', { decision: 'find', email: 'hide.me@example.org' }, undefined, { cookie });
    const id = tags(found.html, 'input').find((i) => i.name === 'id')?.value ?? '';
    const hidden = await site.post('/admin/people', { decision: 'hide', id, email: 'hide.me@example.org', reason: 'Asked by email' }, undefined, { cookie });
    expect(hidden.html).toContain('data-done="hidden"');

    for (const prefix of ['', '/cy']) {
      const amended = await site.get(`${prefix}${page}`);
      const note = textOf(element(amended.html, 'section', 'data-amended') ?? '');
      expect(note).toContain(prefix ? 'diogelu data' : 'data protection law');
      expect(note).toContain(before);
      expect(note).not.toContain('Cuddiedig');
      expect(note).not.toContain('Asked by email');
      const download = hrefs(amended.html).find((h) => h.endsWith('.csv'))!;
      const csv = await (await fetch(new URL(download, site.origin))).arrayBuffer();
      expect(Buffer.from(csv).toString()).not.toContain('Cuddiedig');
      expect(sha256(csv)).toBe(textOf(element(amended.html, 'code', 'data-sha256') ?? ''));
    }
  });

  it('links the list as delivered from the public timeline and the delivery log', async () => {
    const cookie = await site.signInAs(campaigner);
    const deliveryPage = `/admin/letters/${openLetter}/delivery`;
    await site.post(deliveryPage, { form: 'delivery', delivered_on: '2026-11-20', recipient: 'Office of the First Minister', method: 'in_person' }, undefined, { cookie });
    const logged = tags((await site.get(deliveryPage, { cookie })).html, 'a').filter((a) => 'data-snapshot' in a);
    expect(logged).toHaveLength(1);
    for (const prefix of ['', '/cy']) {
      const timeline = element((await site.get(`${prefix}/letters/${openLetter}`)).html, 'section', 'class="timeline"') ?? '';
      const link = tags(timeline, 'a').find((a) => 'data-snapshot' in a);
      expect(link?.href).toBe(`${prefix}${logged[0]!.href}`);
      expect((await site.get(link!.href!)).status).toBe(200);
    }
  });
});
