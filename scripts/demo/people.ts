/**
 * The cast of the demo campaign: names combined at random from these lists, organisations
 * that are obviously made up ("enghraifft" is Welsh for "example"), real towns.
 * Every address is at example.org or example.net, domains reserved so no mail can reach anyone.
 */

export const welshFirstNames = [
  'Aled', 'Alun', 'Angharad', 'Bethan', 'Bryn', 'Carys', 'Catrin', 'Cerys', 'Dafydd', 'Delyth',
  'Dylan', 'Eirian', 'Eleri', 'Elin', 'Emyr', 'Ffion', 'Gareth', 'Geraint', 'Glesni', 'Gruffydd',
  'Gwenllïan', 'Gwyneth', 'Hywel', 'Ieuan', 'Iolo', 'Lowri', 'Llinos', 'Manon', 'Meinir', 'Meirion',
  'Nia', 'Owain', 'Rhian', 'Rhodri', 'Rhys', 'Siân', 'Siôn', 'Sioned', 'Tegwen', 'Tomos', 'Ynyr', 'Llŷr',
];

export const englishFirstNames = [
  'Alice', 'Amir', 'Ben', 'Charlotte', 'Chris', 'Claire', 'Daniel', 'Emma', 'Fatima', 'George',
  'Hannah', 'Helen', 'James', 'Jo', 'Kate', 'Kwame', 'Laura', 'Liam', 'Lucy', 'Mark', 'Matthew',
  'Mei', 'Nicola', 'Oliver', 'Paul', 'Priya', 'Rachel', 'Ruth', 'Sam', 'Sarah', 'Simon', 'Sophie', 'Tom', 'Zoe',
];

export const welshSurnames = [
  'Bevan', 'Davies', 'Edwards', 'Evans', 'Griffiths', 'Gruffudd', 'Howells', 'Hughes', 'Jenkins', 'Jones',
  'Lewis', 'Llewellyn', 'Lloyd', 'Morgan', 'Morris', 'Owen', 'Parry', 'Powell', 'Price', 'Pritchard',
  'Probert', 'Prosser', 'Prydderch', 'Rees', 'Roberts', 'Thomas', 'Vaughan', 'Watkins', 'Williams', 'ap Dafydd',
];

export const englishSurnames = [
  'Baker', 'Chen', 'Clarke', 'Cooper', 'Fletcher', 'Green', 'Hall', 'Harris', 'Hill', 'Jackson', 'Khan',
  'King', 'Martin', 'Nguyen', 'Okafor', 'Patel', 'Robinson', 'Rodriguez', 'Shaw', 'Taylor', 'Turner',
  'Walker', 'Ward', 'White', 'Wright',
];

/** Made-up places for made-up organisations; the Welsh ones also name Welsh-language groups. */
export const fictionalPlaces = ['Example Valley', 'Sample Bay', 'Demo Vale', 'Placeholder Heath', 'Mock Harbour', 'Testwater'];
export const fictionalWelshPlaces = ['Llanenghraifft', 'Aberenghraifft', 'Cwm Sampl', 'Trefenghraifft', 'Pen-y-Sampl', 'Nant Enghraifft'];

/** What each kind of organisation is called, and who signs for it. */
export const organisationKinds: readonly { suffix: string; role: string }[] = [
  { suffix: 'Community Trust', role: 'Chair' },
  { suffix: "Carers' Forum", role: 'Coordinator' },
  { suffix: 'Housing Co-operative', role: 'Secretary' },
  { suffix: 'Youth Project', role: 'Project lead' },
  { suffix: 'Health Partnership', role: 'Director' },
  { suffix: 'Mental Health Network', role: 'Network manager' },
  { suffix: 'Disability Rights Group', role: 'Chair' },
  { suffix: 'Timebank', role: 'Coordinator' },
  { suffix: "Tenants' Association", role: 'Secretary' },
  { suffix: 'Parent Carer Forum', role: 'Co-chair' },
  { suffix: 'Recovery College', role: 'Principal' },
  { suffix: 'Arts Collective', role: 'Artistic director' },
  { suffix: 'Food Partnership', role: 'Development officer' },
  { suffix: "Men's Shed", role: 'Treasurer' },
  { suffix: 'Community Council', role: 'Clerk' },
  { suffix: 'Citizens Panel', role: 'Facilitator' },
];

/** A few organisations that name themselves in Welsh: prefix + place. */
export const welshOrganisationKinds: readonly { prefix: string; role: string }[] = [
  { prefix: 'Fforwm Gofalwyr', role: 'Cydlynydd' },
  { prefix: 'Menter Gymunedol', role: 'Cadeirydd' },
  { prefix: 'Cymdeithas Tai', role: 'Ysgrifennydd' },
];

