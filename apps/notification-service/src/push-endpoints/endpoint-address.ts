import ipaddr from 'ipaddr.js';

/** `public`, or the name of the special-purpose range an address falls in (`loopback`, `private`, `linkLocal`, …). */
export type AddressKind = string;

// IPv6 outside 2000::/3 (global unicast) is never a push service, whatever ipaddr.js calls it (e.g. ::/96, IPv4-compatible).
const GLOBAL_UNICAST = ipaddr.parseCIDR('2000::/3');

/** Where an IP address points: `public`, or the special range it belongs to (IPv4-mapped IPv6 is judged as IPv4). */
export function addressKind(address: string): AddressKind {
  if (!ipaddr.isValid(address)) return 'invalid';
  const ip = ipaddr.process(address);
  const range = ip.range();
  if (range !== 'unicast') return range;
  if (ip.kind() === 'ipv6' && !ip.match(GLOBAL_UNICAST)) return 'reserved';
  return 'public';
}

const WORDS: Record<string, string> = {
  loopback: 'a loopback',
  private: 'a private',
  linkLocal: 'a link-local',
  uniqueLocal: 'a unique-local',
  unspecified: 'an unspecified',
  multicast: 'a multicast',
  broadcast: 'a broadcast',
  carrierGradeNat: 'a carrier-grade NAT',
  invalid: 'an invalid',
};

/** "a link-local address", for messages a person reads. */
export function describeKind(kind: AddressKind): string {
  return `${WORDS[kind] ?? 'a reserved'} address`;
}
