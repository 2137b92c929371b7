import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { otherUserDir } from '../paths.ts';
import { isPortOpen } from '../processes.ts';
import { proxyPid, startProxy, stopProxy } from './proxy.ts';
import { readRouteTable } from './route-table.ts';

/** A service replica that answers with its name, the path and the Host it was asked for. */
async function aReplica(name: string): Promise<{ server: Server; port: number }> {
  const server = createServer((request, response) => response.end(`${name} ${request.url} ${request.headers.host}`));
  new WebSocketServer({ server }).on('connection', (socket, request) => socket.send(`${name} ${request.url} ${request.headers.host}`));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

async function aFreePort(): Promise<number> {
  const { server, port } = await aReplica('probe');
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function firstMessage(url: string): Promise<string> {
  const socket = new WebSocket(url);
  return new Promise((resolve, reject) => {
    socket.once('message', (data) => {
      resolve(String(data));
      socket.close();
    });
    socket.once('error', reject);
  });
}

describe('the stack’s nginx', () => {
  const runDir = mkdtempSync(join(tmpdir(), 'doable-proxy-'));
  const logDir = join(runDir, 'logs');
  const replicas: Server[] = [];
  let port: number;
  let upstreams: Record<string, number[]>;
  beforeAll(async () => {
    const [frontend, live] = await Promise.all([aReplica('frontend'), aReplica('live')]);
    replicas.push(frontend.server, live.server);
    port = await aFreePort();
    upstreams = { 'todo-frontend': [frontend.port], 'websocket-service': [live.port] };
  });
  afterAll(async () => {
    await stopProxy(runDir);
    for (const server of replicas) server.close();
    // As root the proxy's files are outside the run folder (under /var/tmp).
    rmSync(otherUserDir(runDir), { recursive: true, force: true });
    rmSync(runDir, { recursive: true, force: true });
  });

  it('routes the table’s paths with the browser’s Host, WebSocket upgrades included, and names a service it lacks', async () => {
    const pid = await startProxy({ runDir, logDir, port, routes: readRouteTable(), upstreams });
    expect(proxyPid(runDir)).toBe(pid);
    const host = `127.0.0.1:${port}`;
    expect(await (await fetch(`http://${host}/tasks/7?x=1`)).text()).toBe(`frontend /tasks/7?x=1 ${host}`);
    expect(await firstMessage(`ws://${host}/ws?token=t`)).toBe(`live /ws?token=t ${host}`);
    const docs = await fetch(`http://${host}/docs/`);
    expect([docs.status, await docs.text()]).toEqual([503, 'todo-backend is not running in this stack\n']);
    if (process.getuid?.() === 0) {
      // Never as root: the master process (and so its workers) runs as www-data.
      const uid = Number(execFileSync('id', ['-u', 'www-data'], { encoding: 'utf8' }).trim());
      expect(readFileSync(`/proc/${pid}/status`, 'utf8')).toMatch(new RegExp(`^Uid:\\t${uid}\\t`, 'm'));
    }
  });

  it('reloads with the replicas of a later start, keeping its process', async () => {
    const before = proxyPid(runDir);
    const backend = await aReplica('backend');
    replicas.push(backend.server);
    const pid = await startProxy({
      runDir,
      logDir,
      port,
      routes: readRouteTable(),
      upstreams: { ...upstreams, 'todo-backend': [backend.port] },
    });
    expect(pid).toBe(before);
    await expect.poll(async () => (await fetch(`http://127.0.0.1:${port}/docs/`)).text()).toBe(`backend /docs/ 127.0.0.1:${port}`);
  });

  it('stops, and is gone', async () => {
    expect(await stopProxy(runDir)).toBe(true);
    expect(proxyPid(runDir)).toBeUndefined();
    expect(await isPortOpen(port)).toBe(false);
    expect(await stopProxy(runDir)).toBe(false);
  });
});
