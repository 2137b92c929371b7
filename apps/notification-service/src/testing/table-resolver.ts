import type { HostResolver } from '../push-endpoints/host-resolver.ts';

/** A resolver from a table (`localhost` included), so tests never touch DNS; other names do not resolve. */
export function tableResolver(table: Record<string, string[]>): HostResolver {
  const entries: Record<string, string[]> = { localhost: ['127.0.0.1', '::1'], ...table };
  return async (hostname) => {
    const addresses = entries[hostname];
    if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
}

/** A public address (example.com's) for names tests pretend are push services. */
export const PUBLIC_ADDRESS = '93.184.215.14';
