import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '../paths.ts';

/** One public path on Doable's host and the service it goes to (a row of the Helm charts' route table). */
export interface Route {
  /** A prefix, matched as an Ingress's pathType Prefix: the path itself or anything below it. */
  path: string;
  /** The Helm chart, which is also the Dapr app id. */
  service: string;
  /** Carries WebSocket upgrades. */
  websocket: boolean;
}

/** The route table every chart's Ingress is rendered from. */
export const routeTableFile = join(repoRoot, 'k8s', 'helm', 'doable-lib', 'templates', '_routes.tpl');

const DEFINE = /^\{\{-? define "doable-lib\.routes" -?\}\}$/;
const END = /^\{\{-? end -?\}\}$/;

/** The rows of the route table: the YAML between its template's `define` and `end` lines. */
export function parseRouteTable(template: string): Route[] {
  const lines = template.split('\n');
  const start = lines.findIndex((line) => DEFINE.test(line.trim()));
  const end = lines.findIndex((line, n) => n > start && END.test(line.trim()));
  if (start < 0 || end < 0) throw new Error('the route table has no `define "doable-lib.routes"` … `end` block');
  const rows: unknown = parse(lines.slice(start + 1, end).join('\n'));
  if (!Array.isArray(rows)) throw new Error('the route table is not a YAML list');
  return rows.map((row: { path?: unknown; service?: unknown; websocket?: unknown }, n) => {
    if (typeof row.path !== 'string' || !row.path.startsWith('/') || typeof row.service !== 'string')
      throw new Error(`route ${n + 1} needs a path starting with / and a service: ${JSON.stringify(row)}`);
    if (row.websocket !== undefined && typeof row.websocket !== 'boolean') throw new Error(`route ${row.path}: websocket is true or false`);
    return { path: row.path, service: row.service, websocket: row.websocket === true };
  });
}

export function readRouteTable(file = routeTableFile): Route[] {
  return parseRouteTable(readFileSync(file, 'utf8'));
}
