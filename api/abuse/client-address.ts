import { isIP } from 'node:net';

/**
 * Where a request came from. Without a proxy, only the socket's own address: any header a client
 * sends can be forged. Behind `trustProxy` proxies, each of which appends the address it heard
 * from to X-Forwarded-For, the address that many hops back; entries further left were written
 * by the client and are never believed.
 */
export function clientAddress(peer: string | undefined, forwardedFor: string | null | undefined, trustProxy: number): string | undefined {
  const hops = trustProxy > 0 && forwardedFor ? forwardedFor.split(',').map((s) => s.trim()) : [];
  const chain = [...hops, peer ?? ''];
  const heard = chain[Math.max(0, chain.length - 1 - trustProxy)];
  return normalise(heard ?? '') ?? normalise(peer ?? '');
}

/** A bare address: no port, no brackets, an IPv4 address mapped into IPv6 as IPv4. */
function normalise(raw: string): string | undefined {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(raw);
  const v4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(raw);
  const address = (bracketed?.[1] ?? v4WithPort?.[1] ?? raw).toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(address);
  const plain = mapped?.[1] ?? address;
  return isIP(plain) ? plain : undefined;
}

/** An address as one number, and how many bits it has. */
function toBits(address: string): { bits: bigint; width: 32 | 128 } {
  if (isIP(address) === 4) {
    return { bits: address.split('.').reduce((n, part) => (n << 8n) | BigInt(part), 0n), width: 32 };
  }
  const [head = '', tail] = address.split('::');
  const groups = (s: string) => (s ? s.split(':') : []);
  const missing = 8 - groups(head).length - groups(tail ?? '').length;
  const all = tail === undefined ? groups(head) : [...groups(head), ...Array(missing).fill('0'), ...groups(tail)];
  return { bits: all.reduce((n, g) => (n << 16n) | BigInt(parseInt(g, 16)), 0n), width: 128 };
}

/**
 * The network a limit counts by: an IPv4 address alone, an IPv6 address by its /64, since one
 * household or phone is handed a whole /64 and may use any address in it.
 */
export function networkOf(address: string): string {
  if (isIP(address) === 4) return address;
  const prefix = toBits(address).bits >> 64n;
  const groups = Array.from({ length: 4 }, (_, i) => ((prefix >> BigInt(16 * (3 - i))) & 0xffffn).toString(16));
  return `${groups.join(':')}::/64`;
}

export type AddressRange = { bits: bigint; width: 32 | 128; prefix: number; text: string };

/** `192.0.2.0/24`, `2001:db8::/48` or a single address; undefined if it is not one. */
export function parseRange(text: string): AddressRange | undefined {
  const [address = '', length] = text.trim().split('/');
  const plain = normalise(address);
  if (!plain) return undefined;
  const { bits, width } = toBits(plain);
  const prefix = length === undefined ? width : Number(length);
  if (!/^\d*$/.test(length ?? '') || !Number.isInteger(prefix) || prefix < 0 || prefix > width) return undefined;
  return { bits, width, prefix, text: text.trim() };
}

export function inRange(address: string, range: AddressRange): boolean {
  const { bits, width } = toBits(address);
  if (width !== range.width) return false;
  const shift = BigInt(width - range.prefix);
  return bits >> shift === range.bits >> shift;
}
