import { describe, expect, it } from 'vitest';
import { meaning } from './language-eval.ts';

const call = (tool: string, args: Record<string, unknown>) => meaning({ tool, args });

describe('the corpus compares arguments by meaning', () => {
  it('reads lengths of time in one unit', () => {
    expect(call('add_task', { title: 'x', remind_before: '90m' })).toBe(call('add_task', { title: 'x', remind_before: '1h30m' }));
    expect(call('add_task', { title: 'x', remind_before: '1h' })).not.toBe(call('add_task', { title: 'x', remind_before: '1d' }));
  });

  it('reads a shift in calendar units: a week is seven days, a month is not thirty', () => {
    expect(call('postpone_task', { by: 'P1W' })).toBe(call('postpone_task', { by: 'P7D' }));
    expect(call('postpone_task', { by: '-P1D' })).not.toBe(call('postpone_task', { by: 'P1D' }));
    expect(call('postpone_task', { by: 'P1M' })).not.toBe(call('postpone_task', { by: 'P30D' }));
  });

  it('reads a rule with its first due date as the dates of the series', () => {
    const yearly = call('create_recurring', { title: 'x', pattern: 'FREQ=YEARLY', due_date: '2026-12-01' });
    expect(call('create_recurring', { title: 'x', pattern: 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=1', due_date: '2026-12-01' })).toBe(yearly);
    expect(call('create_recurring', { title: 'x', pattern: 'monthly', due_date: 'the 1st' })).toBe(
      call('create_recurring', { title: 'x', pattern: 'FREQ=MONTHLY;BYMONTHDAY=1', due_date: '2026-02-01' }),
    );
  });

  it('keeps a first due date off the rule a difference', () => {
    // 2026-01-22 is a Thursday: a Monday series does not start on it.
    expect(call('create_recurring', { title: 'x', pattern: 'FREQ=WEEKLY;BYDAY=MO', due_date: '2026-01-22' })).not.toBe(
      call('create_recurring', { title: 'x', pattern: 'FREQ=WEEKLY;BYDAY=MO', due_date: '2026-01-26' }),
    );
    expect(call('create_recurring', { title: 'x', pattern: 'FREQ=YEARLY', due_date: '2026-12-01' })).not.toBe(
      call('create_recurring', { title: 'x', pattern: 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=1' }),
    );
  });
});
