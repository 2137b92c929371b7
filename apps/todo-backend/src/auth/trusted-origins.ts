const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

/**
 * The origins a browser may sign in from: the public URL's, its loopback aliases when it is a loopback address
 * (someone who opens `http://127.0.0.1:3000` instead of `http://localhost:3000` reaches the same server), and the
 * configured extra ones.
 */
export function trustedOriginsOf(baseUrl: string, extra: readonly string[]): string[] {
  const base = new URL(baseUrl);
  const aliases = LOOPBACK_HOSTS.includes(base.hostname)
    ? LOOPBACK_HOSTS.map((host) => `${base.protocol}//${host}${base.port ? `:${base.port}` : ''}`)
    : [];
  return [...new Set([base.origin, ...aliases, ...extra])];
}
