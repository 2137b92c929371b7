import ipaddr from 'ipaddr.js';
import { addressKind, describeKind } from './endpoint-address.ts';
import type { HostResolver, ResolvedAddress } from './host-resolver.ts';

export const MAX_ENDPOINT_LENGTH = 2048;

/** Printable ASCII without spaces: what browsers hand out, and nothing a database or a log line chokes on. */
export const ENDPOINT_CHARACTERS = /^[\x21-\x7e]+$/;

/** Where the notification service may send pushes. */
export interface EndpointPolicy {
  resolveHost: HostResolver;
  /** A local test push service: addresses on this machine (and plain http to them) are allowed. Never in production. */
  allowLoopback: boolean;
}

/** The endpoint may not be used; `message` says why, fit for a problem detail and a log line (no path, no token). */
export class EndpointRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EndpointRefusedError';
  }
}

/** The host's name could not be looked up for a reason that may pass (DNS server unreachable, timeout). */
export class EndpointLookupError extends Error {
  constructor(host: string, code: string) {
    super(`looking up ${host} failed (${code})`);
    this.name = 'EndpointLookupError';
  }
}

/** The checks that need no lookup: characters, a URL, https (http only towards a local test push service), no userinfo. */
export function endpointSyntaxProblem(value: string, allowLoopback: boolean): string | undefined {
  if (!ENDPOINT_CHARACTERS.test(value)) return 'Must be a URL of printable ASCII characters, without spaces or control characters.';
  if (!URL.canParse(value)) return 'Must be the https URL of a push service.';
  const url = new URL(value);
  if (url.protocol !== 'https:' && !(allowLoopback && url.protocol === 'http:')) return 'Must be the https URL of a push service.';
  if (url.username || url.password) return 'Must not carry a user name or password.';
  return undefined;
}

/** The origin (scheme, host, port) of an endpoint: what may be logged of it, since its path is a bearer capability. */
export function endpointOrigin(endpoint: string): string {
  return URL.canParse(endpoint) ? new URL(endpoint).origin : '(not a URL)';
}

const NO_SUCH_NAME = new Set(['ENOTFOUND', 'ENODATA', 'EAI_NONAME', 'EAI_NODATA']);

/**
 * The addresses the endpoint's host stands for, each checked: public ones only (loopback too when the policy allows a
 * local test push service, and then plain http only towards loopback). Connect to exactly these, never look the
 * name up again: a second answer could point somewhere else (DNS rebinding).
 */
export async function permittedAddresses(url: URL, policy: EndpointPolicy): Promise<ResolvedAddress[]> {
  // Again here, for rows stored before these rules: sending must never rely on what was checked at subscribe time.
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new EndpointRefusedError(`${url.protocol} is not https.`);
  if (url.username || url.password) throw new EndpointRefusedError('the URL carries a user name or password.');
  const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  const literal = ipaddr.isValid(host);
  let addresses: ResolvedAddress[];
  if (literal) {
    addresses = [{ address: host, family: ipaddr.parse(host).kind() === 'ipv6' ? 6 : 4 }];
  } else {
    try {
      addresses = await policy.resolveHost(host);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
      if (NO_SUCH_NAME.has(code)) throw new EndpointRefusedError(`${url.host} does not resolve.`);
      throw new EndpointLookupError(url.host, code);
    }
    if (addresses.length === 0) throw new EndpointRefusedError(`${url.host} does not resolve.`);
  }
  const verb = literal ? 'is' : 'resolves to';
  for (const { address } of addresses) {
    const kind = addressKind(address);
    if (kind === 'public' || (kind === 'loopback' && policy.allowLoopback)) continue;
    throw new EndpointRefusedError(`${url.host} ${verb} ${describeKind(kind)}; push services are on the public internet.`);
  }
  if (url.protocol === 'http:' && addresses.some(({ address }) => addressKind(address) !== 'loopback')) {
    throw new EndpointRefusedError(`${url.host} is not on this machine; plain http is only for a local test push service.`);
  }
  return addresses;
}
