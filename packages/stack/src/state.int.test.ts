import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { createDaprClient, DaprError } from '@doable/platform';
import { describe, expect, it } from 'vitest';
import { findPostgresBinDir } from './postgres.ts';
import { daprUrl, sidecar, stackInfo } from './test-stack.ts';

const stateUrl = (key = '') => daprUrl('todo-backend-0', `/v1.0/state/statestore${key ? `/${key}` : ''}`);

function save(items: unknown[]): Promise<Response> {
  return fetch(stateUrl(), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(items) });
}

function sql(query: string): string {
  const url = new URL(stackInfo().postgres.url);
  return execFileSync(
    join(findPostgresBinDir(), 'psql'),
    ['-h', url.hostname, '-p', url.port, '-U', 'postgres', '-d', 'postgres', '-Atc', query],
    {
      encoding: 'utf8',
    },
  ).trim();
}

describe('state store `statestore` on PostgreSQL', () => {
  it('saves, reads, rejects a stale ETag with 409, and deletes', async () => {
    const key = `conv-${randomUUID()}`;
    expect((await save([{ key, value: { turns: 1 } }])).status).toBe(204);

    const first = await fetch(stateUrl(key));
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ turns: 1 });
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    // The row is in PostgreSQL, in the table the committed component names, prefixed with the app id.
    expect(sql(`select value->>'turns' from dapr_state where key = 'todo-backend||${key}'`)).toBe('1');

    expect((await save([{ key, value: { turns: 2 }, etag, options: { concurrency: 'first-write' } }])).status).toBe(204);
    const stale = await save([{ key, value: { turns: 3 }, etag, options: { concurrency: 'first-write' } }]);
    expect(stale.status).toBe(409);
    expect(await (await fetch(stateUrl(key))).json()).toEqual({ turns: 2 });

    expect((await fetch(stateUrl(key), { method: 'DELETE' })).status).toBe(204);
    const gone = await fetch(stateUrl(key));
    expect(gone.status).toBe(204);
    expect(sql(`select count(*) from dapr_state where key = 'todo-backend||${key}'`)).toBe('0');
  });

  it('is scoped to the backend: another app has no state store at all', async () => {
    const res = await fetch(daprUrl('audit-service-0', '/v1.0/state/statestore/anything'));
    expect(res.status).toBe(500);
    expect(((await res.json()) as { errorCode: string }).errorCode).toBe('ERR_STATE_STORE_NOT_CONFIGURED');
  });

  it("through the platform's Dapr client: reads with the ETag, and a first-write save loses to a save in between", async () => {
    const dapr = createDaprClient({ httpPort: sidecar('todo-backend-0').httpPort });
    const key = `conv-${randomUUID()}`;
    expect(await dapr.getState('statestore', key)).toEqual({ value: undefined, etag: undefined });

    // First write of a key nobody has: it lands, and a second first write (a replica that also saw no key) loses.
    expect(await dapr.saveState('statestore', [{ key, value: { turns: 1 }, concurrency: 'first-write' }])).toBe('saved');
    expect(await dapr.saveState('statestore', [{ key, value: { turns: 9 }, concurrency: 'first-write' }])).toBe('conflict');
    const first = await dapr.getState<{ turns: number }>('statestore', key);
    expect(first.value).toEqual({ turns: 1 });
    expect(first.etag).toBeTruthy();

    // Over the version read: lands once; the same ETag again is stale.
    expect(await dapr.saveState('statestore', [{ key, value: { turns: 2 }, etag: first.etag, concurrency: 'first-write' }])).toBe('saved');
    expect(await dapr.saveState('statestore', [{ key, value: { turns: 3 }, etag: first.etag, concurrency: 'first-write' }])).toBe(
      'conflict',
    );
    expect((await dapr.getState('statestore', key)).value).toEqual({ turns: 2 });

    // Last write (the default) lands whatever happened meanwhile.
    expect(await dapr.saveState('statestore', [{ key, value: { turns: 4 } }])).toBe('saved');
    expect((await dapr.getState('statestore', key)).value).toEqual({ turns: 4 });
  });

  it("through the platform's Dapr client: a store the app may not use is an error, not a conflict", async () => {
    const dapr = createDaprClient({ httpPort: sidecar('audit-service-0').httpPort });
    const saving = dapr.saveState('statestore', [{ key: 'anything', value: 1, concurrency: 'first-write' }]);
    await expect(saving).rejects.toBeInstanceOf(DaprError);
    await expect(dapr.getState('statestore', 'anything')).rejects.toThrow(/answered 500/);
  });
});
