import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

/**
 * Server-side request forgery guard. Webhook endpoints and the WhatsApp API base URL are
 * URLs a customer types in and Tally's server then calls: pointed at loopback, a private
 * network or a link-local address (a cloud's metadata service at 169.254.169.254), they
 * would let a customer reach what only the server can. Such URLs are refused when saved
 * and again before each call, since what a name resolves to can change in between.
 *
 * `TALLY_ALLOW_PRIVATE_URLS=true` turns the guard off, for an on-premise install whose
 * receivers live on its own network, and for tests, whose receivers listen on 127.0.0.1.
 * It is read at each check, like the other outbound settings, so it needs no restart.
 */
export function privateUrlsAllowed(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.TALLY_ALLOW_PRIVATE_URLS === 'true';
}

/**
 * Why Tally must not call `url` (it is, or its name resolves to, a loopback, private or
 * link-local address), or undefined. A name that does not resolve now is let through:
 * there is nothing to reach, and the check runs again before every call.
 */
export async function privateUrlProblem(
  url: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string | undefined> {
  if (privateUrlsAllowed(env)) return undefined;
  let host: string;
  try {
    host = new URL(url).hostname.replace(/^\[(.*)\]$/, '$1');
  } catch {
    return 'must be an absolute URL';
  }
  let addresses: string[];
  if (isIP(host) !== 0) {
    addresses = [host];
  } else {
    try {
      addresses = (await lookup(host, { all: true, verbatim: true })).map((entry) => entry.address);
    } catch {
      return undefined;
    }
  }
  const blocked = addresses.find(isPrivateAddress);
  if (blocked === undefined) return undefined;
  return `must not point to a loopback, private or link-local address (${host} is ${blocked})`;
}

/** Whether an IP address is one a customer-given URL must not reach; anything unparsable is. */
export function isPrivateAddress(address: string): boolean {
  const version = isIP(address);
  if (version === 4) return isPrivateIpv4(ipv4Number(address));
  if (version === 6) return isPrivateIpv6(ipv6Groups(address));
  return true;
}

/** [first address, prefix length] of every IPv4 range that is not the public internet. */
const privateIpv4Ranges: readonly (readonly [string, number])[] = [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, cloud metadata services
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, and the broadcast address
];

function isPrivateIpv4(address: number): boolean {
  return privateIpv4Ranges.some(([first, bits]) => {
    const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
    return (address & mask) >>> 0 === ipv4Number(first);
  });
}

function ipv4Number(address: string): number {
  return address.split('.').reduce((value, octet) => ((value << 8) | Number(octet)) >>> 0, 0);
}

function isPrivateIpv6(groups: number[]): boolean {
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = groups;
  const embeddedIpv4 = (high: number, low: number) => isPrivateIpv4(((high << 16) | low) >>> 0);
  // ::/96 (unspecified, loopback, IPv4-compatible) and ::ffff:0:0/96 (IPv4-mapped).
  if (g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0 && (g5 === 0 || g5 === 0xffff)) {
    return embeddedIpv4(g6, g7);
  }
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) {
    return embeddedIpv4(g6, g7); // NAT64
  }
  if (g0 === 0x2002) return embeddedIpv4(g1, g2); // 6to4
  if ((g0 & 0xfe00) === 0xfc00) return true; // unique local
  if ((g0 & 0xffc0) === 0xfe80 || (g0 & 0xffc0) === 0xfec0) return true; // link-local, site-local
  return (g0 & 0xff00) === 0xff00; // multicast
}

/** The eight 16-bit groups of an IPv6 address, `::` expanded and a trailing dotted quad read. */
function ipv6Groups(address: string): number[] {
  let text = address.toLowerCase().split('%')[0] ?? '';
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text)?.[1];
  if (dotted !== undefined) {
    const value = ipv4Number(dotted);
    text = `${text.slice(0, -dotted.length)}${(value >>> 16).toString(16)}:${(value & 0xffff).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const headGroups = head === '' ? [] : head.split(':');
  if (tail === undefined) return headGroups.map((group) => Number.parseInt(group, 16));
  const tailGroups = tail === '' ? [] : tail.split(':');
  const zeros = Array.from({ length: 8 - headGroups.length - tailGroups.length }, () => '0');
  return [...headGroups, ...zeros, ...tailGroups].map((group) => Number.parseInt(group, 16));
}
