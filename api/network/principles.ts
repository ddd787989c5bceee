/**
 * The network's principles as a person agrees to them on the join form. A member keeps the
 * version they agreed to (`members.principles_version`): a change of wording is a new version
 * added here, the old ones kept, so what each member agreed to can always be read again.
 * No Node imports, so the join form's schema runs in a browser too.
 */
export const principles = {
  '2026-12': {
    en: [
      'Co-production means citizens and the people who provide public services designing and delivering them together, as equals.',
      'The network is independent and led by its members: no government, funder or organisation directs it.',
      'We share what we learn openly, including what did not work, and we credit the people whose knowledge we use.',
      'We treat each other with respect, in Welsh or in English, and value lived experience as much as professional expertise.',
      'We do not use the network to sell, or to campaign for a party.',
    ],
    cy: [
      "Ystyr cyd-gynhyrchu yw bod dinasyddion a'r bobl sy'n darparu gwasanaethau cyhoeddus yn eu cynllunio a'u darparu gyda'i gilydd, fel partneriaid cyfartal.",
      "Mae'r rhwydwaith yn annibynnol ac yn cael ei arwain gan ei aelodau: nid oes unrhyw lywodraeth, cyllidwr na sefydliad yn ei gyfarwyddo.",
      "Rydym yn rhannu'r hyn a ddysgwn yn agored, gan gynnwys yr hyn na weithiodd, ac yn cydnabod y bobl y defnyddiwn eu gwybodaeth.",
      "Rydym yn trin ein gilydd â pharch, yn Gymraeg neu yn Saesneg, ac yn gwerthfawrogi profiad bywyd gymaint ag arbenigedd proffesiynol.",
      "Nid ydym yn defnyddio'r rhwydwaith i werthu, nac i ymgyrchu dros blaid.",
    ],
  },
} as const satisfies Record<string, { en: readonly string[]; cy: readonly string[] }>;

export type PrinciplesVersion = keyof typeof principles;
export const principlesVersions = Object.keys(principles) as PrinciplesVersion[];
/** The version the join form shows now. */
export const currentPrinciplesVersion: PrinciplesVersion = '2026-12';
