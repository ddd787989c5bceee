import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { linkIn } from '../helpers/smtp.ts';
import { aSigner, element, fieldValue, openLetter, pathOf, siteUnderTest, tags, textOf } from './browser.ts';

const site = siteUnderTest();
const letterPage = `/letters/${openLetter}`;

/** A council whose email is at its website's domain: listed as soon as it confirms. */
const council = (email: string, organisation: string) =>
  aSigner({ name: 'Clerc y Cyngor', email, kind: 'organisation', organisation, organisation_type: 'local_authority', website: `https://www.${email.split('@')[1]}/` });

const png = () => sharp({ create: { width: 900, height: 300, channels: 3, background: '#1d5e3a' } }).png().toBuffer();

/** The sign form as a browser sends it with a file chosen (or not): multipart. */
function formOf(fields: Record<string, string>, logo?: { bytes: Uint8Array; name: string; type: string }): FormData {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append('logo', logo ? new Blob([new Uint8Array(logo.bytes)], { type: logo.type }) : new Blob([]), logo?.name ?? '');
  return form;
}

/** Confirms from the mail, as a signer does; returns where the confirmation sent them. */
async function confirmFromMail(email: string): Promise<string | null> {
  const confirmed = await site.post(pathOf(linkIn(await site.mailTo(email), 'confirm')));
  expect(confirmed.status).toBe(303);
  return confirmed.location;
}

describe('the sign form asks an organisation for its logo', () => {
  it('as a file input among the organisation’s fields, saying which files and how big, in a multipart form', async () => {
    const page = await site.get(letterPage);
    const form = tags(page.html, 'form').find((f) => 'data-sign-form' in f);
    expect(form?.enctype).toBe('multipart/form-data');
    const input = tags(page.html, 'input').find((i) => i.name === 'logo');
    expect(input).toMatchObject({ type: 'file', id: 'logo', accept: 'image/png,image/jpeg,image/webp', 'aria-describedby': 'logo-hint' });
    // Shown and sent only for an organisation: site/scripts/sign-form.ts hides and disables that group for an individual.
    const at = (s: string) => page.html.indexOf(s);
    expect(at('data-organisation-fields')).toBeLessThan(at('name="logo"'));
    expect(at('name="logo"')).toBeLessThan(at('name="role"'));
    expect(textOf(element(page.html, 'p', 'id="logo-hint"') ?? '')).toBe(
      'A PNG, JPEG or WebP image of 1 MB or less, shown beside your organisation’s name on the list of signatories.',
    );

    const cy = await site.get(`/cy${letterPage}`);
    expect(textOf(cy.html)).toContain('Logo’r sefydliad (dewisol)');
    expect(textOf(element(cy.html, 'p', 'id="logo-hint"') ?? '')).toContain('Delwedd PNG, JPEG neu WebP o 1 MB neu lai');
  });
});

/** The list's row that names an organisation. */
const rowOf = (html: string, organisation: string) => html.split('<tr').find((row) => row.includes(organisation)) ?? '';

describe('an organisation signs with a logo, without JavaScript', () => {
  it('is shown, once confirmed, beside its name on the list: small, lazy, and the server’s own WebP', async () => {
    const upload = await png();
    const signed = await site.postMultipart(letterPage, formOf(council('clerc@cyngor-logo.cymru', 'Cyngor Logo'), { bytes: upload, name: 'logo.png', type: 'image/png' }));
    expect([signed.status, signed.location]).toEqual([303, `${letterPage}/check-email`]);
    expect(await confirmFromMail('clerc@cyngor-logo.cymru')).toBe(`${letterPage}/thank-you`);

    const list = await site.get(`${letterPage}/signatories?order=organisations`);
    const img = tags(rowOf(list.html, 'Cyngor Logo'), 'img')[0];
    // The name is printed beside it: the logo adds nothing for a screen reader to read twice.
    expect(img).toMatchObject({ alt: '', width: '40', height: '40', loading: 'lazy' });
    expect(img?.src).toMatch(new RegExp(`^/api/letters/${openLetter}/signatories/logos/[A-Za-z0-9_-]{22}\\.webp$`));

    const res = await fetch(new URL(img!.src!, site.origin));
    expect(res.headers.get('content-type')).toBe('image/webp');
    const served = Buffer.from(await res.arrayBuffer());
    expect(served.equals(upload)).toBe(false);
    expect(await sharp(served).metadata()).toMatchObject({ format: 'webp', width: 400, height: 133 });
  });

  it('signs as before when no file is chosen', async () => {
    const signed = await site.postMultipart(letterPage, formOf(council('clerc@cyngor-heb-logo.cymru', 'Cyngor Heb Logo')));
    expect(signed.status).toBe(303);
    await confirmFromMail('clerc@cyngor-heb-logo.cymru');
    const list = await site.get(`${letterPage}/signatories?order=organisations`);
    expect(textOf(list.html)).toContain('Cyngor Heb Logo');
    expect(tags(rowOf(list.html, 'Cyngor Heb Logo'), 'img')).toEqual([]);
  });
});

