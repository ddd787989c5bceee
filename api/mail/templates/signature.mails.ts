import { type RenderedMail, mail } from './layout.ts';

type Common = { name: string; letterTitle: string; letterUrl: string; withdrawUrl: string };

export function confirmMail(m: Common & { confirmUrl: string }): RenderedMail {
  return mail(`Confirm your signature: ${m.letterTitle}`, [
    { p: `Dear ${m.name},` },
    { p: `Thank you for signing the open letter “${m.letterTitle}”. Your signature counts once you confirm that this is your email address.` },
    { button: { label: 'Confirm my signature', href: m.confirmUrl } },
    { p: 'The link works for 7 days. If you did not sign this letter, ignore this email and nothing will be published.' },
    { link: { label: 'Read the letter', href: m.letterUrl } },
    { link: { label: 'Changed your mind? Withdraw your signature', href: m.withdrawUrl } },
  ]);
}

/** Sent instead of a second confirmation, so only the mailbox learns it had signed already. */
export function alreadySignedMail(m: Common): RenderedMail {
  return mail(`You have already signed: ${m.letterTitle}`, [
    { p: `Dear ${m.name},` },
    { p: `Someone, probably you, tried to sign “${m.letterTitle}” again with this email address. Your signature is already confirmed and counted, so there is nothing more to do.` },
    { p: 'If this was not you, you can ignore this email: nothing has changed.' },
    { link: { label: 'Read the letter', href: m.letterUrl } },
    { link: { label: 'Withdraw your signature', href: m.withdrawUrl } },
  ]);
}
