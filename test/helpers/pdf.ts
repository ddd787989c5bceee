import { PDFDocument, PDFName, StandardFonts } from 'pdf-lib';

/** A real one-page PDF with the letter's words on it, as a signed letter scanned or printed to PDF would be. */
export async function aPdf(text = 'I support this letter. — Professor Jane Doe', build?: (doc: PDFDocument) => void): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  page.drawText(text, { x: 50, y: 780, size: 12, font: await doc.embedFont(StandardFonts.Helvetica) });
  build?.(doc);
  return doc.save();
}

/** A PDF that runs JavaScript when opened, its action tucked inside a compressed object stream. */
export const aPdfWithJavaScript = () =>
  aPdf(undefined, (doc) => {
    const action = doc.context.obj({ Type: 'Action', S: 'JavaScript', JS: 'app.alert("hello")' });
    doc.catalog.set(PDFName.of('OpenAction'), doc.context.register(action));
  });

/** The same trick with the name spelled in PDF's hex escapes (`/J#61vaScript`), in a file written without object streams. */
export async function aPdfWithEscapedJavaScript(): Promise<Uint8Array> {
  const plain = Buffer.from(await aPdf()).toString('latin1');
  const action = '99 0 obj\n<< /Type /Action /S /J#61vaScript /J#53 (app.alert\\(1\\)) >>\nendobj\n';
  return new Uint8Array(Buffer.from(plain.replace(/%%EOF\s*$/, `${action}%%EOF\n`), 'latin1'));
}

/** A PDF whose trailer says it is encrypted. */
export const anEncryptedPdf = () =>
  aPdf(undefined, (doc) => {
    doc.context.trailerInfo.Encrypt = doc.context.obj({ Filter: 'Standard', V: 1, R: 2, O: '0', U: '0', P: -4 });
  });

/** Bytes of some size that begin like a PDF and go on as anything but one. */
export const notReallyAPdf = (bytes: number) => new Uint8Array(Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(bytes - 9, 'x')]));
