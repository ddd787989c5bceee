import type { SignatureState } from '../../../signatures/signature.table.ts';
import type { SupportState } from '../../../support/support.table.ts';
import { formatDay, formatNumber, formatTime } from '../../format.ts';
import type { en } from './en.ts';

/** Yr ateb i "beth sydd gennych chi amdanaf i?", yn Gymraeg: yr un allweddi ag en.ts. */
const when = (at: Date) => `${formatTime(at, 'cy')} ar ${formatDay(at, 'cy')}`;

const signatureStates: Record<SignatureState, string> = {
  pending: "heb ei gadarnhau eto, felly heb ei gyfrif",
  verified: "wedi'i gadarnhau a'i gyfrif",
  withdrawn: "wedi'i dynnu'n ôl: nid yw'n cael ei gyfrif na'i restru",
  fraudulent: "wedi'i roi o'r neilltu i ymgyrchydd ei adolygu: nid yw'n cael ei gyfrif na'i restru",
};
const supportStates: Record<SupportState, string> = {
  pending: "heb ei gadarnhau eto",
  awaiting_approval: "yn aros i ymgyrchydd ei ddarllen",
  published: "wedi'i gyhoeddi",
  rejected: "heb ei gyhoeddi",
};

export const cy: typeof en = {
  subject: 'Beth sydd gan Llofnod amdanoch chi',
  intro: (email: string) =>
    `Fe wnaethoch chi ofyn beth sydd gennym o dan y cyfeiriad e-bost ${email}. Dyma fe: crynodeb isod, a'r cofnod cyfan yn y ffeil amgaeedig, my-data.json, y gall cyfrifiadur ei darllen.`,
  signaturesTitle: 'Eich llofnodion:',
  signature: (s) =>
    `“${s.title}”: wedi'i lofnodi fel ${s.name}${s.organisation ? ` ar ran ${s.organisation}` : ''} ar ${formatDay(s.at, 'cy')}; ${signatureStates[s.state]}. ` +
    `${s.shown ? "Mae eich enw ar y rhestr gyhoeddus" : "Nid yw eich enw ar y rhestr gyhoeddus"}, ac ${s.updates ? "rydych chi'n cael newyddion am y llythyr hwn" : "nid ydych chi'n cael newyddion am y llythyr hwn"}.`,
  withdraw: (title: string) => `Tynnu eich llofnod yn ôl o “${title}”`,
  withdrawExpiry: (validDays: number, until: Date) =>
    `Mae pob dolen tynnu'n ôl yn gweithio unwaith, am ${formatNumber(validDays, 'cy')} diwrnod, tan ${when(until)} (amser y DU).`,
  supportTitle: 'Eich llythyrau cefnogaeth:',
  support: (l) =>
    `At “${l.title}”, fel ${l.author}${l.organisation ? ` o ${l.organisation}` : ''}, ar ${formatDay(l.at, 'cy')}: ${supportStates[l.state]}.`,
  erase:
    "Gallwch chi gael dileu hyn i gyd. Agorwch y ddolen isod i weld beth fydd yn mynd, yna pwyswch y botwm: does dim yn cael ei ddileu nes i chi wneud hynny.",
  eraseButton: 'Dileu fy nata',
  eraseExpiry: (validHours: number, until: Date) =>
    `Mae'r ddolen ddileu yn gweithio unwaith, am ${formatNumber(validHours, 'cy')} awr, tan ${when(until)} (amser y DU). Gofynnwch eto am un newydd.`,
  notYou:
    "Os na wnaethoch chi ofyn am hyn, mae rhywun wedi teipio eich cyfeiriad ar ein gwefan. Does dim wedi newid, a fydd dim yn newid oni bai eich bod yn defnyddio dolen yn yr e-bost hwn.",
  nothing: {
    subject: "Does gan Llofnod ddim o dan y cyfeiriad hwn",
    body: (email: string) =>
      `Fe wnaethoch chi ofyn beth sydd gennym o dan y cyfeiriad e-bost ${email}. Does gennym ni ddim llofnod, llythyr cefnogaeth na dewis o dan y cyfeiriad hwnnw. Os gwnaethoch chi lofnodi gyda chyfeiriad arall, gofynnwch eto gyda hwnnw.`,
  },
  unknownLetter: "llythyr nad yw ar y wefan mwyach",
};
