import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPostgresBinDir } from './postgres.ts';
import { daprUrl, stackInfo } from './test-stack.ts';

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
});
