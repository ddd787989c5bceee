import { formatDay, formatNumber } from '../format.ts';
import type { Messages } from '../messages.ts';

/**
 * Every word the pages show, in Welsh: the same keys as en.ts (`Messages`, so a missing or
 * extra key fails the type check). A noun after a numeral stays singular in Welsh
 * ("250 llofnod"), so counts need no plural forms; with digits no mutation is written.
 */
const n = (count: number) => formatNumber(count, 'cy');
const day = (date: Date | string) => formatDay(date, 'cy');

export const cy: Messages = {
  site: {
    name: 'Llofnod',
    tagline: "Llythyrau agored, wedi'u llofnodi a'u cadarnhau",
    skipLink: "Neidio i'r prif gynnwys",
    navLabel: 'Prif lywio',
    langName: 'Cymraeg',
    switcherLabel: 'Iaith',
    nav: { letters: 'Llythyrau', blog: 'Blog' },
    footer:
      "Meddalwedd cod agored ar gyfer ymgyrchoedd llythyrau agored yw Llofnod. Nid yw'r wefan hon yn gosod cwcis tracio nac yn llwytho dim o wefannau eraill.",
    errorTitle: (title: string) => `Gwall: ${title}`,
  },
  letterStatus: {
    open: "Ar agor i'w lofnodi",
    openUntil: (closes: string) => `Ar agor i'w lofnodi tan ${day(closes)}`,
    closed: (closes: string) => `Caeodd ar ${day(closes)}`,
    upcoming: (opens: string) => `Yn agor ar ${day(opens)}`,
  },
  counts: {
    signatures: (count: number) => `${n(count)} llofnod`,
    towardsGoal: (count: number, goal: number) =>
      count >= goal ? `Cyrhaeddwyd y targed o ${n(goal)} llofnod` : `${n(count)} o ${n(goal)} llofnod tuag at y targed`,
    breakdown: (individuals: number, organisations: number) => `${n(individuals)} unigolyn a ${n(organisations)} sefydliad`,
  },
  home: {
    title: 'Llythyrau agored',
    description: 'Darllenwch lythyrau agored at benderfynwyr yng Nghymru, llofnodwch nhw a chadarnhewch drwy e-bost.',
    lead: "Darllenwch lythyr, ychwanegwch eich enw a'i gadarnhau o'ch e-bost. Dim ond llofnodion wedi'u cadarnhau sy'n cael eu cyfrif.",
    open: "Ar agor i'w llofnodi",
    noneOpen: "Nid oes unrhyw lythyr ar agor i'w lofnodi ar hyn o bryd.",
    others: 'Llythyrau blaenorol ac i ddod',
    posts: "Y diweddaraf o'r blog",
    allPosts: "Holl bostiadau'r blog",
  },
  letters: {
    title: 'Llythyrau',
    description: 'Pob llythyr agored ar y wefan hon, y rhai sydd ar agor yn gyntaf.',
  },
  letter: {
    to: 'At:',
    signCta: "Llofnodi'r llythyr hwn",
    asks: 'Y gofynion yn fras',
    seeSignatories: 'Gweld pwy sydd wedi llofnodi',
    signHeading: "Llofnodi'r llythyr",
    closedNotice: (closes: string) => `Caeodd y llythyr hwn ar ${day(closes)} ac nid yw'n casglu llofnodion mwyach.`,
    upcomingNotice: (opens: string) => `Mae'r llythyr hwn yn agor i'w lofnodi ar ${day(opens)}.`,
    closedHeading: "Nid yw'r llythyr hwn ar agor i'w lofnodi",
  },
  form: {
    errorSummary: 'Mae problem',
    errorPrefix: 'Gwall:',
    name: { label: 'Eich enw', hint: 'Fel yr hoffech iddo ymddangos ar y rhestr o lofnodwyr' },
    email: {
      label: 'Cyfeiriad e-bost',
      hint: 'Byddwn yn anfon dolen atoch i gadarnhau eich llofnod. Ni fydd eich cyfeiriad e-bost byth yn cael ei ddangos yn gyhoeddus.',
    },
    kind: {
      legend: "Ydych chi'n llofnodi fel unigolyn neu ar ran sefydliad?",
      individual: 'Fel unigolyn',
      organisation: 'Ar ran sefydliad',
    },
    organisation: { label: 'Sefydliad', hint: 'Yn ofynnol wrth lofnodi ar ran sefydliad' },
    organisationType: { label: 'Math o sefydliad', hint: 'Yn ofynnol wrth lofnodi ar ran sefydliad', none: 'Dewiswch fath' },
    website: {
      label: 'Gwefan y sefydliad',
      hint:
        "Yn ofynnol wrth lofnodi ar ran sefydliad. Os yw eich cyfeiriad e-bost ar yr un parth, caiff eich sefydliad ei restru wedi'i ddilysu " +
        "cyn gynted ag y byddwch yn cadarnhau; fel arall bydd yr ymgyrch yn ei wirio yn gyntaf.",
    },
    logo: {
      label: 'Logo’r sefydliad (dewisol)',
      hint: 'Delwedd PNG, JPEG neu WebP o 1 MB neu lai, a ddangosir wrth ymyl enw eich sefydliad ar y rhestr o lofnodwyr.',
      again: "Nid yw ffeiliau'n cael eu cadw pan fo camgymeriadau yn y ffurflen: dewiswch eich logo eto.",
    },
    role: { label: 'Rôl neu deitl swydd (dewisol)' },
    place: { label: 'Tref neu ddinas (dewisol)' },
    country: { label: 'Gwlad' },
    area: { label: 'Awdurdod lleol yng Nghymru (dewisol)', hint: "Os ydych chi'n byw yng Nghymru", none: 'Dewiswch awdurdod lleol' },
    comment: {
      label: 'Sylw (dewisol)',
      hint: "Pam rydych chi'n llofnodi? Hyd at 500 nod.",
    },
    characterCount: {
      left: { one: 'Mae gennych {count} nod ar ôl', other: 'Mae gennych {count} nod ar ôl' },
      over: { one: 'Mae gennych {count} nod yn ormod', other: 'Mae gennych {count} nod yn ormod' },
    },
    showName: {
      legend: 'Dangos fy enw ar y rhestr gyhoeddus',
      yes: 'Ie',
      no: 'Na',
      noHint: "Byddwch yn cael eich cyfrif a'ch rhestru fel Cefnogwr dienw",
    },
    consent: {
      legend: 'Eich caniatâd',
      label: "Rwy'n cytuno i'r ymgyrch gadw fy llofnod",
      hint:
        "Mae llofnodi llythyr gwleidyddol yn datgelu eich barn wleidyddol, sy'n gategori arbennig o ddata personol. " +
        "Mae'r ymgyrch yn cadw eich enw a'ch cyfeiriad e-bost er mwyn cyfrif a gwirio eich llofnod. " +
        'Ni chaiff eich cyfeiriad e-bost byth ei gyhoeddi. Gallwch dynnu eich llofnod yn ôl unrhyw bryd.',
    },
    updates: { label: 'Anfonwch ddiweddariadau achlysurol ataf am yr ymgyrch hon (dewisol)' },
    submit: "Llofnodi'r llythyr",
  },
  organisationTypes: {
    public_body: 'Corff cyhoeddus',
    nhs: 'Corff GIG',
    local_authority: 'Awdurdod lleol',
    third_sector: 'Trydydd sector',
    academic: 'Academaidd',
    professional_body: 'Corff proffesiynol',
    political_party: 'Plaid wleidyddol',
    business: 'Busnes',
    network: 'Rhwydwaith',
    other: 'Arall',
  },
  signatories: {
    heading: 'Pwy sydd wedi llofnodi',
    title: (letter: string) => `Pwy sydd wedi llofnodi: ${letter}`,
    description: (letter: string) => `Y rhestr gyhoeddus o lofnodwyr wedi'u cadarnhau ar gyfer “${letter}”.`,
    total: (count: number) => `Cyfanswm y llofnodion wedi'u cadarnhau: ${n(count)}`,
    filters: "Hidlo'r rhestr",
    kind: 'Wedi llofnodi fel',
    anyKind: 'Unrhyw un',
    individuals: 'Unigolion',
    organisations: 'Sefydliadau',
    country: 'Gwlad',
    anyCountry: 'Pob gwlad',
    search: 'Chwilio yn ôl enw',
    order: 'Trefn',
    newestFirst: 'Y diweddaraf yn gyntaf',
    organisationsFirst: 'Sefydliadau yn gyntaf, yn ôl math',
    verified: "Sefydliad wedi'i ddilysu",
    notable: 'Sefydliadau nodedig',
    apply: "Defnyddio'r hidlwyr",
    clear: "Clirio'r hidlwyr",
    columns: { name: 'Enw', organisation: 'Sefydliad', role: 'Rôl', place: 'Lle', country: 'Gwlad', signed: 'Llofnodwyd' },
    caption: 'Llofnodwyr, y diweddaraf yn gyntaf',
    captionByType: "Llofnodwyr: sefydliadau nodedig, sefydliadau yn ôl math, yna unigolion, y diweddaraf yn gyntaf ym mhob grŵp",
    anonymous: 'Cefnogwr dienw',
    none: "Does neb yn cyfateb i'r hidlwyr hyn.",
    nobodyYet: 'Does neb wedi cadarnhau llofnod eto.',
    pages: "Tudalennau'r rhestr",
    next: 'Y dudalen nesaf',
    first: "Yn ôl i'r dudalen gyntaf",
    csv: "Lawrlwytho'r rhestr fel CSV",
    csvHint: "Ffeil taenlen gyda'r un hidlwyr, i newyddiadurwyr ac ymchwilwyr",
    backToLetter: "Yn ôl i'r llythyr",
  },
  checkEmail: {
    title: 'Gwiriwch eich e‑bost',
    sent: (letter: string) => `Rydyn ni wedi anfon e-bost atoch gyda dolen i gadarnhau eich llofnod ar “${letter}”.`,
    counts: 'Dim ond ar ôl i chi ei gadarnhau y bydd eich llofnod yn cael ei gyfrif.',
    expiry: "Mae'r ddolen yn gweithio am 7 diwrnod.",
    spam: 'Os na allwch weld yr e-bost, edrychwch yn eich ffolder sbam neu sothach.',
    nextHeading: "Beth sy'n digwydd nesaf",
    next: "Pan fyddwch chi'n agor y ddolen ac yn pwyso'r botwm, bydd eich llofnod yn cael ei gyfrif ac, os dewisoch ei ddangos, bydd eich enw'n ymddangos ar y rhestr gyhoeddus.",
    again: "Dim byd wedi cyrraedd ar ôl ychydig funudau? Ewch yn ôl i'r llythyr a'i lofnodi eto gyda'r un cyfeiriad e-bost, a byddwn yn anfon dolen newydd.",
    backToLetter: "Yn ôl i'r llythyr",
  },
  confirm: {
    title: 'Cadarnhau eich llofnod',
    intro: (letter: string) => `Rydych ar fin cadarnhau eich llofnod ar y llythyr agored “${letter}”.`,
    ignore: "Os na wnaethoch chi lofnodi'r llythyr hwn, caewch y dudalen hon. Ni fydd dim yn cael ei gyhoeddi.",
    button: 'Cadarnhau fy llofnod',
  },
  thankYou: {
    title: 'Diolch am lofnodi',
    confirmed: (letter: string) => `Mae eich llofnod ar “${letter}” wedi'i gadarnhau.`,
    awaiting:
      "Bydd eich sefydliad yn ymddangos ar y rhestr o lofnodwyr, ac yn cael ei gyfrif, unwaith y bydd ymgyrchydd wedi gwirio bod gennych hawl i lofnodi ar ei ran, " +
      "gan nad yw eich cyfeiriad e-bost ar barth gwefan eich sefydliad. Byddwn yn anfon e-bost atoch pan fydd wedi'i wirio.",
    count: (count: number) => `Mae gan y llythyr ${n(count)} llofnod erbyn hyn.`,
    shareHeading: 'Gofynnwch i eraill lofnodi',
    shareText: (letter: string) => `Rydw i wedi llofnodi'r llythyr agored “${letter}”. Wnewch chi ei lofnodi hefyd?`,
    share: { email: 'E-bost', x: 'X (Twitter)', facebook: 'Facebook', whatsapp: 'WhatsApp', linkedin: 'LinkedIn' },
    shareLabel: 'Rhannu ar',
    linkLabel: "Dolen i'r llythyr",
    copy: "Copïo'r ddolen",
    copied: "Wedi copïo'r ddolen",
    readLetter: 'Darllen y llythyr',
  },
  withdraw: {
    title: 'Tynnu eich llofnod yn ôl',
    intro: (letter: string) => `Rydych ar fin tynnu eich llofnod yn ôl o'r llythyr agored “${letter}”.`,
    effect: 'Ni fydd yn cael ei gyfrif mwyach, ac ni fydd yn ymddangos ar y rhestr o lofnodwyr.',
    button: 'Tynnu fy llofnod yn ôl',
  },
  withdrawn: {
    title: "Mae eich llofnod wedi'i dynnu'n ôl",
    body: (letter: string) => `Nid yw eich llofnod ar “${letter}” yn ymddangos ar y rhestr mwyach, ac nid yw'n cael ei gyfrif.`,
    signAgain: 'Wedi newid eich meddwl? Llofnodwch y llythyr eto',
  },
  invalidLink: {
    unknown: {
      title: "Nid yw'r ddolen hon yn ddilys",
      body: "Gwnewch yn siŵr eich bod wedi copïo'r ddolen gyfan o'r e-bost. Mae dolenni'n peidio â gweithio pan fydd llofnod wedi'i dynnu'n ôl.",
    },
    used: {
      title: "Mae'r ddolen hon eisoes wedi'i defnyddio",
      confirm: "Os ydych chi eisoes wedi cadarnhau, mae eich llofnod yn cael ei gyfrif a does dim mwy i'w wneud.",
      withdraw: "Os ydych chi eisoes wedi tynnu'n ôl, nid yw eich llofnod yn cael ei gyfrif na'i restru mwyach.",
      support: "Os ydych chi eisoes wedi cadarnhau, mae eich llythyr cefnogaeth yn aros i ymgyrchydd ei ddarllen, a does dim mwy i'w wneud.",
    },
    expired: {
      title: "Mae'r ddolen hon wedi dod i ben",
      body: "Mae'r dolenni yn ein negeseuon e-bost yn gweithio am 7 diwrnod. Llofnodwch y llythyr eto a byddwn yn anfon dolen newydd atoch.",
    },
    signAgain: "Llofnodi'r llythyr eto",
    home: 'Gweld y llythyrau agored',
    support: {
      unknown: "Gwnewch yn siŵr eich bod wedi copïo'r ddolen gyfan o'r e-bost.",
      expired: "Mae'r dolenni yn ein negeseuon e-bost yn gweithio am 7 diwrnod. Anfonwch eich llythyr cefnogaeth eto a byddwn yn anfon dolen newydd atoch.",
      again: 'Anfon eich llythyr cefnogaeth eto',
      read: 'Gweld y llythyrau cefnogaeth',
    },
  },
  blog: {
    title: 'Blog',
    description: 'Newyddion gan yr ymgyrch.',
    by: (author: string) => `Gan ${author}`,
    aboutLetter: "Darllen a llofnodi'r llythyr:",
    none: "Does dim wedi'i bostio eto.",
  },
  translation: {
    letter: "Dim ond yn Saesneg y mae'r llythyr hwn ar hyn o bryd. Mae'r testun Saesneg isod.",
    post: "Dim ond yn Saesneg y mae'r postiad hwn ar hyn o bryd. Mae'r testun Saesneg isod.",
    readOther: 'Ei ddarllen ar y dudalen Saesneg',
    onlyOther: '(Saesneg yn unig)',
  },
  support: {
    heading: 'Llythyrau cefnogaeth',
    title: (letter: string) => `Llythyrau cefnogaeth: ${letter}`,
    description: (letter: string) => `Llythyrau gan arbenigwyr a sefydliadau sy'n cefnogi “${letter}”.`,
    intro:
      "Mae arbenigwyr a sefydliadau wedi ysgrifennu i gefnogi'r llythyr hwn. Cafodd pob un ei gadarnhau gan ei awdur a'i ddarllen gan ymgyrchydd " +
      "cyn ei gyhoeddi: rhai'n llawn, rhai fel dyfyniad byr, fel y dewisodd eu hawduron.",
    count: (count: number) =>
      count === 0
        ? "Nid oes unrhyw lythyr cefnogaeth wedi'i gyhoeddi eto."
        : count === 1
          ? "Mae 1 llythyr cefnogaeth wedi'i gyhoeddi."
          : `Mae ${n(count)} llythyr cefnogaeth wedi'u cyhoeddi.`,
    read: 'Darllen y llythyrau cefnogaeth',
    invite: "Ydych chi'n arbenigwr, neu'n ysgrifennu ar ran sefydliad? Gallwch anfon llythyr cefnogaeth.",
    send: 'Anfon llythyr cefnogaeth',
    none: "Nid oes unrhyw lythyr cefnogaeth wedi'i gyhoeddi eto.",
    notable: 'Nodedig',
    readFull: 'Darllen y llythyr llawn',
    readFullFrom: (name: string) => ` gan ${name}`,
    pdf: "Lawrlwytho'r llythyr wedi'i lofnodi (PDF)",
    published: (date: string) => `Cyhoeddwyd ar ${date}`,
    backToLetter: "Yn ôl i'r llythyr",
    closed: {
      heading: "Nid yw'r llythyr hwn yn casglu llythyrau cefnogaeth",
      closed: (closes: string) => `Caeodd y llythyr hwn ar ${day(closes)} ac nid yw'n casglu llythyrau cefnogaeth mwyach.`,
      upcoming: (opens: string) => `Mae'r llythyr hwn yn agor ar ${day(opens)}. Gallwch anfon llythyr cefnogaeth o hynny ymlaen.`,
    },
    form: {
      title: 'Anfon llythyr cefnogaeth',
      lead: (letter: string) =>
        `Ysgrifennwch i gefnogi “${letter}”. Byddwn yn anfon dolen atoch drwy e-bost i gadarnhau eich llythyr; yna bydd ymgyrchydd yn ei ddarllen cyn i ddim gael ei gyhoeddi.`,
      recipient: "Mae pob llythyr cefnogaeth yn mynd at y derbynnydd gyda'r llythyr agored, faint bynnag ohono y gadewch i ni ei gyhoeddi.",
      name: { label: 'Eich enw', hint: "Fel y dylai ymddangos gyda'ch llythyr" },
      role: { label: 'Eich teitl neu rôl', hint: 'Er enghraifft, Athro Polisi Cyhoeddus, neu Brif Weithredwr' },
      organisation: { label: 'Sefydliad (dewisol)', hint: "Y sefydliad rydych chi'n gweithio iddo neu'n ysgrifennu ar ei ran" },
      country: { label: 'Gwlad', none: 'Dewiswch wlad' },
      email: {
        label: 'Cyfeiriad e-bost',
        hint: 'Byddwn yn anfon dolen atoch i gadarnhau eich llythyr. Ni chaiff eich cyfeiriad e-bost byth ei gyhoeddi.',
      },
      body: { label: 'Eich llythyr', hint: 'Teipiwch neu gludwch y testun llawn, gyda llinell wag rhwng paragraffau. Hyd at 20,000 nod.' },
      extract: {
        label: 'Dyfyniad byr',
        hint:
          "Brawddeg neu ddwy o'ch llythyr, hyd at 300 nod. Caiff ei ddangos ar dudalen y llythyrau cefnogaeth ac i newyddiadurwyr, " +
          'oni bai eich bod yn dewis peidio â chyhoeddi dim.',
      },
      pdf: {
        label: "Eich llythyr wedi'i lofnodi fel PDF (dewisol)",
        hint: "Hyd at 5 MB. Caiff PDF sy'n cynnwys sgriptiau, atodiadau neu gyfrinair ei wrthod.",
        again: "Nid yw ffeiliau'n cael eu cadw pan fo camgymeriadau yn y ffurflen: dewiswch eich PDF eto.",
        tooLarge: "Rhaid i'r PDF fod yn 5 MB neu lai: dewiswch ffeil lai",
      },
      publish: {
        legend: "Faint o'ch llythyr y cawn ni ei gyhoeddi?",
        hint: "Beth bynnag a ddewiswch, bydd eich llythyr yn mynd at y derbynnydd gyda'r llythyr agored.",
        full: 'Y llythyr llawn',
        fullHint: 'Cyhoeddir eich llythyr, ei ddyfyniad ac unrhyw PDF wrth ymyl eich enw',
        extract: 'Y dyfyniad yn unig',
        extractHint: 'Dim ond at y derbynnydd y bydd y llythyr llawn ac unrhyw PDF yn mynd',
        none: "Dim: mae i'r derbynnydd yn unig",
        noneHint: 'Ni chyhoeddir eich llythyr yn unman',
      },
      consent: {
        legend: 'Eich caniatâd',
        label: "Rwy'n cytuno i'r ymgyrch gadw fy llythyr cefnogaeth",
        hint:
          "Mae llythyr sy'n cefnogi ymgyrch wleidyddol yn datgelu eich barn wleidyddol, sy'n gategori arbennig o ddata personol. " +
          "Mae'r ymgyrch yn cadw eich llythyr, eich enw a'ch cyfeiriad e-bost er mwyn ei wirio, ei roi i'r derbynnydd a'i gyhoeddi i'r graddau rydych chi'n ei ganiatáu uchod. " +
          'Mae ymgyrchydd yn darllen pob llythyr cyn i ddim gael ei gyhoeddi. Ni chaiff eich cyfeiriad e-bost byth ei gyhoeddi.',
      },
      submit: 'Anfon fy llythyr cefnogaeth',
    },
    sent: {
      title: 'Gwiriwch eich e-bost',
      sent: (letter: string) => `Rydym wedi anfon e-bost atoch gyda dolen i gadarnhau eich llythyr yn cefnogi “${letter}”.`,
      nothingYet: "Ni chaiff dim ei gyhoeddi na'i roi i neb nes i chi ei gadarnhau.",
      next: "Pan fyddwch yn agor y ddolen ac yn pwyso'r botwm, bydd eich llythyr yn mynd at ymgyrchydd, a fydd yn ei ddarllen cyn i ddim gael ei gyhoeddi. Byddwn yn anfon e-bost atoch pan fydd wedi gwneud hynny.",
    },
    confirmed: {
      title: 'Diolch am eich llythyr cefnogaeth',
      confirmed: (letter: string) => `Mae eich llythyr yn cefnogi “${letter}” wedi'i gadarnhau.`,
      next: "Bydd ymgyrchydd yn ei ddarllen cyn i ddim gael ei gyhoeddi. Byddwn yn anfon e-bost atoch pan fydd wedi gwneud hynny, ac yn dweud wrthych beth sydd wedi'i gyhoeddi.",
    },
  },
  supportConfirm: {
    title: 'Cadarnhau eich llythyr cefnogaeth',
    intro: (letter: string) => `Rydych ar fin cadarnhau eich llythyr yn cefnogi'r llythyr agored “${letter}”.`,
    ignore: "Os na wnaethoch chi ysgrifennu'r llythyr hwn, caewch y dudalen hon. Ni fydd dim yn cael ei gyhoeddi na'i roi i neb.",
    button: 'Cadarnhau fy llythyr cefnogaeth',
  },
  notFound: {
    title: "Heb ddod o hyd i'r dudalen",
    typed: "Os gwnaethoch deipio'r cyfeiriad gwe, gwnewch yn siŵr ei fod yn gywir.",
    pasted: "Os gwnaethoch ludo'r cyfeiriad gwe, gwnewch yn siŵr eich bod wedi copïo'r cyfeiriad cyfan.",
    wayOn: 'Gallwch:',
    letters: 'weld y llythyrau agored',
    blog: 'ddarllen y blog',
  },
  admin: {
    signIn: {
      title: "Mewngofnodi i weithle'r ymgyrchwyr",
      lead: "Mae ymgyrchwyr yn mewngofnodi gyda dolen a anfonir drwy e-bost: dim cyfrinair i'w gofio nac i'w ollwng.",
      email: { label: 'Cyfeiriad e-bost', hint: "Y cyfeiriad a roddodd yr ymgyrch ar eich cyfer" },
      submit: 'Anfon dolen mewngofnodi ataf',
    },
    sent: {
      title: 'Edrychwch ar eich e-bost',
      body: "Os caiff y cyfeiriad hwn fewngofnodi i'r gweithle, mae dolen mewngofnodi ar ei ffordd ato.",
      expiry: "Mae'r ddolen yn gweithio unwaith, am 15 munud.",
      spam: "Dim byd ar ôl ychydig funudau? Edrychwch yn eich ffolder sbam neu sothach, neu gofynnwch am ddolen newydd.",
      again: 'Gofyn am ddolen newydd',
    },
    link: {
      title: "Mewngofnodi i'r gweithle",
      intro: "Pwyswch y botwm i fewngofnodi i weithle'r ymgyrchwyr yn y porwr hwn.",
      button: 'Mewngofnodi',
      invalid: {
        unknown: { title: "Nid yw'r ddolen fewngofnodi hon yn ddilys", body: "Gwnewch yn siŵr eich bod wedi agor y ddolen gyfan o'r e-bost." },
        used: { title: "Mae'r ddolen fewngofnodi hon wedi cael ei defnyddio eisoes", body: "Mae pob dolen yn mewngofnodi unwaith. Os nad chi oedd hynny, dywedwch wrth yr ymgyrchwyr eraill." },
        expired: { title: "Mae'r ddolen fewngofnodi hon wedi dod i ben", body: 'Mae dolen fewngofnodi yn gweithio am 15 munud.' },
      },
      again: 'Gofyn am ddolen fewngofnodi newydd',
    },
    bar: {
      label: 'Gweithle',
      signedInAs: (email: string) => `Wedi mewngofnodi fel ${email}`,
      home: 'Llythyrau',
      queue: 'Ciw',
      organisations: 'Sefydliadau',
      support: 'Llythyrau cefnogaeth',
      people: 'Pobl a data',
      audit: 'Log archwilio',
      signOut: 'Allgofnodi',
    },
    home: {
      title: "Gweithle'r ymgyrchwyr",
      lead: "Pob llythyr gyda'i ffigurau fel y maen nhw nawr.",
      caption: 'Llofnodion ar bob llythyr',
      columns: {
        letter: 'Llythyr',
        status: 'Statws',
        counted: "Wedi'u cadarnhau a'u cyfrif",
        pending: 'Yn aros am gadarnhad e-bost',
        withdrawn: "Wedi'u tynnu'n ôl",
      },
      none: 'Nid oes llythyrau yn content/letters eto.',
    },
    audit: {
      title: 'Log archwilio',
      lead: (count: number) => `Y ${n(count)} cam diweddaraf yn y gweithle, y mwyaf diweddar yn gyntaf.`,
      caption: "Camau yn y gweithle, y mwyaf diweddar yn gyntaf",
      columns: { at: 'Pryd', actor: 'Pwy', action: 'Beth', subject: 'Am beth', detail: 'Manylion' },
      actions: { sign_in: 'Wedi mewngofnodi', sign_out: 'Wedi allgofnodi', 'organisation.approved': 'Wedi cymeradwyo sefydliad', 'organisation.rejected': 'Wedi gwrthod sefydliad', 'organisation.notable': 'Wedi marcio sefydliad yn nodedig', 'organisation.not_notable': 'Wedi tynnu marc nodedig sefydliad', 'support.published': 'Wedi cyhoeddi llythyr cefnogaeth', 'support.rejected': 'Wedi gwrthod llythyr cefnogaeth', 'support.extract_edited': 'Wedi golygu dyfyniad llythyr cefnogaeth', 'support.notable': 'Wedi marcio llythyr cefnogaeth yn nodedig', 'support.not_notable': 'Wedi tynnu marc nodedig llythyr cefnogaeth', 'data.hidden': 'Wedi cuddio enw llofnodwr', 'data.erased': 'Wedi dileu data personol llofnodwr', 'data.exported': 'Wedi lawrlwytho allforyn preifat' } as Record<string, string>,
      subjects: { session: 'Sesiwn', signature: 'Llofnod', support_letter: 'Llythyr cefnogaeth' } as Record<string, string>,
      none: 'Nid oes dim wedi cael ei gofnodi eto.',
    },
    queue: {
      title: 'Sefydliadau sy’n aros am gymeradwyaeth',
      lead: (count: number) =>
        count === 1
          ? "Mae 1 sefydliad wedi cadarnhau ei e-bost ond wedi llofnodi o gyfeiriad nad yw ar barth ei wefan. Gwiriwch fod gan yr unigolyn hawl i lofnodi ar ei ran, yna cymeradwywch neu wrthodwch."
          : `Mae ${n(count)} sefydliad wedi cadarnhau eu cyfeiriad e-bost ond wedi llofnodi o gyfeiriad nad yw ar barth eu gwefan. Gwiriwch fod gan bob unigolyn hawl i lofnodi ar ran ei sefydliad, yna cymeradwywch neu wrthodwch.`,
      none: 'Does dim sefydliad yn aros am gymeradwyaeth.',
      home: (count: number) => (count === 1 ? 'Mae 1 sefydliad yn aros am gymeradwyaeth' : `Mae ${n(count)} sefydliad yn aros am gymeradwyaeth`),
      fields: {
        type: 'Math',
        website: 'Gwefan',
        signer: 'Wedi’i lofnodi gan',
        domains: 'Parth yr e-bost a pharth y wefan',
        domainsValue: (email: string, website: string) => `e-bost yn ${email}, gwefan yn ${website}`,
        letter: 'Llythyr',
        confirmed: "E-bost wedi'i gadarnhau",
      },
      approve: (organisation: string) => `Cymeradwyo ${organisation}`,
      approveButton: 'Cymeradwyo',
      reject: {
        label: 'Rheswm dros wrthod',
        hint: "Caiff ei anfon at y llofnodwr drwy e-bost a'i gadw yn y log archwilio. Byddwch yn gwrtais a dywedwch beth fyddai'n helpu.",
        button: 'Gwrthod',
        missing: "Rhowch y rheswm dros wrthod y sefydliad hwn",
        tooLong: (max: number) => `Rhaid i'r rheswm fod yn ${n(max)} nod neu lai`,
      },
      done: {
        approved: "Wedi'i gymeradwyo: mae'r sefydliad bellach ar y rhestr fel un wedi'i ddilysu, ac mae'r llofnodwr wedi cael gwybod drwy e-bost.",
        rejected: "Wedi'i wrthod: mae'r sefydliad yn aros o'r golwg, ac mae'r llofnodwr wedi cael gwybod drwy e-bost, gyda'ch rheswm.",
        gone: "Mae penderfyniad wedi'i wneud am y sefydliad hwnnw eisoes, neu mae wedi tynnu ei lofnod yn ôl: does dim byd wedi newid.",
      } as Record<string, string>,
      doneTitle: 'Wedi’i wneud',
    },
    organisations: {
      title: 'Sefydliadau ar y rhestrau',
      lead: "Pob sefydliad sydd wedi'i restru ar lythyr. Marciwch yn nodedig y rhai y dylai darllenwyr eu gweld gyntaf: byddant ar frig y rhestr o sefydliadau.",
      none: "Nid oes sefydliad wedi'i restru ar unrhyw lythyr eto.",
      caption: (letter: string) => `Sefydliadau wedi'u rhestru ar “${letter}”`,
      columns: { organisation: 'Sefydliad', type: 'Math', website: 'Gwefan', notable: 'Nodedig', change: 'Newid' },
      yes: 'Nodedig',
      no: 'Ddim yn nodedig',
      mark: 'Marcio yn nodedig',
      unmark: "Tynnu'r marc nodedig",
      markLabel: (organisation: string) => `Marcio yn nodedig: ${organisation}`,
      unmarkLabel: (organisation: string) => `Tynnu'r marc nodedig: ${organisation}`,
      done: {
        marked: "Wedi'i farcio yn nodedig: mae'r sefydliad bellach yn dod gyntaf ar y rhestr o sefydliadau.",
        unmarked: "Nid yw'n nodedig mwyach: mae'r sefydliad wedi'i restru gyda'r lleill o'r un math.",
        gone: "Nid yw'r sefydliad hwnnw ar y rhestr mwyach: does dim byd wedi newid.",
      } as Record<string, string>,
      doneTitle: 'Wedi’i wneud',
    },
    support: {
      title: 'Llythyrau cefnogaeth',
      home: (count: number) => (count === 1 ? 'Mae 1 llythyr cefnogaeth yn aros am benderfyniad' : `Mae ${n(count)} llythyr cefnogaeth yn aros am benderfyniad`),
      waiting: {
        title: 'Yn aros am benderfyniad',
        lead: (count: number) =>
          count === 1
            ? "Mae 1 llythyr cefnogaeth wedi'i gadarnhau gan ei awdur. Darllenwch ef, yna cyhoeddwch ef cyn belled ag y mae ei awdur yn ei ganiatáu, neu gwrthodwch ef."
            : `Mae ${n(count)} llythyr cefnogaeth wedi'u cadarnhau gan eu hawduron. Darllenwch bob un, yna cyhoeddwch ef cyn belled ag y mae ei awdur yn ei ganiatáu, neu gwrthodwch ef.`,
        none: 'Does dim llythyr cefnogaeth yn aros am benderfyniad.',
      },
      published: {
        title: "Wedi'u cyhoeddi",
        lead: "Llythyrau cefnogaeth sydd eisoes wedi'u derbyn. Gallwch dal fyrhau dyfyniad neu newid pa rai sy'n nodedig.",
        none: "Nid oes llythyr cefnogaeth wedi'i gyhoeddi eto.",
      },
      fields: {
        role: 'Teitl neu rôl',
        organisation: 'Sefydliad',
        country: 'Gwlad',
        emailDomain: 'Parth e-bost',
        letter: 'Llythyr',
        publish: "Mae'r awdur yn caniatáu",
        confirmed: "E-bost wedi'i gadarnhau",
        published: "Wedi'i gyhoeddi",
        pdf: "Llythyr wedi'i lofnodi",
      },
      publish: { full: "cyhoeddi'r llythyr llawn", extract: "cyhoeddi'r dyfyniad yn unig", none: "cyhoeddi dim: ar gyfer y derbynnydd yn unig" },
      pdfLink: (size: string) => `Lawrlwytho'r PDF (${size} KB)`,
      fullLetter: 'Y llythyr llawn',
      notableTag: 'Nodedig',
      notableChoice: "Nodedig: ei ddangos o flaen y lleill",
      extract: {
        label: 'Dyfyniad',
        hint: "Yn cael ei ddangos ar dudalen y llythyrau cefnogaeth ac i newyddiadurwyr. Byrhewch ef os oes rhaid; cadwch eiriau'r awdur.",
        save: "Cadw'r dyfyniad",
      },
      publishButton: 'Cyhoeddi',
      accept: 'Derbyn ar gyfer y derbynnydd',
      mark: 'Marcio yn nodedig',
      unmark: 'Tynnu’r marc nodedig',
      reject: {
        label: 'Rheswm dros wrthod',
        hint: "Yn cael ei anfon at yr awdur mewn e-bost a'i gadw yn y log archwilio. Byddwch yn gwrtais a dywedwch beth fyddai'n helpu.",
        button: 'Gwrthod',
        missing: "Rhowch y rheswm dros wrthod y llythyr cefnogaeth hwn",
        tooLong: (max: number) => `Rhaid i'r rheswm fod yn ${n(max)} nod neu lai`,
      },
      done: {
        published: "Wedi'i wneud: mae'r llythyr cefnogaeth wedi'i dderbyn, ac mae ei awdur wedi cael gwybod mewn e-bost.",
        rejected: "Wedi'i wrthod: ni chyhoeddir dim o'r llythyr, ac mae ei awdur wedi cael gwybod mewn e-bost gyda'ch rheswm.",
        extract: "Mae'r dyfyniad wedi'i gadw.",
        notable: "Wedi'i farcio yn nodedig: mae bellach yn dod gyntaf.",
        not_notable: 'Nid yw bellach yn nodedig.',
        gone: "Mae penderfyniad eisoes wedi'i wneud am y llythyr cefnogaeth hwnnw: ni newidiwyd dim.",
      } as Record<string, string>,
      doneTitle: "Wedi'i wneud",
    },
    people: {
      title: 'Pobl a’u data',
      lead: 'Dewch o hyd i bopeth a lofnodwyd gan gyfeiriad e-bost, i ateb cais am ddata person: cuddio llofnod o’r rhestrau cyhoeddus, neu ei ddileu. Mae angen rheswm ar gyfer pob cam, ac fe’i cedwir yn y log archwilio.',
      email: { label: 'Cyfeiriad e-bost', hint: 'Mae unrhyw ffurf ar y cyfeiriad yn dod o hyd iddo: nid yw priflythrennau, dotiau mewn cyfeiriad Gmail na +tagiau o bwys' },
      find: 'Chwilio',
      results: {
        title: 'Llofnodion gan y cyfeiriad hwn',
        caption: 'Llofnodion gan y cyfeiriad hwn, ar bob llythyr',
        none: 'Does dim llofnod â’r cyfeiriad e-bost hwn.',
      },
      columns: { letter: 'Llythyr', name: 'Enw', state: 'Cyflwr', signed: 'Llofnodwyd', listed: 'Ar y rhestr gyhoeddus' },
      states: { pending: 'Yn aros am gadarnhad e-bost', verified: 'Wedi’i gadarnhau', withdrawn: 'Wedi’i dynnu’n ôl' } as Record<string, string>,
      listed: { shown: 'Wrth ei enw', anonymous: 'Fel cefnogwr dienw' },
      support: {
        title: 'Llythyrau cefnogaeth gan y cyfeiriad hwn',
        item: (author: string, letter: string, when: string) => `${author}, ar gyfer “${letter}”, anfonwyd ${when}`,
      },
      actionsTitle: (letter: string) => `Gweithredu ar y llofnod ar “${letter}”`,
      reason: {
        label: 'Rheswm',
        hint: 'Fe’i cedwir yn y log archwilio. Dywedwch beth ofynnodd y person amdano; peidiwch ag ysgrifennu ei enw na’i gyfeiriad yma.',
        missing: 'Rhowch y rheswm dros y newid hwn',
        tooLong: (max: number) => `Rhaid i’r rheswm fod yn ${n(max)} nod neu lai`,
      },
      hide: 'Cuddio’r enw: rhestru fel cefnogwr dienw',
      withdraw: 'Tynnu’r llofnod yn ôl hefyd: nid yw’n cael ei gyfrif mwyach',
      eraseSupport: 'Dileu llythyrau cefnogaeth y cyfeiriad hwn hefyd, gyda’u PDFs',
      erase: 'Dileu’r data personol',
      done: {
        hidden: 'Wedi’i guddio: mae’r llofnod yn dal i gael ei gyfrif, ac wedi’i restru fel cefnogwr dienw.',
        erased: 'Wedi’i ddileu: mae’r enw, y cyfeiriad e-bost a phopeth arall a deipiodd y person wedi’u dileu. Mae’r llofnod yn dal i gael ei gyfrif, yn ddienw.',
        erasedWithdrawn: 'Wedi’i ddileu a’i dynnu’n ôl: mae’r data personol wedi’i ddileu ac nid yw’r llofnod yn cael ei gyfrif mwyach.',
        gone: 'Mae’r llofnod hwnnw eisoes wedi’i ddileu: ni newidiwyd dim.',
      } as Record<string, string>,
      doneTitle: 'Wedi’i wneud',
      auditLink: 'Gweld y log archwilio',
      exports: {
        title: 'Allforion preifat',
        lead: 'CSV o lofnodion wedi’u cadarnhau pob llythyr, gyda chyfeiriadau e-bost y rhai a ofynnodd am y newyddion diweddaraf. Cofnodir pob lawrlwythiad yn y log archwilio. Cadwch y ffeil yn ddiogel a’i dileu pan fyddwch wedi gorffen.',
        link: (letter: string) => `Lawrlwytho CSV preifat “${letter}”`,
      },
    },
    signOut: {
      title: 'Allgofnodi',
      intro: "Allgofnodi o'r gweithle yn y porwr hwn.",
      button: 'Allgofnodi',
    },
  },
};
