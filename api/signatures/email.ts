/**
 * The key that makes "Sian.Jones+letter@GoogleMail.com" and "sianjones@gmail.com" one signer.
 * Only for finding duplicates: mail always goes to the address as typed.
 */
const dotBlind = new Set(['gmail.com', 'googlemail.com']);

export function emailKey(address: string): string {
  const at = address.lastIndexOf('@');
  let local = address.slice(0, at).toLowerCase();
  let domain = address.slice(at + 1).toLowerCase().replace(/\.$/, '');
  local = local.split('+')[0] || local;
  if (dotBlind.has(domain)) {
    local = local.replaceAll('.', '');
    domain = 'gmail.com';
  }
  return `${local}@${domain}`;
}
