import { openSync, readSync, statSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { backoff, retry } from '@doable/platform';
import type pg from 'pg';
import type { HttpRequestSpec } from './load.ts';
import type { StackTarget } from './stack-target.ts';

/** The backend's own background loops (outbox relay, its lease, the reminder timer): not part of any request. */
const BACKGROUND = /(from|update) "backend"\."outbox"|"leases"|backend\.leases|reminder_sent_at"? is null/i;

interface LoggedStatement {
  pid: string;
  /** When the server began executing it (ms since the epoch). */
  at: number;
  text: string;
}

const LOG_LINE_PREFIX = '%m|%p|';

/**
 * Parses PostgreSQL's statement log (`log_statement = all`, prefix `%m|%p|`): each statement, lines after the first
 * included, with its bound parameters put back in as literals, so pgbench can run exactly what the server was asked.
 */
export function parseStatementLog(log: string): LoggedStatement[] {
  const statements: LoggedStatement[] = [];
  let open: LoggedStatement | undefined;
  for (const line of log.split('\n')) {
    const prefixed = /^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3} \w+)\|(\d+)\|(\w+): {2}(.*)$/.exec(line);
    if (!prefixed) {
      // A statement's further lines carry no prefix.
      if (open) open.text += `\n${line}`;
      continue;
    }
    const [, time, pid, level, message] = prefixed as unknown as [string, string, string, string, string];
    open = undefined;
    const logged = /^(?:execute [^:]*|statement): (.*)$/.exec(message);
    if (level === 'LOG' && logged) {
      open = { pid, at: Date.parse(time.replace(' ', 'T').replace(/ (\w+)$/, 'Z')), text: logged[1] as string };
      statements.push(open);
      continue;
    }
    // "parameters:" up to PostgreSQL 17, "Parameters:" from 18.
    const parameters = /^parameters: (.*)$/i.exec(message);
    const last = statements.at(-1);
    if (level !== 'DETAIL' || !parameters || !last || last.pid !== pid) continue;
    const values = new Map<string, string>();
    for (const match of (parameters[1] as string).matchAll(/\$(\d+) = (NULL|'(?:[^']|'')*')/g))
      values.set(match[1] as string, match[2] as string);
    last.text = last.text.replace(/\$(\d+)\b/g, (whole, n: string) => values.get(n) ?? whole);
  }
  for (const statement of statements) statement.text = statement.text.trim();
  return statements;
}

/**
 * The statements one connection ran for a request: from the first that contains `marker` (a value only that
 * request sends, such as its session token) until the response (`endedAt`), background loops left out. A request
 * whose credential the backend had verified before sends no marker to the database: then they are those, from
 * `startedAt` on, of the connection that first names the backend's schema.
 */
export function statementsOfRequest(statements: LoggedStatement[], marker: string, endedAt: number, startedAt?: number): string[] {
  let first = statements.findIndex((s) => s.text.includes(marker));
  if (first < 0 && startedAt !== undefined) {
    const during = (s: LoggedStatement) => s.at >= startedAt && s.at <= endedAt;
    const pid = statements.find((s) => during(s) && /\bbackend\b/.test(s.text) && !BACKGROUND.test(s.text))?.pid;
    // From that connection's first statement in the request (a `begin` comes before any table).
    first = statements.findIndex((s) => during(s) && s.pid === pid);
  }
  if (first < 0) return [];
  const pid = statements[first]?.pid;
  const kept = statements
    .slice(first)
    .filter((s) => s.pid === pid && s.at <= endedAt && !BACKGROUND.test(s.text))
    .map((s) => s.text);
  // A background transaction leaves its begin and commit behind once its statements are gone.
  const request = kept.filter(
    (text, i) =>
      !(/^begin$/i.test(text) && /^commit$/i.test(kept[i + 1] ?? '')) && !(/^commit$/i.test(text) && /^begin$/i.test(kept[i - 1] ?? '')),
  );
  // The backend answers after its last commit: a transaction still open at the response is a background loop's (the
  // reminder timer a change wakes), begun on the connection the request had just given back.
  const lastBegin = request.findLastIndex((text) => /^begin$/i.test(text));
  const ended = request.slice(lastBegin + 1).some((text) => /^(commit|rollback)$/i.test(text));
  return lastBegin >= 0 && !ended ? request.slice(0, lastBegin) : request;
}

/**
 * pgbench (extended protocol) reads every `:name` of a script as a variable and sends it as a parameter, inside
 * string literals too: a captured `'doable:siblings:1:top'` became `'doable$1:1$2'`, and PostgreSQL refused the
 * two parameters of a statement that has none. So a literal with such a colon is written as a Unicode escape
 * string (`U&'doable\003Asiblings…'`), the same constant without the colon pgbench reads.
 */
