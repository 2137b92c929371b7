import type { TopicRecord } from '../distributed/topic-reader.ts';
import type { DatabaseState, DatabaseTask } from './database-state.ts';
import type { LiveClient, TaskView } from './live-client.ts';
import type { TrackedTask } from './traffic.ts';

/** What broke, by invariant; each entry names the task or event and what was found. */
export interface Findings {
  /** Acknowledged writes, events, next occurrences or reminders missing. */
  lost: string[];
  /** Anything that happened more than once: an event on a topic or in the audit log, an occurrence, a reminder. */
  duplicated: string[];
  /** Events out of order for their key, or under the wrong key; tasks nobody asked for. */
  wrong: string[];
  /** Not a failure: events the relay sent twice because a crash cut off the answer to the first send. */
  resent: string[];
}

const emptyFindings = (): Findings => ({ lost: [], duplicated: [], wrong: [], resent: [] });

/** Every acknowledged write is in the database, as last acknowledged; no task appeared that nobody created. */
export function checkAcknowledgedWrites(tracked: Iterable<TrackedTask>, unacknowledgedCreates: Set<string>, db: DatabaseState): Findings {
  const f = emptyFindings();
  const byId = new Map(db.tasks.map((t) => [t.id, t]));
  const known = new Set<number>();
  for (const task of tracked) {
    known.add(task.id);
    const row = byId.get(task.id);
    if (!row || row.user_id !== task.userId) {
      f.lost.push(`task ${task.id} (${task.expected.title}): acknowledged, not in the database`);
      continue;
    }
    for (const field of ['title', 'priority', 'completed'] as const) {
      if (task.uncertain.has(field) || row[field] === task.expected[field]) continue;
      f.lost.push(`task ${task.id} ${field}: acknowledged ${JSON.stringify(task.expected[field])}, stored ${JSON.stringify(row[field])}`);
    }
  }
  for (const row of db.tasks) {
    if (known.has(row.id) || row.recurrence_source_id !== null || unacknowledgedCreates.has(row.title)) continue;
    f.wrong.push(`task ${row.id} (${row.title}) exists, but no request created it`);
  }
  return f;
}

const eventIdOf = (record: TopicRecord) => (record.value as { data?: { event_id?: string } } | undefined)?.data?.event_id;

/**
 * Each event the backend committed for `topic` is on it, under its partition key, and each task's events first appear
 * in the order they were written. (Only one task's events are ordered by the writes themselves: a change locks the
 * task's row, so the next one's outbox row is written after it commits. Two transactions on different tasks of one key
 * overlap, and the one that took the lower outbox id may commit second; the relay then publishes them in commit order,
 * which is as right as id order.) A second copy of an event is a duplicate, unless one of `crashes` (when the soak
 * killed the broker, a backend replica or a backend's sidecar) falls between its first and its last copy: then it is
 * the at-least-once relay re-sending a publish whose answer the crash cut off (the broker had it, the relay could not
 * know), which consumers drop by event id. Those are counted in `resent`.
 */
