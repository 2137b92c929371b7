import type { Priority } from '@doable/contracts';
import { DateTime } from 'luxon';
import { expect } from 'vitest';
import { parseQuickAdd } from './quick-add-parser.ts';

// What a line typed into quick add must mean, checked the same way by every table of lines. The clock: Thursday
// 22 January 2026, 12:00 in New York. Due dates are written as local wall times there; a date alone is 09:00.
const NOW = new Date('2026-01-22T17:00:00Z');
const ZONE = 'America/New_York';

export interface Row {
  title: string;
  /** Local 'yyyy-MM-dd HH:mm', or null: no due date. */
  due: string | null;
  rule?: string | null;
  basis?: 'due' | 'completion';
  priority?: Priority;
  tags?: string[];
  remind?: string | null;
  /** Local 'yyyy-MM-dd HH:mm' of a reminder at a time. */
  remindAt?: string;
  description?: string;
}

const local = (wall: string) => DateTime.fromFormat(wall, 'yyyy-MM-dd HH:mm', { zone: ZONE }).toUTC().toISO();

export function expectRow(text: string, row: Row): void {
  const { fields, tokens } = parseQuickAdd(text, { now: NOW, timeZone: ZONE });
  const expected: Record<string, unknown> = { title: row.title, due_date: row.due === null ? null : local(row.due) };
  if (row.rule !== undefined) expected.recurring = row.rule;
  if (row.rule) expected.recurrence_basis = row.basis ?? 'due';
  if (row.priority) expected.priority = row.priority;
  if (row.tags) expected.tags = row.tags;
  if (row.remind !== undefined) expected.remind_before = row.remind;
  if (row.remindAt) expected.reminder_at = local(row.remindAt);
  if (row.description !== undefined) expected.description = row.description;
  expect(fields).toMatchObject(expected);
  // Every token names its own characters: the web app's chips are drawn from these spans.
  for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
}