describe('a logo the server will not publish', () => {
  const html = { bytes: new TextEncoder().encode('<!doctype html><script>alert(1)</script>'), name: 'logo.png', type: 'image/png' };

  it('comes back as a mistake at the logo field, with everything typed kept but the file', async () => {
    const page = await site.postMultipart(letterPage, formOf(council('clerc@cyngor-html.cymru', 'Cyngor HTML'), html));
    expect(page.status).toBe(422);
    const message = 'The logo must be a PNG, JPEG or WebP image: choose another file';
    expect(tags(element(page.html, 'div', 'role="alert"') ?? '', 'a').map((a) => a.href)).toEqual(['#logo']);
    expect(textOf(element(page.html, 'p', 'id="logo-error"') ?? '')).toBe(`Error: ${message}`);
    expect(tags(page.html, 'input').find((i) => i.name === 'logo')).toMatchObject({ 'aria-invalid': 'true', 'aria-describedby': 'logo-hint logo-error' });
    expect(fieldValue(page.html, 'organisation')).toBe('Cyngor HTML');
    expect(fieldValue(page.html, 'website')).toBe('https://www.cyngor-html.cymru/');
    expect(fieldValue(page.html, 'kind')).toBe('organisation');
  });

  it('is refused in Welsh on the Welsh page', async () => {
    const page = await site.postMultipart(`/cy${letterPage}`, formOf(council('clerc@cyngor-html-cy.cymru', 'Cyngor HTML'), html));
    expect(page.status).toBe(422);
    expect(textOf(element(page.html, 'p', 'id="logo-error"') ?? '')).toContain("Rhaid i'r logo fod yn ddelwedd PNG, JPEG neu WebP");
  });

  it('a good logo sent with other mistakes is asked for again, since the form cannot keep it', async () => {
    const { consent: _, ...withoutConsent } = council('clerc@cyngor-eto.cymru', 'Cyngor Eto');
    const page = await site.postMultipart(letterPage, formOf(withoutConsent, { bytes: await png(), name: 'logo.png', type: 'image/png' }));
    expect(page.status).toBe(422);
    expect(textOf(element(page.html, 'p', 'id="logo-hint"') ?? '')).toContain('Files are not kept when the form has mistakes: choose your logo again.');
    expect(element(page.html, 'p', 'id="logo-error"')).toBeUndefined();
  });

  it('a body over the page’s limit is refused whole with 413, and a page that says so with the way back', async () => {
    const page = await site.postMultipart(letterPage, formOf(council('clerc@cyngor-mawr.cymru', 'Cyngor Mawr'), { bytes: new Uint8Array(2 * 1024 * 1024), name: 'logo.png', type: 'image/png' }));
    expect(page.status).toBe(413);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(textOf(page.html)).toContain('The file is too large');
    expect(tags(page.html, 'a').map((a) => a.href)).toEqual([letterPage]);
    const welsh = await site.postMultipart(`/cy${letterPage}`, formOf(council('clerc@cyngor-mawr.cymru', 'Cyngor Mawr'), { bytes: new Uint8Array(2 * 1024 * 1024), name: 'logo.png', type: 'image/png' }));
    expect(welsh.html).toContain('<html lang="cy">');
    expect(textOf(welsh.html)).toContain("Mae'r ffeil yn rhy fawr");
  });
});

describe('an organisation whose email is not at its website’s domain', () => {
  const waiting = (email: string) =>
    aSigner({ name: 'Rhian Prys', email, kind: 'organisation', organisation: 'Bwrdd Iechyd Aros', organisation_type: 'nhs', website: 'https://bwrdd-aros.nhs.wales' });

  it('is told on the thank-you page that it will appear once a campaigner has checked it', async () => {
    expect((await site.post(letterPage, waiting('rhian.aros@gmail.com'))).status).toBe(303);
    const landing = await confirmFromMail('rhian.aros@gmail.com');
    expect(landing).toBe(`${letterPage}/thank-you?awaiting=1`);
    const page = await site.get(landing!);
    const text = textOf(page.html);
    expect(text).toContain('Your signature on “Make co-production count in Wales” is confirmed.');
    expect(textOf(element(page.html, 'p', 'data-awaiting') ?? '')).toBe(
      'Your organisation will appear on the list of signatories, and be counted, once a campaigner has checked that you may sign for it, ' +
        'because your email address is not at your organisation’s website’s domain. We will email you when it has been checked.',
    );
  });

  it('is told so in Welsh when it signed in Welsh', async () => {
    expect((await site.post(`/cy${letterPage}`, waiting('rhian.aros.cy@gmail.com'))).status).toBe(303);
    const landing = await confirmFromMail('rhian.aros.cy@gmail.com');
    expect(landing).toBe(`/cy${letterPage}/thank-you?awaiting=1`);
    expect(textOf(element((await site.get(landing!)).html, 'p', 'data-awaiting') ?? '')).toContain(
      'Bydd eich sefydliad yn ymddangos ar y rhestr o lofnodwyr',
    );
  });

  it('while an individual lands on the plain thank-you page (as a verified organisation does: see above)', async () => {
    expect((await site.post(letterPage, aSigner({ email: 'unigolyn.diolch@example.cymru' }))).status).toBe(303);
    const landing = await confirmFromMail('unigolyn.diolch@example.cymru');
    expect(landing).toBe(`${letterPage}/thank-you`);
    expect(element((await site.get(landing!)).html, 'p', 'data-awaiting')).toBeUndefined();
  });
});
