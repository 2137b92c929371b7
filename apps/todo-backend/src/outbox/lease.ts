import { sql } from 'kysely';
import type { Executor } from '../database/executor.ts';

/**
 * Takes or renews a named lease for `holder` until now + ttl; true when this holder has it. One relay (or sweeper)
 * is active at a time across replicas, and a crashed holder's lease simply expires.
 */
export async function acquireLease(ex: Executor, name: string, holder: string, ttlMs: number): Promise<boolean> {
  const result = await sql<{ holder: string }>`
    insert into backend.leases (name, holder, expires_at)
    values (${name}, ${holder}, now() + make_interval(secs => ${ttlMs / 1000}))
    on conflict (name) do update set holder = excluded.holder, expires_at = excluded.expires_at
    where backend.leases.holder = excluded.holder or backend.leases.expires_at < now()
    returning holder`.execute(ex);
  return result.rows.length === 1;
}

export async function releaseLease(ex: Executor, name: string, holder: string): Promise<void> {
  await sql`delete from backend.leases where name = ${name} and holder = ${holder}`.execute(ex);
}
