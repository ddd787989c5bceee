import { formatNumber } from '../../format.ts';
import type { en } from './en.ts';

/** Tudalennau hawliau person dros ei ddata (/cy/my-data a'i ddolen ddileu), yn Gymraeg. */
export const cy: typeof en = {
  footerLink: 'Beth sydd gennym ni amdanoch chi?',
  title: 'Beth sydd gennym ni amdanoch chi?',
  lead: "Rhowch eich cyfeiriad e-bost a byddwn yn anfon copi atoch o bopeth sydd gennym o dan y cyfeiriad hwnnw: eich llofnodion, eich llythyrau cefnogaeth a'ch dewisiadau am newyddion.",
  also: "Mae'r e-bost hefyd yn cynnwys dolen newydd i dynnu pob llofnod yn ôl (os yw'r un oedd gennych wedi dod i ben), a dolen i ddileu'r cyfan.",
  email: { label: 'Cyfeiriad e-bost', hint: "Yr un y gwnaethoch chi lofnodi neu ysgrifennu ag ef. Dim ond drwy e-bost i'r cyfeiriad hwnnw rydym ni'n ateb." },
  submit: 'Anfon fy nata ataf',
  sent: {
    title: 'Edrychwch ar eich e-bost',
    body: "Os gwnaethoch chi ei deipio'n gywir, bydd e-bost yn cyrraedd y cyfeiriad hwnnw ymhen ychydig funudau, yn yr iaith hon: copi o'r hyn sydd gennym o dan y cyfeiriad, neu air i ddweud nad oes gennym ddim.",
    limit: (perHour: number) =>
      `Rydym ni'n anfon ${formatNumber(perHour, 'cy')} o'r negeseuon hyn yr awr ar y mwyaf i un cyfeiriad. Os gwnaethoch chi ofyn yn amlach, arhoswch awr a gofyn eto.`,
    spam: "Os nad oes dim yn cyrraedd, edrychwch yn eich ffolder sbam.",
    again: 'Gofyn eto',
  },
  erase: {
    title: 'Dileu eich data',
    lead: "Mae pwyso'r botwm yn dileu popeth sydd gennym o dan eich cyfeiriad e-bost:",
    signature: (title: string, counted: boolean) => `eich llofnod ar “${title}”${counted ? ", sy'n cael ei gyfrif" : ''}`,
    support: (count: number) => `${formatNumber(count, 'cy')} llythyr cefnogaeth`,
    effect:
      "Mae eich enw, eich cyfeiriad e-bost a phopeth arall a roesoch chi'n gadael ein cronfa ddata, pob rhestr gyhoeddus a phob ciplun a gyhoeddwyd. Yr hyn sy'n aros yw marc dienw bod llofnod wedi'i wneud, fel bod y cyfrifon yn aros yn gywir.",
    withdraw: "Tynnu fy llofnodion o'r cyfrifon hefyd",
    withdrawHint: "Gadewch hwn heb ei dicio ac mae cyfrif pob llythyr yn dal i'ch cynnwys chi, heb enw. Ticiwch ef ac mae eich llofnodion yn cael eu tynnu'n ôl hefyd.",
    button: 'Dileu fy nata',
    nothing: "Does gennym ni ddim o dan y cyfeiriad hwn mwyach: does dim ar ôl i'w ddileu.",
    unknownLetter: "llythyr nad yw ar y wefan mwyach",
  },
  erased: {
    title: "Mae eich data wedi'i ddileu",
    body: "Mae popeth oedd gennym o dan eich cyfeiriad e-bost wedi'i ddileu. Os byddwch chi'n llofnodi neu'n ysgrifennu eto, dim ond yr hyn a roddwch chi bryd hynny fydd gennym.",
  },
  invalid: {
    unknown: "Gwnewch yn siŵr eich bod wedi copïo'r ddolen gyfan o'r e-bost.",
    used: "Mae'r ddolen hon eisoes wedi dileu eich data.",
    expired: (hours: number) => `Mae dolenni dileu yn gweithio am ${formatNumber(hours, 'cy')} awr. Gofynnwch eto a byddwn yn anfon un newydd atoch.`,
    again: 'Gofyn am ddolen newydd',
  },
  newWithdrawLink: "Gofyn am ddolen newydd i dynnu eich llofnod yn ôl",
};
