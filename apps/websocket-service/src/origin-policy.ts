/**
 * Whether a handshake's `Origin` may open a socket. Browsers send the session cookie on a cross-site WebSocket
 * handshake as well, so without this check any page could read a signed-in user's updates (cross-site WebSocket
 * hijacking). Allowed: no Origin (not a browser), the page's own origin (Origin host = Host), and `allowed`
 * entries, exact or with `*` standing for any characters within the host (`https://*.example.com`).
 */
export function isOriginAllowed(origin: string | undefined, host: string | undefined, allowed: readonly string[]): boolean {
  if (origin === undefined) return true;
  if (host !== undefined && hostOf(origin) === host.toLowerCase()) return true;
  return allowed.some((pattern) => matches(pattern.toLowerCase(), origin.toLowerCase()));
}

function hostOf(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}

function matches(pattern: string, origin: string): boolean {
  if (!pattern.includes('*')) return pattern === origin;
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^/]*');
  return new RegExp(`^${source}$`).test(origin);
}
