import type { CommentState, HoldReason } from '../../../../api/comments/comment.table.ts';
import type { ReportReason } from '../../../../api/comments/comment-report.schema.ts';
import { formatNumber } from '../../format.ts';
import type { en } from './en.ts';

const n = (count: number) => formatNumber(count, 'cy');

const reasons: Record<ReportReason, string> = {
  spam: 'Sbam neu hysbyseb yw e',
  abusive: 'Mae’n sarhaus, yn llawn casineb neu’n fygythiol',
  personal: 'Mae’n rhannu manylion personol rhywun',
  off_topic: 'Does ganddo ddim i’w wneud â’r cofnod',
  other: 'Rhywbeth arall',
};

const states: Record<CommentState, string> = {
  unconfirmed: 'yn aros i’w awdur gadarnhau ei gyfeiriad',
  held: 'yn aros am gymeradwyaeth',
  published: 'wedi’i gyhoeddi',
  rejected: 'wedi’i wrthod',
  spam: 'wedi’i nodi’n sbam',
  deleted: 'wedi’i ddileu gan ei awdur',
};

/** Adroddiadau darllenwyr am sylwadau, a rhestr sylwadau’r ymgyrchwyr (api/comments/). */
export const cy: typeof en = {
  report: {
    title: 'Rhoi gwybod am sylw',
    lead: 'Dywedwch wrth yr ymgyrchwyr pam na ddylai’r sylw hwn fod ar y wefan. Mae ymgyrchydd yn darllen pob adroddiad; pan fydd sawl person yn rhoi gwybod am yr un sylw, caiff ei guddio nes bod ymgyrchydd wedi penderfynu.',
    commentHeading: 'Y sylw rydych chi’n rhoi gwybod amdano',
    by: (name: string, when: string) => `${name}, ${when}`,
    reasonLegend: 'Pam rydych chi’n rhoi gwybod amdano?',
    reasons,
    details: {
      label: 'Unrhyw beth y dylai’r ymgyrchwyr ei wybod (dewisol)',
      hint: 'Er enghraifft, pa ran o’r sylw yw’r broblem. Peidiwch â rhoi eich manylion cyswllt eich hun.',
    },
    submit: 'Anfon yr adroddiad',
    private: 'Nid ydym yn cadw eich cyfeiriad rhyngrwyd gyda’ch adroddiad: dim ond cod sy’n gwahaniaethu rhwng adroddiadau gan bobl wahanol. Does neb arall yn gweld eich bod wedi rhoi gwybod am y sylw hwn.',
    back: 'Yn ôl i’r cofnod',
    tooMany: 'Rydych chi wedi rhoi gwybod am lawer o sylwadau mewn amser byr. Arhoswch awr a rhowch gynnig arall arni.',
  },
  reported: {
    title: 'Diolch am roi gwybod',
    body: 'Bydd ymgyrchydd yn darllen y sylw ac yn penderfynu a yw’n aros. Os bydd sawl person yn rhoi gwybod amdano, caiff ei guddio o’r cofnod tan hynny.',
    back: 'Yn ôl i’r cofnod',
  },
  queue: {
    bar: 'Sylwadau',
    barWaiting: (count: number) => `Sylwadau (${n(count)})`,
    title: 'Sylwadau i’w cymedroli',
    home: (count: number) => (count === 0 ? 'Does dim sylw yn aros am ymgyrchydd' : `Mae ${n(count)} sylw yn aros am ymgyrchydd`),
    lead: (count: number) =>
      `${count === 1 ? 'Mae 1 sylw' : `Mae ${n(count)} sylw`} yn aros, yr hynaf yn gyntaf: sylwadau a ddaliwyd i’w cymeradwyo, a sylwadau cyhoeddedig y rhoddodd darllenwyr wybod amdanynt.`,
    none: 'Does dim sylw yn aros. Mae sylwadau a ddaliwyd a’r rhai y rhoddwyd gwybod amdanynt yn ymddangos yma.',
    fields: {
      post: 'Ar y cofnod',
      answers: 'Yn ateb i',
      emailDomain: 'Parth yr e-bost',
      written: 'Ysgrifennwyd',
      lang: 'Iaith',
      why: 'Pam mae’n aros',
      reports: 'Adroddiadau darllenwyr',
    },
    langs: { en: 'Saesneg', cy: 'Cymraeg' } as Record<string, string>,
    heldFor: {
      first: 'Eu sylw cyntaf',
      links: 'Dwy ddolen neu fwy',
      words: 'Gair sydd ar y rhestr ddal',
      rate: 'Llawer o sylwadau mewn amser byr',
      honeypot: 'Llenwyd maes na wêl neb ond peiriannau',
      reported: 'Rhoddodd darllenwyr wybod amdano',
    } satisfies Record<HoldReason, string> as Record<string, string>,
    reasons: reasons as Record<string, string>,
    reportCount: (count: number) => (count === 1 ? '1 adroddiad agored' : `${n(count)} adroddiad agored`),
    tags: { held: 'Yn aros am gymeradwyaeth', hidden: 'Wedi’i guddio tra caiff ei adolygu', reported: 'Rhoddwyd gwybod amdano', trusted: 'Awdur dibynadwy', blocked: 'Cyfeiriad wedi’i rwystro' },
    textNote: 'Dangosir dolenni mewn sylw fel testun nes ei gyhoeddi.',
    approve: 'Cymeradwyo a chyhoeddi',
    keep: 'Cadw’r sylw ar y cofnod',
    spam: 'Nodi’n sbam',
    spamHint: 'Nid yw awdur sbam yn cael gwybod dim.',
    reject: {
      label: 'Rheswm dros wrthod',
      hint: 'Caiff ei anfon at yr awdur mewn e-bost a’i gadw yn y log archwilio. Byddwch yn gwrtais a dywedwch beth fyddai’n helpu.',
      button: 'Gwrthod',
      missing: 'Rhowch y rheswm dros wrthod y sylw hwn',
      tooLong: (max: number) => `Rhaid i’r rheswm fod yn ${n(max)} nod neu lai`,
    },
    block: {
      label: 'Rheswm dros rwystro’r cyfeiriad',
      hint: 'Nid yw’n cael ei anfon at neb; caiff ei gadw gyda’r rhwystr ac yn y log archwilio. Daw’r sylw hwn a phob sylw arall gan y cyfeiriad hwn sy’n dal i aros yn sbam, ac ni all y cyfeiriad roi sylwadau mwyach.',
      button: 'Rhwystro’r cyfeiriad',
      missing: 'Rhowch y rheswm dros rwystro’r cyfeiriad hwn',
      tooLong: (max: number) => `Rhaid i’r rheswm fod yn ${n(max)} nod neu lai`,
    },
    select: (name: string) => `Dewis y sylw gan ${name}`,
    approveSelected: 'Cymeradwyo’r sylwadau a ddewiswyd',
    noneSelected: 'Dewiswch o leiaf un sylw sy’n aros i’w gymeradwyo',
    doneTitle: 'Wedi’i wneud',
    done: {
      approved: 'Mae’r sylw wedi’i gyhoeddi, a chafodd ei awdur wybod mewn e-bost.',
      kept: 'Mae’r sylw’n aros wedi’i gyhoeddi, a chaewyd yr adroddiadau amdano.',
      rejected: 'Mae’r sylw wedi’i wrthod, a chafodd ei awdur wybod pam mewn e-bost.',
      spam: 'Mae’r sylw wedi’i nodi’n sbam.',
      blocked: 'Mae’r cyfeiriad wedi’i rwystro, a nodwyd ei sylwadau sy’n aros yn sbam.',
      approvedSeveral: 'Mae’r sylwadau a ddewiswyd wedi’u cyhoeddi, a chafodd eu hawduron wybod mewn e-bost.',
      gone: 'Nid oedd y sylw hwnnw’n aros mwyach.',
    } as Record<string, string>,
    alreadyTitle: 'Penderfynodd rhywun arall yn gyntaf',
    already: (state: CommentState, by: string | null) => `Ni newidiwyd dim: mae’r sylw hwn eisoes ${states[state]}${by ? ` (gan ${by})` : ''}.`,
    someAlready: (count: number) =>
      count === 1 ? 'Roedd rhywun arall eisoes wedi penderfynu ar 1 sylw, ac fe’i gadawyd fel yr oedd.' : `Roedd rhywun arall eisoes wedi penderfynu ar ${n(count)} sylw, ac fe’u gadawyd fel yr oeddent.`,
  },
};