export function asPgbenchScript(statements: string[]): string {
  return statements.map((statement) => `${statement.replace(/(?<![\w&])'(?:[^']|'')*'/g, withoutVariables)};`).join('\n');
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const UUID_LITERAL = new RegExp(`'${UUID}'`, 'g');
const UUID_ARRAY_LITERAL = new RegExp(`'\\{(${UUID}(?:,${UUID})*)\\}'`, 'g');

/**
 * A replayed write gets new event ids each time, as each API call does (the outbox's `event_id` is unique): every
 * uuid literal, alone (`'…'`) or an array of them (`'{…,…}'`, the outbox insert's `unnest`), becomes
 * `gen_random_uuid()`. Ids inside JSON payloads stay: nothing is unique there.
 */
export function withFreshEventIds(script: string): string {
  const freshArray = (_: string, ids: string) => `array[${ids.replace(new RegExp(UUID, 'g'), 'gen_random_uuid()')}]`;
  return script.replace(UUID_LITERAL, 'gen_random_uuid()').replace(UUID_ARRAY_LITERAL, freshArray);
}

/** A colon followed by what pgbench takes for a variable name's first character. */
const VARIABLE = /:(?=[A-Za-z_\u0080-\uffff])/;

function withoutVariables(literal: string): string {
  if (!VARIABLE.test(literal)) return literal;
  // `\` is the escape character of a U& literal: a backslash of the value is written twice.
  return `U&${literal.replaceAll('\\', '\\\\').replaceAll(':', '\\003A')}`;
}

/** Runs `request` with statement logging on, and returns what the server logged meanwhile. */
export async function captureStatementLog(admin: pg.Client, logFile: string, request: () => Promise<void>): Promise<string> {
  await admin.query(`alter system set log_statement = 'all'`);
  await admin.query(`alter system set log_line_prefix = '${LOG_LINE_PREFIX}'`);
  // UTC, so the log's times compare with this process's clock.
  await admin.query(`alter system set log_timezone = 'UTC'`);
  await admin.query('select pg_reload_conf()');
  // Each server process reads the new settings before its next command.
  await sleep(300);
  const from = statSync(logFile).size;
  try {
    await request();
    await sleep(300);
  } finally {
    await admin.query('alter system reset log_statement');
    await admin.query('alter system reset log_line_prefix');
    await admin.query('alter system reset log_timezone');
    await admin.query('select pg_reload_conf()');
  }
  const length = statSync(logFile).size - from;
  const buffer = Buffer.alloc(length);
  const fd = openSync(logFile, 'r');
  readSync(fd, buffer, 0, length, from);
  return buffer.toString('utf8');
}

const isComplete = (statements: string[]) => statements.length > 0 && isBalanced(statements);

const isBalanced = (statements: string[]) =>
  statements.filter((s) => /^begin$/i.test(s)).length === statements.filter((s) => /^(commit|rollback)$/i.test(s)).length;

/**
 * The statements the backend runs for one bearer-authenticated request in a load's steady state, parameters in
 * place. A request just before it, by the same user, has the backend verify the bearer token and keep the session
 * (and the user's project hints) for a few seconds, as it does for all but one request in those seconds under load:
 * so pgbench does not replay lookups the load seldom makes. A capture that caught half a transaction (another
 * connection's, or one cut at the response) is taken again.
 */
export async function captureRequest(target: StackTarget, request: () => HttpRequestSpec): Promise<string[]> {
  const send = async (spec: HttpRequestSpec) => {
    const res = await fetch(`${target.origin('todo-backend')}${spec.path}`, {
      method: spec.method,
      headers: spec.headers,
      ...(spec.body ? { body: spec.body } : {}),
    });
    if (!res.ok) throw new Error(`${spec.method} ${spec.path} answered ${res.status}: ${await res.text()}`);
    await res.arrayBuffer();
  };
  const statements = await retry(
    async () => {
      // A read is sent twice as it is (a mix may take turns between users); a write's warm-up is the mix's previous
      // request, so each request still changes what it should.
      const warmUp = request();
      const spec = warmUp.method === 'GET' ? warmUp : request();
      await send(warmUp);
      let endedAt = 0;
      let startedAt = 0;
      const log = await captureStatementLog(target.admin, target.pgLogFile, async () => {
        // The log's times are whole milliseconds.
        startedAt = Date.now() - 1;
        await send(spec);
        endedAt = Date.now() + 1;
      });
      return statementsOfRequest(parseStatementLog(log), spec.headers.authorization?.replace('Bearer ', '') ?? '', endedAt, startedAt);
    },
    { attempts: 3, delayMs: backoff.constant(0), retryResult: (taken) => !isComplete(taken), retryable: () => false },
  );
  if (isComplete(statements)) return statements;
  throw new Error(`no complete capture of ${request().path}; last attempt:\n${statements.join('\n')}`);
}
