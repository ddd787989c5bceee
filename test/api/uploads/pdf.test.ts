import { describe, expect, it } from 'vitest';
import { pdfMaxBytes, pdfProblem } from '../../../api/uploads/pdf.ts';
import { aPdf, aPdfWithEscapedJavaScript, aPdfWithJavaScript, anEncryptedPdf, notReallyAPdf } from '../../helpers/pdf.ts';

describe('checking an uploaded PDF', () => {
  it('accepts a plain one-page PDF', async () => {
    expect(await pdfProblem(await aPdf())).toBeUndefined();
  });

  it('refuses an HTML page renamed to .pdf, by its bytes', async () => {
    const html = new TextEncoder().encode('<!doctype html><script>alert(1)</script>');
    expect(await pdfProblem(html)).toEqual({ key: 'pdf.notPdf' });
  });

  it('refuses a file that starts like a PDF and is not one', async () => {
    expect(await pdfProblem(notReallyAPdf(2000))).toEqual({ key: 'pdf.unreadable' });
  });

  it('refuses a PDF cut short', async () => {
    const whole = await aPdf();
    expect(await pdfProblem(whole.subarray(0, Math.floor(whole.length / 2)))).toEqual({ key: 'pdf.unreadable' });
  });

  it('refuses a PDF over 5 MB before reading it', async () => {
    expect(await pdfProblem(new Uint8Array(pdfMaxBytes + 1))).toEqual({ key: 'pdf.tooLarge', limit: 5 });
  });

  it('refuses a PDF that runs JavaScript, even inside a compressed object stream', async () => {
    const bytes = await aPdfWithJavaScript();
    expect(Buffer.from(bytes).toString('latin1')).not.toContain('/JavaScript');
    expect(await pdfProblem(bytes)).toEqual({ key: 'pdf.active' });
  });

  it('refuses JavaScript whose name is disguised with hex escapes', async () => {
    expect(await pdfProblem(await aPdfWithEscapedJavaScript())).toEqual({ key: 'pdf.active' });
  });

  it('refuses a PDF with a password, which cannot be checked', async () => {
    expect(await pdfProblem(await anEncryptedPdf())).toEqual({ key: 'pdf.encrypted' });
  });
});
