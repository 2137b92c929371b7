import { describe, expect, it } from 'vitest';
import { statementRows, statementText } from './statements.ts';

describe('the statements table of a pipeline run', () => {
  it('gives each statement its calls and time per operation, planning included, the most costly first as read', () => {
    const reading = {
      sessions: 3,
      statements: [
        { query: 'insert into backend.tasks\n  values ($1)', calls: 200, plans: 200, rows: 200, totalMs: 150, planMs: 50 },
        { query: 'select 1', calls: 400, plans: 20, rows: 400, totalMs: 10, planMs: 30 },
      ],
    };
    const [all, first, second] = statementRows('create · 50/s', reading, 100);
    expect(all).toMatchObject({ case: 'create · 50/s: all statements', median: 2.4 });
    expect(all?.detail).toContain('6 statements per operation, 2 distinct; of the time, planning 0.8 ms; 3 sessions opened');
    expect(first).toMatchObject({ case: 'create · 50/s: insert into backend.tasks values ($1)', median: 2 });
    expect(first?.detail).toContain('2 calls per operation, 1 ms a call (planning 0.25; planned 1 a call)');
    expect(second).toMatchObject({ median: 0.4 });
    expect(second?.detail).toContain('(planning 0.075; planned 0.05 a call)');
  });

  it('folds a statement onto one line and cuts a long one', () => {
    expect(statementText('select\n  a,\tb from t')).toBe('select a, b from t');
    expect(statementText('x'.repeat(200), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
