import pg from 'pg';

export interface DatabaseTask {
  id: number;
  user_id: string;
  title: string;
  priority: string;
  completed: boolean;
  recurring: string | null;
  recurrence_source_id: number | null;
  reminder_at: Date | null;
  reminder_sent_at: Date | null;
  updated_at: Date;
}

export interface OutboxEntry {
  id: number;
  topic: string;
  partition_key: string;
  event_id: string;
  task_id: number;
  event_type: string | null;
  delivered: boolean;
  created_at: Date;
  delivered_at: Date | null;
}

export interface DatabaseState {
  tasks: DatabaseTask[];
  /** Every row the backend's outbox holds (none is pruned within a week), in id order. */
  outbox: OutboxEntry[];
  auditEventIds: string[];
}

/** Runs `work` on a connection of its own (the soak reads only when the database is up; a refusal throws). */
async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  client.on('error', () => {});
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/** The truth the invariants are checked against: every service's tables as they are now. */
export function readDatabase(url: string): Promise<DatabaseState> {
  return withClient(url, async (client) => {
    const tasks = await client.query(
      `select id::int, user_id, title, priority, completed, recurring, recurrence_source_id::int, reminder_at, reminder_sent_at, updated_at
       from backend.tasks order by id`,
    );
    const outbox = await client.query(
      `select id::int, topic, partition_key, event_id::text, (payload->>'task_id')::int as task_id, payload->>'event_type' as event_type,
              delivered_at is not null as delivered, created_at, delivered_at
       from backend.outbox order by id`,
    );
    const audit = await client.query('select event_id::text from audit.audit_log');
    return {
      tasks: tasks.rows as DatabaseTask[],
      outbox: outbox.rows as OutboxEntry[],
      auditEventIds: audit.rows.map((r: { event_id: string }) => r.event_id),
    };
  });
}

/** Whether the relay delivered anything after `since`: publishing goes on. */
export function deliveredSince(url: string, since: Date): Promise<boolean> {
  return withClient(url, async (client) => {
    const result = await client.query('select exists (select 1 from backend.outbox where delivered_at > $1) as delivered', [since]);
    return (result.rows[0] as { delivered: boolean }).delivered;
  });
}
