import { formatNumber } from '../../format.ts';
import type { en } from './en.ts';

const n = (count: number) => formatNumber(count, 'cy');
// After a numeral a Welsh noun stays singular: "3 llofnod".
const signatures = (count: number) => `${n(count)} llofnod`;

/** Adolygu camddefnydd yn y gweithle: yr adroddiad tueddiadau, a llofnodion llythyr a roddwyd o'r neilltu. */
export const cy: typeof en = {
  bar: 'Tueddiadau',
  levels: { alert: 'Rhybudd', notice: 'Sylw' },
  sources: {
    address: { title: 'Cyfeiriadau rhyngrwyd', column: 'Cyfeiriad' },
    network: { title: 'Rhwydweithiau IPv6 (/64)', column: 'Rhwydwaith' },
    domain: { title: 'Parthau e-bost', column: 'Parth' },
    country: { title: 'Gwledydd', column: 'Gwlad' },
  },
  trending: {
    title: "Tueddiadau: o ble y daw'r cadarnhadau",
    lead: (notice: number, alert: number) =>
      `Llofnodion wedi'u cadarnhau mewn awr, yn ôl o ble y daethant: y ffynonellau prysuraf yn gyntaf. Mae ${n(notice)} yr awr o un ffynhonnell yn cael ei nodi i'w wirio, ac mae ${n(alert)} yn rhybudd, a anfonir at yr ymgyrchwyr unwaith yr awr ar y mwyaf. Gall ymchwydd fod yn go iawn (cylchlythyr, rali): edrychwch cyn gweithredu.`,
    hour: { label: 'Awr', now: 'Y 60 munud diwethaf', ago: (hours: number) => (hours === 1 ? "Yr awr cyn hynny" : `${n(hours)} awr cyn yr olaf`) },
    show: 'Dangos',
    window: (from: string, to: string) => `O ${from} i ${to}.`,
    totalsTitle: "Cadarnhadau yn yr awr",
    totalsCaption: "Cadarnhadau yn yr awr, fesul llythyr",
    none: "Ni chyrhaeddodd unrhyw lofnod wedi'i gadarnhau yn yr awr hon.",
    noneFrom: "Dim un yn yr awr hon.",
    columns: { letter: 'Llythyr', count: 'Cadarnhadau', level: 'Lefel', action: 'Cam' },
    review: 'Adolygu’r rhain',
    pause: 'Oedi llofnodi ar y wefan gyfan (argyfwng)',
    reviewLetter: (title: string) => `Adolygu llofnodion “${title}”`,
    privacy: "Dangosir cyfeiriadau yma i ymgyrchwyr yn unig, i'w hadolygu. Nid ydynt byth yn ymddangos ar dudalen gyhoeddus, mewn allforiad nac mewn dolen.",
  },
  review: {
    title: (letter: string) => `Adolygu llofnodion: ${letter}`,
    back: "Yn ôl i'r llythyr",
    link: (setAside: number) => (setAside === 0 ? "Adolygu llofnodion: dim wedi'i roi o'r neilltu" : `Adolygu llofnodion: ${signatures(setAside)} o'r neilltu`),
    lead: "Mae llofnodion a roddwyd o'r neilltu gan y terfynau yn aros amdanoch yma, a gallwch benderfynu am lawer o lofnodion ar unwaith: dileu dilysrwydd llif o enwau ffug, neu ddilysu'r hyn a roddwyd o'r neilltu. Cewch ragolwg o bob penderfyniad yn gyntaf, mae angen rheswm arno, caiff ei gadw yn y log archwilio, a gellir dadwneud dileu dilysrwydd.",
    invalidatedHere: "Dilëwyd ei ddilysrwydd mewn penderfyniad am lawer o lofnodion: dim ond drwy ddadwneud y penderfyniad hwnnw, ar dudalen adolygu'r llythyr, y daw'n ôl",
    setAside: {
      title: "Wedi'u rhoi o'r neilltu pan gawsant eu gwneud",
      lead: "Heb eu cyfrif, eu rhestru na'u hanfon. Mae dilysu yn anfon e-bost cadarnhau at bob un; mae'n cyfrif unwaith y bydd ei lofnodwr yn cadarnhau.",
      count: (shown: number, total: number) => (shown === total ? `${signatures(total)}.` : `Y ${n(shown)} diweddaraf o ${signatures(total)}.`),
      none: "Does dim wedi'i roi o'r neilltu.",
      caption: "Llofnodion a roddwyd o'r neilltu, y diweddaraf yn gyntaf",
      columns: { choose: 'Dewis', name: 'Enw', domain: 'Parth e-bost', made: 'Gwnaed', why: 'Pam' },
      choose: (name: string) => `Dewis ${name}`,
      flags: {
        rate_limit: 'Dros y terfyn llofnodi',
        honeypot: "Llenwodd y maes cudd",
        too_fast: "Anfonwyd yn rhy gyflym ar ôl dangos y ffurflen",
        invalidated: 'Dilysrwydd wedi’i ddileu',
      },
      validate: "Dilysu'r rhai a ddewiswyd: anfon eu cadarnhadau",
      noneChosen: 'Dewiswch o leiaf un llofnod',
    },
    choose: {
      title: 'Penderfynu am lawer o lofnodion',
      lead: "Dewiswch y llofnodion yn ôl o ble y daethant, parth eu cyfeiriad e-bost, neu pryd y cawsant eu gwneud (neu sawl un o'r rhain gyda'i gilydd). Fe welwch beth fyddai'n newid cyn i unrhyw beth newid.",
      action: {
        legend: 'Beth i’w wneud',
        invalidate: "Dileu dilysrwydd llofnodion sydd wedi'u cyfrif a heb eu cadarnhau",
        invalidateHint: "Maen nhw'n gadael pob cyfrif, rhestr ac allforiad ar unwaith.",
        validate: "Dilysu llofnodion a roddwyd o'r neilltu",
        validateHint: 'Anfonir e-bost cadarnhau at bob un.',
      },
      range: { label: 'Cyfeiriad neu ystod (dewisol)', hint: 'Cyfeiriad, neu ystod fel 203.0.113.0/24 neu 2001:db8::/48' },
      domain: { label: 'Parth e-bost (dewisol)', hint: "Y parth hwn yn union, fel example.com" },
      from: { label: 'Wedi’u gwneud o (dewisol)', hint: 'Dyddiad ac amser yng Nghymru, fel 2026-11-22T10:00' },
      to: { label: 'Wedi’u gwneud cyn (dewisol)', hint: 'Dyddiad ac amser yng Nghymru' },
      preview: 'Rhagolwg',
      problems: {
        range: 'Rhowch gyfeiriad neu ystod fel 203.0.113.0/24',
        domain: 'Rhowch barth fel example.com',
        from: "Rhowch y dyddiad a'r amser fel 2026-11-22T10:00",
        to: "Rhowch y dyddiad a'r amser fel 2026-11-22T10:00",
        order: "Rhaid i'r diwedd ddod ar ôl y dechrau",
        nothing: 'Dewiswch yn ôl cyfeiriad, parth neu amser, o leiaf un',
      },
    },
    preview: {
      title: "Beth fyddai hyn yn ei newid",
      affected: {
        invalidate: (count: number) => `Byddai'n dileu dilysrwydd ${signatures(count)}.`,
        validate: (count: number) => `Byddai'n anfon eu cadarnhad at ${signatures(count)}.`,
      },
      counted: (count: number, individuals: number, organisations: number) =>
        `Byddai cyfrif y llythyr yn gostwng ${n(count)} (${n(individuals)} unigolyn, ${n(organisations)} sefydliad).`,
      nothingCounted: "Does dim cyfrif yn newid nawr.",
      countriesCaption: 'Faint fyddai cyfrif pob gwlad yn gostwng',
      country: 'Gwlad',
      fall: 'Gostyngiad',
      none: "Does dim llofnod yn cyfateb. Ni fyddai dim yn newid.",
      changed: "Mae'r llofnodion sy'n cyfateb wedi newid ers eich rhagolwg (cyrhaeddodd rhagor, neu penderfynodd rhywun am rai). Dyma'r set fel y mae nawr: cadarnhewch eto os yw'n dal yn gywir.",
      confirm: { invalidate: "Dileu dilysrwydd y llofnodion hyn", validate: 'Dilysu’r llofnodion hyn' },
    },
    history: {
      title: 'Penderfyniadau hyd yma',
      none: 'Dim penderfyniadau am lawer o lofnodion eto.',
      caption: "Penderfyniadau swmp ar y llythyr hwn, y diweddaraf yn gyntaf",
      columns: { when: 'Pryd', who: 'Pwy', what: 'Beth', reason: 'Rheswm', undo: 'Dadwneud' },
      what: {
        invalidate: (count: number, counted: number) => `Dilëwyd dilysrwydd ${signatures(count)} (${n(counted)} wedi'u cyfrif)`,
        validate: (count: number) => `Dilyswyd ${signatures(count)}`,
      },
      undone: (when: string, by: string) => `Dadwnaed ${when} gan ${by}`,
      undo: "Dadwneud: dod â nhw'n ôl",
    },
    reason: {
      label: 'Rheswm',
      hint: "Caiff ei gadw yn y log archwilio gyda'r penderfyniad.",
      missing: "Rhowch y rheswm dros y penderfyniad hwn",
      tooLong: (max: number) => `Rhaid i'r rheswm fod yn ${n(max)} nod neu lai`,
    },
    doneTitle: 'Wedi’i wneud',
    done: {
      invalidated: "Dilëwyd dilysrwydd y llofnodion. Mae'r cyfrifon a'r rhestrau wedi newid.",
      validated: "Dilyswyd y llofnodion: mae eu negeseuon cadarnhau ar eu ffordd.",
      undone: "Dadwnaed y dileu dilysrwydd: mae'r llofnodion yn ôl fel yr oeddent.",
      alreadyUndone: "Roedd y dileu dilysrwydd hwnnw eisoes wedi'i ddadwneud.",
    },
  },
};