export function checkTopic(topic: string, db: DatabaseState, records: TopicRecord[], crashes: number[]): Findings {
  const f = emptyFindings();
  const committed = db.outbox.filter((row) => row.topic === topic);
  const rowByEvent = new Map(committed.map((row) => [row.event_id, row]));
  const inOrder = [...records].sort((a, b) => a.partition - b.partition || a.offset - b.offset);
  const copies = Map.groupBy(inOrder, (record) => eventIdOf(record) ?? '');
  for (const record of copies.get('') ?? [])
    f.wrong.push(`a record on ${topic} (partition ${record.partition}, offset ${record.offset}) without an event id`);
  for (const [eventId, found] of copies) {
    const row = rowByEvent.get(eventId);
    if (eventId && !row) f.wrong.push(`event ${eventId} on ${topic}, which the backend never committed`);
    for (const record of found) {
      if (row && record.key !== row.partition_key)
        f.wrong.push(`event ${eventId} on ${topic} under key ${record.key}, committed for ${row.partition_key}`);
    }
  }
  for (const row of committed) {
    const found = copies.get(row.event_id) ?? [];
    const what = `event ${row.event_id} (task ${row.task_id}${row.event_type ? `, ${row.event_type}` : ''})`;
    if (found.length === 0) f.lost.push(`${what} is not on ${topic}`);
    if (found.length < 2) continue;
    const times = found.map((r) => r.timestamp);
    const [first, last] = [Math.min(...times), Math.max(...times)];
    const when = times.map((t) => new Date(t).toISOString()).join(', ');
    if (crashes.some((at) => at >= first && at <= last)) f.resent.push(`${what} is on ${topic} ${found.length} times (${when})`);
    else f.duplicated.push(`${what} is on ${topic} ${found.length} times (${when}), with no crash between the copies`);
  }
  // Per key and task, first copies in topic order: the outbox ids only go up.
  const seen = new Set<string>();
  for (const [key, keyRecords] of Map.groupBy(inOrder, (record) => record.key ?? '')) {
    const lastOfTask = new Map<number, number>();
    for (const record of keyRecords) {
      const eventId = eventIdOf(record) ?? '';
      const row = rowByEvent.get(eventId);
      if (!row || seen.has(eventId)) continue;
      seen.add(eventId);
      const last = lastOfTask.get(row.task_id) ?? 0;
      if (row.id < last) f.wrong.push(`key ${key}: outbox row ${row.id} (task ${row.task_id}) first appears on ${topic} after row ${last}`);
      lastOfTask.set(row.task_id, Math.max(last, row.id));
    }
  }
  return f;
}

/** The audit log holds every task event the backend committed, each once (its key is the event id), and nothing else. */
export function checkAuditLog(db: DatabaseState): Findings {
  const f = emptyFindings();
  const committed = db.outbox.filter((row) => row.topic === 'task-events');
  const audited = new Set(db.auditEventIds);
  for (const row of committed) {
    if (!audited.has(row.event_id)) f.lost.push(`event ${row.event_id} (task ${row.task_id}, ${row.event_type}) is not in the audit log`);
  }
  if (db.auditEventIds.length !== audited.size)
    f.duplicated.push(`the audit log holds ${db.auditEventIds.length - audited.size} events twice`);
  const ids = new Set(committed.map((row) => row.event_id));
  for (const eventId of audited) if (!ids.has(eventId)) f.wrong.push(`the audit log holds event ${eventId}, which was never committed`);
  return f;
}

/** Every completion of a recurring task has exactly one next occurrence, and every occurrence follows a completion. */
export function checkRecurrences(db: DatabaseState): Findings {
  const f = emptyFindings();
  const next = Map.groupBy(
    db.tasks.filter((t) => t.recurrence_source_id !== null),
    (t) => t.recurrence_source_id as number,
  );
  const byId = new Map(db.tasks.map((t) => [t.id, t]));
  for (const task of db.tasks) {
    if (!task.recurring || !task.completed) continue;
    const n = next.get(task.id)?.length ?? 0;
    if (n === 0) f.lost.push(`completed recurring task ${task.id} has no next occurrence`);
    if (n > 1) f.duplicated.push(`completed recurring task ${task.id} has ${n} next occurrences`);
  }
  for (const [source, occurrences] of next) {
    if (!byId.get(source)?.completed) f.wrong.push(`task ${occurrences[0]?.id} follows task ${source}, which is not completed`);
  }
  return f;
}

/**
 * Every reminder that came due (by `dueBy`, on a task not completed) fired exactly once: it was claimed once (one
 * reminder event committed; `checkTopic` follows that event onto `reminders`) and pushed once to its user's browser.
 */
