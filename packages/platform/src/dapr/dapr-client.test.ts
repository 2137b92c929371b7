import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createDaprClient } from './dapr-client.ts';
import { createDaprPublisher } from './dapr-publisher.ts';

/** A stand-in sidecar on a loopback port: `answer` handles each request; the requests are kept. */
async function aSidecar(answer: (req: IncomingMessage, res: ServerResponse, body: string) => void) {
  const requests: { method: string; url: string; headers: IncomingMessage['headers']; body: string }[] = [];
  const server: Server = createServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
    answer(req, res, body);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  servers.push(server);
  return { port: (server.address() as AddressInfo).port, requests };
}

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    server.close();
  }
});

describe('the Dapr client’s state API', () => {
  it('reads a value with its ETag, and an absent key as nothing', async () => {
    const sidecar = await aSidecar((req, res) => {
      if (req.url?.endsWith('/missing')) return res.writeHead(204).end();
      res.writeHead(200, { 'content-type': 'application/json', etag: '42' }).end('{"turns":1}');
    });
    const dapr = createDaprClient({ httpPort: sidecar.port, apiToken: 'token' });
    expect(await dapr.getState('statestore', 'conversation a/b')).toEqual({ value: { turns: 1 }, etag: '42' });
    expect(await dapr.getState('statestore', 'missing')).toEqual({ value: undefined, etag: undefined });
    expect(sidecar.requests[0]).toMatchObject({ method: 'GET', url: '/v1.0/state/statestore/conversation%20a%2Fb' });
    expect(sidecar.requests[0]?.headers['dapr-api-token']).toBe('token');
  });

  it('sends the ETag and concurrency of each item, and only those given', async () => {
    const sidecar = await aSidecar((_req, res) => res.writeHead(204).end());
    const dapr = createDaprClient({ httpPort: sidecar.port });
    const saved = await dapr.saveState('statestore', [
      { key: 'a', value: { n: 1 } },
      { key: 'b', value: [2], etag: '7', concurrency: 'first-write' },
    ]);
    expect(saved).toBe('saved');
    expect(sidecar.requests[0]?.url).toBe('/v1.0/state/statestore');
    expect(JSON.parse(sidecar.requests[0]?.body ?? '')).toEqual([
      { key: 'a', value: { n: 1 } },
      { key: 'b', value: [2], etag: '7', options: { concurrency: 'first-write' } },
    ]);
  });

  it('tells a lost first-write race from a failure', async () => {
    let answer = { status: 409, body: '{"errorCode":"ERR_STATE_SAVE","message":"possible etag mismatch"}' };
    const sidecar = await aSidecar((_req, res) => res.writeHead(answer.status, { 'content-type': 'application/json' }).end(answer.body));
    const dapr = createDaprClient({ httpPort: sidecar.port });
    const stale = { key: 'k', value: 1, etag: '7', concurrency: 'first-write' as const };
    const fresh = { key: 'k', value: 1, concurrency: 'first-write' as const };
    expect(await dapr.saveState('statestore', [stale])).toBe('conflict');

    answer = {
      status: 500,
      body: '{"errorCode":"ERR_STATE_SAVE","message":"failed saving state in state store statestore: no item was updated"}',
    };
    expect(await dapr.saveState('statestore', [fresh])).toBe('conflict');
    // The same answer to a last-write save is no race that another try could win.
    await expect(dapr.saveState('statestore', [{ key: 'k', value: 1 }])).rejects.toThrow(/answered 500/);

    answer = { status: 500, body: '{"errorCode":"ERR_STATE_SAVE","message":"failed to connect to the database"}' };
    await expect(dapr.saveState('statestore', [fresh])).rejects.toThrow(/failed to connect/);
  });

  it('gives up on a sidecar that does not answer, after its timeout', async () => {
    const sidecar = await aSidecar(() => {
      // never answers
    });
    const dapr = createDaprClient({ httpPort: sidecar.port, timeoutMs: 50 });
    await expect(dapr.getState('statestore', 'k')).rejects.toMatchObject({ name: 'TimeoutError' });
    await expect(dapr.saveState('statestore', [{ key: 'k', value: 1 }])).rejects.toMatchObject({ name: 'TimeoutError' });
  });
});

describe('bulk publishing through the sidecar', () => {
  const messages = [
    { topic: 'task-events', key: 'ann', eventId: 'e-1', payload: { n: 1 } },
    { topic: 'task-events', key: 'bob', eventId: 'e-2', payload: { n: 2 } },
    { topic: 'task-events', key: 'cy', eventId: 'e-3', payload: { n: 3 } },
  ];

  it('sends one entry per message with its key and event id, and returns only the entries the sidecar names as failed', async () => {
    const sidecar = await aSidecar((_req, res) => {
      res
        .writeHead(500, { 'content-type': 'application/json' })
        .end(JSON.stringify({ failedEntries: [{ entryId: '1', error: 'broker down' }], errorCode: 'ERR_PUBSUB_PUBLISH_MESSAGE' }));
    });
    const publisher = createDaprPublisher(createDaprClient({ httpPort: sidecar.port, apiToken: 'token' }));

    const failed = await publisher.publishBulk?.('task-events', messages);

    expect(failed).toEqual([{ message: messages[1], error: 'broker down' }]);
    expect(sidecar.requests[0]).toMatchObject({ method: 'POST', url: '/v1.0-alpha1/publish/bulk/kafka-pubsub/task-events' });
    expect(sidecar.requests[0]?.headers['dapr-api-token']).toBe('token');
    expect(JSON.parse(sidecar.requests[0]?.body ?? '')).toEqual(
      messages.map((message, index) => ({
        entryId: String(index),
        event: message.payload,
        contentType: 'application/json',
        metadata: { partitionKey: message.key, 'cloudevent.id': message.eventId },
      })),
    );
  });

  it('returns nothing failed on 204, and throws when the answer names no entries (none may count as sent)', async () => {
    let status = 204;
    const sidecar = await aSidecar((_req, res) => {
      res.writeHead(status).end(status === 204 ? '' : '{"errorCode":"ERR_PUBSUB_NOT_FOUND"}');
    });
    const publisher = createDaprPublisher(createDaprClient({ httpPort: sidecar.port }));
    expect(await publisher.publishBulk?.('task-events', messages)).toEqual([]);
    status = 500;
    await expect(publisher.publishBulk?.('task-events', messages)).rejects.toThrow(/bulk publish to task-events answered 500/);
    status = 400;
    await expect(publisher.publishBulk?.('task-events', messages)).rejects.toThrow(/answered 400/);
  });
});
