import { cy } from '../../i18n/mail/cy.ts';
import { type MailMessages, en } from '../../i18n/mail/en.ts';
import { type Locale, localePath } from '../../i18n/locale.ts';

/** Every mail is a plain-text part and an HTML part saying the same thing. */
export type RenderedMail = { subject: string; text: string; html: string };

export const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

export type Block = { p: string } | { button: { label: string; href: string } } | { link: { label: string; href: string } };

const catalogues: Record<Locale, MailMessages> = { en, cy };

/**
 * Builds both parts from one list of blocks, so they cannot say different things; `lang` is the
 * blocks' language. Every mail ends with the way to the privacy notice on `origin`, in that language.
 */
export function mail(lang: Locale, subject: string, content: Block[], origin: string): RenderedMail {
  const blocks: Block[] = [...content, { link: { label: catalogues[lang].privacy, href: `${origin}${localePath(lang, '/privacy')}` } }];
  const text = blocks
    .map((b) => ('p' in b ? b.p : 'button' in b ? `${b.button.label}:\n${b.button.href}` : `${b.link.label}:\n${b.link.href}`))
    .join('\n\n');
  const body = blocks
    .map((b) => {
      if ('p' in b) return `<p style="margin:0 0 16px">${escapeHtml(b.p)}</p>`;
      if ('button' in b) {
        return `<p style="margin:24px 0"><a href="${escapeHtml(b.button.href)}" style="background:#00703c;color:#fff;padding:12px 20px;text-decoration:none;font-weight:bold;display:inline-block">${escapeHtml(b.button.label)}</a></p>`;
      }
      return `<p style="margin:0 0 16px;font-size:14px"><a href="${escapeHtml(b.link.href)}" style="color:#1d70b8">${escapeHtml(b.link.label)}</a></p>`;
    })
    .join('\n');
  const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body style="font-family:Arial,sans-serif;font-size:16px;line-height:1.5;color:#0b0c0c;max-width:600px;margin:0 auto;padding:16px">\n${body}\n</body></html>`;
  return { subject, text: `${text}\n`, html };
}
