import { formatDay, formatNumber, formatTime } from '../../format.ts';
import type { en } from './en.ts';

/** The mails about joining the network, in Welsh: the same keys as en.ts. */
const when = (at: Date) => `${formatTime(at, 'cy')} ar ${formatDay(at, 'cy')}`;

export const cy: typeof en = {
  confirm: {
    subject: 'Cadarnhewch eich cais i ymuno â Rhwydwaith Cyd-gynhyrchu Cymru',
    thanks: "Diolch am wneud cais i ymuno â Rhwydwaith Cyd-gynhyrchu Cymru. Cadarnhewch mai hwn yw eich cyfeiriad e-bost: bydd un o gydlynwyr y rhwydwaith wedyn yn darllen eich cais.",
    button: 'Cadarnhau fy nghais',
    expiry: (validDays: number, until: Date) =>
      `Mae'r ddolen yn gweithio am ${formatNumber(validDays, 'cy')} diwrnod, tan ${when(until)} (amser y DU). Os na wnaethoch chi gais, anwybyddwch yr e-bost hwn: ni fydd dim yn digwydd.`,
  },
  approved: {
    subject: 'Croeso i Rwydwaith Cyd-gynhyrchu Cymru',
    body: "Mae un o gydlynwyr y rhwydwaith wedi cymeradwyo eich cais: rydych bellach yn aelod o Rwydwaith Cyd-gynhyrchu Cymru.",
    directory: "Dim ond yr hyn y dewisoch ei ddangos y mae'r cyfeiriadur yn ei ddangos, a dim byd o gwbl oni bai eich bod wedi ei dicio.",
    network: "Ewch i'r rhwydwaith",
  },
  declined: {
    subject: 'Eich cais i ymuno â Rhwydwaith Cyd-gynhyrchu Cymru',
    body: "Mae un o gydlynwyr y rhwydwaith wedi darllen eich cais ac nid yw wedi ei gymeradwyo.",
    reason: (reason: string) => `Eu rheswm: ${reason}`,
    again: "Os oes rhywbeth wedi newid, mae croeso i chi wneud cais eto.",
  },
  held: (name: string, state: 'unconfirmed' | 'awaiting_approval' | 'active' | 'declined' | 'left', at: Date) =>
    `Rhwydwaith Cyd-gynhyrchu Cymru: gwnaethoch gais fel ${name} ar ${formatDay(at, 'cy')}; ${
      { unconfirmed: "nid yw eich cyfeiriad e-bost wedi ei gadarnhau eto", awaiting_approval: 'mae eich cais yn aros am gydlynydd', active: 'rydych yn aelod', declined: 'gwrthodwyd eich cais', left: "rydych wedi gadael y rhwydwaith" }[state]
    }. Mae'r ffeil sydd ynghlwm yn cynnwys popeth a ddywedoch wrth y rhwydwaith.`,
};
