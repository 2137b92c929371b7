import { describe, expect, it } from 'vitest';
import { locationsOf, nginxConfig } from './nginx-config.ts';
import { parseRouteTable, readRouteTable } from './route-table.ts';

const routes = [
  { path: '/', service: 'todo-frontend', websocket: false },
  { path: '/ws', service: 'websocket-service', websocket: true },
  { path: '/docs', service: 'todo-backend', websocket: false },
];

/** Each `location` of a configuration with the first line of its body. */
const locations = (config: string) =>
  [...config.matchAll(/location ([^{]+?) \{\n\s+([^\n]+)/g)].map(([, location, first]) => `${location} → ${first}`);

describe('the local proxy configuration', () => {
  it('gives each route an Ingress Prefix path meaning: the path and what is below it, not a longer name', () => {
    expect(locationsOf('/')).toEqual(['/']);
    expect(locationsOf('/api/v1/push')).toEqual(['= /api/v1/push', '/api/v1/push/']);
    expect(locationsOf('/docs/')).toEqual(['= /docs', '/docs/']);
  });

  it('sends each route to its service replicas, balanced over an upstream of their ports', () => {
    const config = nginxConfig({
      port: 7000,
      routes,
      upstreams: { 'todo-frontend': [7008], 'websocket-service': [7006, 7007], 'todo-backend': [7001, 7002], 'audit-service': [7004] },
      dir: '/run/x/proxy',
    });
    expect(locations(config)).toEqual([
      '/ → proxy_pass http://todo-frontend;',
      '= /ws → proxy_pass http://websocket-service;',
      '/ws/ → proxy_pass http://websocket-service;',
      '= /docs → proxy_pass http://todo-backend;',
      '/docs/ → proxy_pass http://todo-backend;',
    ]);
    expect(config).toContain('upstream websocket-service {\n    server 127.0.0.1:7006;\n    server 127.0.0.1:7007;\n  }');
    // A service no route names gets no upstream.
    expect(config).not.toContain('audit-service');
    expect(config).toContain('listen 127.0.0.1:7000;');
    expect(config).toContain('pid /run/x/proxy/nginx.pid;');
  });

  it('passes WebSocket upgrades on the WebSocket route only, with its hour of idle time', () => {
    const config = nginxConfig({
      port: 7000,
      routes,
      upstreams: { 'todo-frontend': [1], 'websocket-service': [2], 'todo-backend': [3] },
      dir: '/d',
    });
    const body = (location: string) => config.split(`location ${location} {`)[1]?.split('}')[0] ?? '';
    for (const location of ['= /ws', '/ws/']) {
      expect(body(location)).toContain('proxy_set_header Upgrade $http_upgrade;');
      expect(body(location)).toContain('proxy_set_header Connection $connection_upgrade;');
      expect(body(location)).toContain('proxy_read_timeout 3600s;');
    }
    expect(body('/')).not.toContain('Upgrade');
    expect(body('/')).toContain('proxy_set_header Host $http_host;');
  });

  it('answers 503 naming the service on a route whose service this stack did not start', () => {
    const config = nginxConfig({ port: 7000, routes, upstreams: { 'todo-frontend': [1] }, dir: '/d' });
    expect(locations(config)).toContain('= /ws → return 503 "websocket-service is not running in this stack\\n";');
    expect(config).not.toContain('upstream websocket-service');
  });
});

describe('the route table', () => {
  it('is read from the Helm library chart: each path once, the frontend at the root', () => {
    const table = readRouteTable();
    expect(table.find((r) => r.path === '/')?.service).toBe('todo-frontend');
    expect(new Set(table.map((r) => r.path)).size).toBe(table.length);
  });

  it('refuses a template without its block, or a row without a service', () => {
    expect(() => parseRouteTable('- path: /')).toThrow(/no `define "doable-lib.routes"`/);
    expect(() => parseRouteTable('{{- define "doable-lib.routes" -}}\n- path: /x\n{{- end -}}\n')).toThrow(/route 1 needs a path/);
  });
});