export function checkReminders(db: DatabaseState, pushes: Map<string, number[]>, dueBy: Date): Findings {
  const f = emptyFindings();
  const claims = Map.groupBy(
    db.outbox.filter((row) => row.topic === 'reminders'),
    (row) => row.task_id,
  );
  const due = db.tasks.filter((t) => t.reminder_at !== null && t.reminder_at <= dueBy && !t.completed);
  const count = (n: number, what: string, task: DatabaseTask) => {
    const reminder = `reminder of task ${task.id} (due ${task.reminder_at?.toISOString()})`;
    if (n === 0) f.lost.push(`${reminder} not ${what}`);
    if (n > 1) f.duplicated.push(`${reminder} ${what} ${n} times`);
  };
  for (const task of due) {
    // Claimed: one reminder event committed (checkTopic follows it onto `reminders`).
    count(claims.get(task.id)?.length ?? 0, 'claimed', task);
    count((pushes.get(task.user_id) ?? []).filter((id) => id === task.id).length, 'pushed', task);
  }
  return f;
}

/** How a tab's view differs from the database's state for its user; empty when it converged. */
export function viewDifferences(view: Map<number, TaskView>, userTasks: DatabaseTask[]): string[] {
  const differences: string[] = [];
  const expected = new Map(userTasks.map((t) => [t.id, t]));
  for (const [id, task] of expected) {
    const seen = view.get(id);
    if (!seen) differences.push(`task ${id} missing`);
    else if (seen.title !== task.title || seen.priority !== task.priority || seen.completed !== task.completed)
      differences.push(
        `task ${id}: shows ${JSON.stringify([seen.title, seen.priority, seen.completed])}, stored ${JSON.stringify([task.title, task.priority, task.completed])}`,
      );
  }
  for (const id of view.keys()) if (!expected.has(id)) differences.push(`task ${id} shown, not in the database`);
  return differences;
}

/**
 * What the stack is still catching up on after the traffic stopped (empty once settled): undelivered outbox rows,
 * events not yet audited, next occurrences not yet made, reminders due by `dueBy` not yet pushed (and `dueBy` itself
 * plus 2 s, so the last ones had their chance), tabs not connected or not showing the database's state.
 */
export function stillSettling(
  db: DatabaseState,
  pushes: Map<string, number[]>,
  tabs: { client: LiveClient; userId: string }[],
  dueBy: Date,
): string[] {
  const waiting: string[] = [];
  const undelivered = db.outbox.filter((row) => !row.delivered).length;
  if (undelivered > 0) waiting.push(`${undelivered} outbox rows undelivered`);
  const audited = new Set(db.auditEventIds);
  const unaudited = db.outbox.filter((row) => row.topic === 'task-events' && !audited.has(row.event_id)).length;
  if (unaudited > 0) waiting.push(`${unaudited} events not audited`);
  const missing = checkRecurrences(db).lost.length;
  if (missing > 0) waiting.push(`${missing} next occurrences missing`);
  const due = db.tasks.filter((t) => t.reminder_at && t.reminder_at <= dueBy && !t.completed);
  const unpushed = due.filter((t) => !(pushes.get(t.user_id) ?? []).includes(t.id)).length;
  if (Date.now() < dueBy.getTime() + 2_000 || unpushed > 0) waiting.push(`${unpushed} reminders not pushed yet`);
  const apart = tabs.filter(
    ({ client, userId }) =>
      !client.connected ||
      viewDifferences(
        client.view,
        db.tasks.filter((t) => t.user_id === userId),
      ).length > 0,
  );
  if (apart.length > 0) waiting.push(`${apart.length} tabs not converged`);
  return waiting;
}

export function mergeFindings(...all: Findings[]): Findings {
  return {
    lost: all.flatMap((f) => f.lost),
    duplicated: all.flatMap((f) => f.duplicated),
    wrong: all.flatMap((f) => f.wrong),
    resent: all.flatMap((f) => f.resent),
  };
}
