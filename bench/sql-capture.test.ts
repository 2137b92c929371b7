import { describe, expect, it } from 'vitest';
import { asPgbenchScript, parseStatementLog, statementsOfRequest, withFreshEventIds } from './sql-capture.ts';

const log = [
  `2026-11-26 02:10:04.500 UTC|101|LOG:  execute <unnamed>: select * from "backend"."session" where "token" = $1`,
  `2026-11-26 02:10:04.500 UTC|101|DETAIL:  parameters: $1 = 'tok''en'`,
  `2026-11-26 02:10:04.501 UTC|202|LOG:  execute <unnamed>: select 1`,
  `2026-11-26 02:10:04.502 UTC|101|LOG:  statement: begin`,
  `2026-11-26 02:10:04.503 UTC|101|LOG:  execute <unnamed>: select id`,
  `\t      from backend.tasks where user_id = $1 and title ilike $2 limit $11`,
  `2026-11-26 02:10:04.503 UTC|101|DETAIL:  parameters: $1 = 'u1', $2 = '%a, $3 = b%', $11 = '51'`,
  `2026-11-26 02:10:04.504 UTC|101|LOG:  statement: commit`,
  `2026-11-26 02:10:04.505 UTC|101|LOG:  statement: begin`,
  `2026-11-26 02:10:04.505 UTC|101|LOG:  execute <unnamed>: update "backend"."outbox" set "delivered_at" = $1`,
  `2026-11-26 02:10:04.505 UTC|101|DETAIL:  parameters: $1 = NULL`,
  `2026-11-26 02:10:04.506 UTC|101|LOG:  statement: commit`,
  `2026-11-26 02:10:04.900 UTC|101|LOG:  execute <unnamed>: select 'after the response'`,
].join('\n');

describe('statement capture from the PostgreSQL log', () => {
  it('puts parameters back as literals, keeps continuation lines, and reads the server time', () => {
    const statements = parseStatementLog(log);
    expect(statements).toHaveLength(9);
    expect(statements[0]).toMatchObject({ pid: '101', at: Date.parse('2026-11-26T02:10:04.500Z') });
    expect(statements[0]?.text).toBe(`select * from "backend"."session" where "token" = 'tok''en'`);
    // $1 does not swallow $11, and a value that looks like a parameter list stays one literal.
    expect(statements[3]?.text).toBe(`select id\n\t      from backend.tasks where user_id = 'u1' and title ilike '%a, $3 = b%' limit '51'`);
  });

  it('reads the parameters as PostgreSQL 18 spells them (the embedded server)', () => {
    const statements = parseStatementLog(
      [
        `2026-12-03 12:49:33.752 UTC|31666|LOG:  execute <unnamed>: select * from "backend"."session" where "token" = $1`,
        `2026-12-03 12:49:33.752 UTC|31666|DETAIL:  Parameters: $1 = 'abc'`,
      ].join('\n'),
    );
    expect(statements.map((statement) => statement.text)).toEqual([`select * from "backend"."session" where "token" = 'abc'`]);
  });

  it("keeps one request's statements: its connection, from its marker to its response, without background loops", () => {
    const request = statementsOfRequest(parseStatementLog(log), "tok''en", Date.parse('2026-11-26T02:10:04.800Z'));
    expect(request).toEqual([
      `select * from "backend"."session" where "token" = 'tok''en'`,
      'begin',
      `select id\n\t      from backend.tasks where user_id = 'u1' and title ilike '%a, $3 = b%' limit '51'`,
      'commit',
    ]);
  });

  it('starts at the first backend statement after the request began when the marker never reaches the database', () => {
    const request = statementsOfRequest(
      parseStatementLog(log),
      'absent',
      Date.parse('2026-11-26T02:10:04.800Z'),
      Date.parse('2026-11-26T02:10:04.501Z'),
    );
    expect(request).toEqual([
      'begin',
      `select id\n\t      from backend.tasks where user_id = 'u1' and title ilike '%a, $3 = b%' limit '51'`,
      'commit',
    ]);
  });

  it('leaves out a transaction still open at the response: a background loop woken by the change, on the same connection', () => {
    const woken = [
      ...log.split('\n').slice(0, 8),
      `2026-11-26 02:10:04.504 UTC|101|LOG:  statement: begin`,
      `2026-11-26 02:10:04.504 UTC|101|LOG:  execute <unnamed>: update backend.tasks t set reminder_sent_at = $1 where reminder_sent_at is null`,
      `2026-11-26 02:10:04.504 UTC|101|DETAIL:  parameters: $1 = '2026-11-26 02:10:04.504+00'`,
      `2026-11-26 02:10:04.900 UTC|101|LOG:  statement: commit`,
    ].join('\n');
    const request = statementsOfRequest(parseStatementLog(woken), "tok''en", Date.parse('2026-11-26T02:10:04.800Z'));
    expect(request).toEqual([
      `select * from "backend"."session" where "token" = 'tok''en'`,
      'begin',
      `select id\n\t      from backend.tasks where user_id = 'u1' and title ilike '%a, $3 = b%' limit '51'`,
      'commit',
    ]);
  });

  it('finds nothing when the marker never appears', () => {
    expect(statementsOfRequest(parseStatementLog(log), 'absent', Date.now())).toEqual([]);
  });
});

describe('the pgbench script of captured statements', () => {
  it('leaves pgbench no variable inside a literal: the advisory lock of a new task was sent two parameters', () => {
    const script = asPgbenchScript([
      'begin',
      `select pg_advisory_xact_lock(hashtext('doable:siblings:1:top'))`,
      `insert into backend.outbox (payload) values ('{"path":"C:\\tmp","done":false}')`,
      'commit',
    ]);
    expect(script).toBe(
      [
        'begin;',
        `select pg_advisory_xact_lock(hashtext(U&'doable\\003Asiblings\\003A1\\003Atop'));`,
        `insert into backend.outbox (payload) values (U&'{"path"\\003A"C\\003A\\\\tmp","done"\\003Afalse}');`,
        'commit;',
      ].join('\n'),
    );
    // pgbench takes a colon followed by a letter or underscore for a variable, wherever it stands.
    expect(script).not.toMatch(/:[A-Za-z_]/);
  });

  it('keeps literals pgbench reads as they are: times, casts and quotes', () => {
    const statements = [`select cast('2026-12-04 19:26:58.303+00' as timestamptz), 'it''s'::text, '1:2'`];
    expect(asPgbenchScript(statements)).toBe(`${statements[0]};`);
  });
});

describe('a replayed write', () => {
  it('sends new event ids each time, alone or in the array of an outbox insert, and leaves JSON payloads as they are', () => {
    const a = 'd05182b6-155c-4d9a-a077-5f830b5f546e';
    const b = '0e9c6a53-0c1f-4b8e-9f55-3b7c0d6c2a11';
    const script = withFreshEventIds(
      `insert into o select * from unnest(cast('{${a},${b}}' as uuid[]), cast('{"{\\"event_id\\": \\"${a}\\"}"}' as jsonb[]));\nselect cast('${b}' as uuid);`,
    );
    expect(script).toBe(
      `insert into o select * from unnest(cast(array[gen_random_uuid(),gen_random_uuid()] as uuid[]), cast('{"{\\"event_id\\": \\"${a}\\"}"}' as jsonb[]));\nselect cast(gen_random_uuid() as uuid);`,
    );
  });
});
