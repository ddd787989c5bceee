import type { ErrorMessages } from './en.ts';

/** The `message` of every API error, in Welsh: the same keys as en.ts. */
export const cy: ErrorMessages = {
  invalid_input: "Mae angen cywiro rhai o'r atebion.",
  not_found: {
    letter: "Ni ellir dod o hyd i'r llythyr hwnnw.",
    endpoint: "Nid oes pwynt terfyn API o'r fath.",
    signature: "Ni ellir dod o hyd i'r llofnod hwnnw.",
    logo: "Ni ellir dod o hyd i'r logo hwnnw.",
    support: "Ni ellir dod o hyd i'r llythyr cefnogaeth hwnnw.",
    reply: "Ni ellir dod o hyd i'r ateb hwnnw.",
    update: "Ni ellir dod o hyd i'r diweddariad hwnnw.",
    snapshot: "Ni ellir dod o hyd i'r ciplun hwnnw.",
    member: "Ni ellir dod o hyd i'r aelod hwnnw o'r rhwydwaith.",
  },
  letter_closed: "Nid yw'r llythyr hwn ar agor i'w lofnodi.",
  paused: "Mae llofnodi wedi'i oedi ar y wefan hon am ychydig. Ni chadwyd dim a anfonoch; rhowch gynnig arall arni nes ymlaen.",
  unavailable: "Ni all y wefan dderbyn y cais hwn ar hyn o bryd. Anfonwch ef eto mewn munud: mae llofnodi ddwywaith yn cyfrif unwaith.",
  downloads_busy: "Mae gormod o restrau'n cael eu llwytho i lawr o'r gweinydd hwn ar hyn o bryd. Rhowch gynnig arall arni ymhen munud.",
  not_ready: "Nid yw'r gweinydd hwn yn barod: nid yw ei gronfa ddata yn ateb neu nid yw ei sgema yn gyfredol.",
  not_implemented: "Ni chynigir y fformat hwnnw: gofynnwch am JSON (format=json).",
  unauthorised: "Mewngofnodwch i weithle'r ymgyrchwyr yn gyntaf.",
  not_awaiting_approval: {
    organisation: "Nid yw'r sefydliad hwn yn aros am gymeradwyaeth.",
    support: "Nid yw'r llythyr cefnogaeth hwn yn aros am benderfyniad.",
    member: "Nid yw'r cais hwn i ymuno â'r rhwydwaith yn aros am benderfyniad.",
  },
  not_for_coordinators: "Dim ond tudalennau'r rhwydwaith yn y gweithle y caiff cydlynwyr y rhwydwaith eu defnyddio.",
  token_invalid: {
    unknown: "Nid yw'r ddolen hon yn ddilys.",
    used: "Mae'r ddolen hon wedi cael ei defnyddio eisoes.",
    expired: "Mae'r ddolen hon wedi dod i ben.",
  },
  bad_request: "Nid yw corff y cais yn JSON dilys nac yn ddata ffurflen dilys.",
  forbidden: "Dim ond o'r wefan hon y gellir anfon y ffurflen hon.",
  payload_too_large: (kilobytes: string) => `Mae'r cais yn fwy na ${kilobytes} KB.`,
  too_large_page: {
    title: "Mae'r ffeil yn rhy fawr",
    body: (kilobytes: string) => `Mae'r hyn a anfonoch yn fwy na ${kilobytes} KB, felly ni chafodd ei ddarllen ac ni chadwyd dim.`,
    back: "Ewch yn ôl i'r ffurflen a dewiswch ffeil lai",
  },
  unsupported_media_type: 'Anfonwch y corff fel JSON neu fel ffurflen.',
  internal: "Aeth rhywbeth o'i le ar ein hochr ni. Rhowch gynnig arall arni.",
};
