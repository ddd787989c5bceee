import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { element, openLetter, siteUnderTest, tags, textOf } from './browser.ts';

const campaigner = 'gwen@ymgyrch.cymru';
const site = siteUnderTest({ ADMIN_EMAILS: campaigner });
const page = '/admin/import';
const header = 'name,email,kind,organisation,role,place,country,area,signed_on,show_name';

const csvForm = (csv: string, letter = openLetter) => {
  const form = new FormData();
  form.set('decision', 'preview');
  form.set('letter', letter);
  form.set('file', new File([csv], 'paper.csv', { type: 'text/csv' }));
  return form;
};

const stagedImports = () => {
  const dir = path.join(site.dataDir, 'uploads', 'import');
  return fs.existsSync(dir) ? fs.readdirSync(dir) : [];
};

const counted = async () => ((await site.json(`/api/letters/${openLetter}`)) as { counts: { total: number } }).counts.total;

describe('the workspace’s import page', () => {
  it('sends anyone signed out to sign in, in either language', async () => {
    for (const lang of ['', '/cy']) {
      const res = await site.get(`${lang}${page}`);
      expect([res.status, res.location]).toEqual([303, `${lang}/admin/sign-in`]);
    }
  });

  it('previews a file (rows, duplicates), adds nothing until confirmed, then adds and counts them once', async () => {
    const cookie = await site.signInAs(campaigner);
    const before = await counted();
    const csv = [header, 'Papur Un,papur1@example.org,individual,,,,GB-WLS,,2026-11-20,yes', 'Papur Dau,,,,,,US,,2026-11-21,no', 'Papur Un Eto,PAPUR1@example.org,,,,,GB-WLS,,2026-11-21,yes'].join('\r\n');
    const preview = await site.postMultipart(page, csvForm(csv), { cookie });
    expect(preview.status).toBe(200);
    const section = element(preview.html, 'section', 'data-preview') ?? '';
    const attrs = tags(preview.html, 'section').find((t) => 'data-preview' in t);
    expect([attrs?.['data-rows'], attrs?.['data-duplicates'], attrs?.['data-errors']]).toEqual(['2', '1', '0']);
    expect(textOf(section)).toContain('Papur Dau');
    expect(textOf(section)).toContain('Line 4: Papur Un Eto has the same email address as line 2');
    expect(await counted()).toBe(before);
    expect(stagedImports()).toHaveLength(1);

    const confirm = tags(preview.html, 'input').find((i) => i.name === 'upload');
    expect(textOf(element(preview.html, 'form', 'data-decision="add"') ?? '')).toContain('Add 2 signatures');
    const added = await site.post(page, { decision: 'add', letter: openLetter, upload: confirm!.value! }, undefined, { cookie });
    expect([added.status, added.location]).toEqual([303, `${page}?done=added`]);
    expect(await counted()).toBe(before + 2);
    expect(stagedImports()).toEqual([]);

    // Pressing the button twice adds nothing more.
    const again = await site.post(page, { decision: 'add', letter: openLetter, upload: confirm!.value! }, undefined, { cookie });
    expect(again.location).toBe(`${page}?done=gone`);
    expect(await counted()).toBe(before + 2);
  });

  it('lists the errors of a malformed file, offers no button, keeps nothing, and speaks Welsh under /cy', async () => {
    const cookie = await site.signInAs(campaigner, '/cy');
    const before = await counted();
    const staged = stagedImports().length;
    const csv = [header, 'Da,da@example.org,individual,,,,GB-WLS,,2026-11-20,yes', 'Drwg,drwg@example.org,individual,,,,ZZ,,2026-02-30,yes'].join('\n');
    const res = await site.postMultipart(`/cy${page}`, csvForm(csv), { cookie });
    expect(res.status).toBe(422);
    expect(element(res.html, 'form', 'data-decision="add"')).toBeUndefined();
    expect(textOf(element(res.html, 'ul', 'data-import-errors') ?? '')).toContain('Llinell 3');
    expect(stagedImports()).toHaveLength(staged);
    expect(await counted()).toBe(before);
  });
});