/** Organisations abroad, whose researchers wrote to support the first letter. */
export const abroadOrganisations: Record<string, readonly string[]> = {
  'GB-ENG': ['Example City Co-production Hub', 'Sample Shire Citizens Network', 'Institute for Placeholder Studies'],
  'GB-SCT': ['Scottish Example Co-production Collaborative', 'Demo Glen Community Health Forum'],
  US: ['Example State University Co-production Lab', 'Sampleton Neighborhood Timebank'],
  AU: ['Sample Coast Co-production Institute', 'Example Bay Community Health Council'],
};

export const individualRoles = [
  'Carer', 'Community nurse', 'Social worker', 'Youth worker', 'Occupational therapist', 'GP',
  'Housing officer', 'Volunteer', 'Retired teacher', 'Service user', 'Researcher', 'Student',
  'Community development worker', 'Librarian', 'Peer support worker', 'Parent',
];

export const abroadRoles = ['Professor of Social Policy', 'Researcher', 'Lecturer in Public Health', 'Co-production practitioner'];

/** Principal areas by ONS code, with a couple of their towns and a rough weight (population). */
export const walesTowns: Record<string, { towns: readonly string[]; weight: number }> = {
  W06000001: { towns: ['Llangefni', 'Holyhead'], weight: 2 },
  W06000002: { towns: ['Bangor', 'Caernarfon', 'Dolgellau'], weight: 4 },
  W06000003: { towns: ['Llandudno', 'Conwy'], weight: 3 },
  W06000004: { towns: ['Rhyl', 'Denbigh'], weight: 3 },
  W06000005: { towns: ['Mold', 'Flint'], weight: 5 },
  W06000006: { towns: ['Wrexham'], weight: 4 },
  W06000008: { towns: ['Aberystwyth', 'Cardigan'], weight: 3 },
  W06000009: { towns: ['Haverfordwest', 'Fishguard'], weight: 4 },
  W06000010: { towns: ['Carmarthen', 'Llanelli'], weight: 6 },
  W06000011: { towns: ['Swansea'], weight: 8 },
  W06000012: { towns: ['Neath', 'Port Talbot'], weight: 4 },
  W06000013: { towns: ['Bridgend', 'Maesteg'], weight: 5 },
  W06000014: { towns: ['Barry', 'Penarth'], weight: 4 },
  W06000015: { towns: ['Cardiff'], weight: 12 },
  W06000016: { towns: ['Pontypridd', 'Aberdare'], weight: 8 },
  W06000018: { towns: ['Caerphilly', 'Blackwood'], weight: 6 },
  W06000019: { towns: ['Ebbw Vale', 'Tredegar'], weight: 2 },
  W06000020: { towns: ['Pontypool', 'Cwmbran'], weight: 3 },
  W06000021: { towns: ['Abergavenny', 'Monmouth'], weight: 3 },
  W06000022: { towns: ['Newport'], weight: 5 },
  W06000023: { towns: ['Brecon', 'Newtown', 'Llandrindod Wells'], weight: 4 },
  W06000024: { towns: ['Merthyr Tydfil'], weight: 2 },
};

export const townsAbroad: Record<string, readonly string[]> = {
  'GB-ENG': ['Bristol', 'Manchester', 'London', 'Leeds', 'Chester', 'Hereford'],
  'GB-SCT': ['Glasgow', 'Edinburgh', 'Dundee', 'Inverness'],
  US: ['Portland', 'Chicago', 'Boston', 'Minneapolis'],
  AU: ['Melbourne', 'Brisbane', 'Adelaide', 'Perth'],
};

/** What some signers add, in their own words; written for the demo. */
export const comments: Record<'en' | 'cy' | 'abroad', readonly string[]> = {
  en: [
    "Co-production made the difference in my mother's care. Every service should work this way.",
    'As a carer I have sat in too many meetings where the decision was already made. Let us do it properly.',
    'Our timebank shows what happens when people are treated as assets, not problems.',
    'Wales led the way with the Future Generations Act. Time to follow it through.',
    'A network for Wales would help small groups like ours share what works.',
    "I'm a social worker; the best outcomes I have seen were designed with families, not for them.",
    'Please make this a commitment, not a slogan.',
    'Signed with the full support of our board and members.',
    'Young people have plenty to say about the services built for them. Ask them.',
  ],
  cy: [
    "Mae cyd-gynhyrchu yn rhoi llais go iawn i bobl. Diolch am drefnu'r llythyr hwn.",
    "Rydyn ni'n gweld bob dydd beth sy'n bosib pan fydd pobl yn gweithio gyda'i gilydd.",
    "Dylai pob gwasanaeth cyhoeddus gael ei gynllunio gyda'r bobl sy'n ei ddefnyddio.",
    'Mae angen rhwydwaith annibynnol i Gymru. Pob lwc!',
  ],
  abroad: [
    "Watching from abroad: Wales's approach is studied closely here.",
    'Our own networks grew from exactly this kind of government backing. Wales is ready for it.',
  ],
};
