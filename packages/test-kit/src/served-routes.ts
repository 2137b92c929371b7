/**
 * Every method and path a Fastify app serves, read from its printed route tree (Fastify has no list of routes):
 * each line is a path segment under its parent, with the methods served there in brackets.
 */
export function servedRoutes(app: { printRoutes(options: { commonPrefix: boolean }): string }): { method: string; path: string }[] {
  const routes: { method: string; path: string }[] = [];
  const segments: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const node = line.match(/^((?:│ {3}| {4})*)(?:├── |└── )(.*?)(?: \(([A-Z, ]+)\))?$/);
    if (!node) continue;
    segments.length = (node[1] ?? '').length / 4;
    segments.push(node[2] ?? '');
    for (const method of node[3]?.split(', ') ?? []) routes.push({ method, path: segments.join('') });
  }
  return routes;
}
