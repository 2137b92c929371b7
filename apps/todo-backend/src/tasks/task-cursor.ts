import { ValidationError } from '@doable/platform';

/** Opaque keyset cursor: the sort it belongs to, the last row's sort value (as PostgreSQL text) and its id. */
export interface TaskCursor {
  sort: string;
  order: 'asc' | 'desc';
  value: string | null;
  id: number;
}

/** `YYYY-MM-DD HH:MM:SS[.ffffff]±HH[:MM[:SS]]`, as PostgreSQL prints a timestamptz (the offset depends on its TimeZone). */
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(?:\.\d{1,6})?[+-](\d{2})(?::(\d{2}))?(?::(\d{2}))?$/;
// PostgreSQL refuses a displacement past 15:59:59 ("time zone displacement out of range").
const MAX_OFFSET_SECONDS = 15 * 3600 + 59 * 60 + 59;
const MAX_TITLE_CODE_POINTS = 2000;

/** A timestamp PostgreSQL printed: a real calendar date and time of day, an offset it accepts back. */
function isTimestamp(value: string): boolean {
  const match = TIMESTAMP.exec(value);
  if (!match) return false;
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, offsetHours = 0, offsetMinutes = 0, offsetSeconds = 0] = match
    .slice(1)
    .map((part) => (part === undefined ? 0 : Number(part)));
  // Day 0 of the next month is this month's last day; the UTC setter keeps years below 100 as written.
  const lastDay = new Date(0);
  lastDay.setUTCFullYear(year, month, 0);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > lastDay.getUTCDate()) return false;
  if (hour > 23 || minute > 59 || second > 59 || offsetMinutes > 59 || offsetSeconds > 59) return false;
  return offsetHours * 3600 + offsetMinutes * 60 + offsetSeconds <= MAX_OFFSET_SECONDS;
}

/** word_similarity is a real from 0 to 1; PostgreSQL refuses a real that overflows (1e999) or underflows (1e-50). */
function isRelevance(value: string): boolean {
  if (!/^\d+(\.\d+)?(e[+-]?\d+)?$/.test(value)) return false;
  const n = Number(value);
  return n === 0 || (n >= 1e-37 && n <= 1);
}

/** Text PostgreSQL can take as a parameter: well-formed UTF-16 without NUL, no longer than a lower-cased title. */
function isTitle(value: string): boolean {
  return value.isWellFormed() && !value.includes('\u0000') && [...value].length <= MAX_TITLE_CODE_POINTS;
}

/** What each sort's value looks like as PostgreSQL prints it, so a tampered cursor is a 400, never a failed cast. */
const VALUE_CHECKS: Record<string, { isValid: (value: string) => boolean; nullable: boolean }> = {
  due_date: { isValid: isTimestamp, nullable: true },
  created_at: { isValid: isTimestamp, nullable: false },
  updated_at: { isValid: isTimestamp, nullable: false },
  priority: { isValid: (value) => /^[123]$/.test(value), nullable: false },
  relevance: { isValid: isRelevance, nullable: false },
  title: { isValid: isTitle, nullable: false },
  position: { isValid: (value) => /^[0-9A-Za-z]{1,2000}$/.test(value), nullable: false },
};

export function encodeCursor(cursor: TaskCursor): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.order, cursor.value, cursor.id])).toString('base64url');
}

export const invalidCursor = () =>
  new ValidationError('The cursor is not valid for this query.', [
    { field: 'cursor', message: 'Use the next_cursor of the previous page with the same sort and order.' },
  ]);

/** Decodes a cursor and checks every part of it; anything this server would not have written is a ValidationError. */
export function decodeCursor(text: string, expected: { sort: string; order: 'asc' | 'desc' }): TaskCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (!Array.isArray(parsed) || parsed.length !== 4) throw invalidCursor();
  const [sort, order, value, id] = parsed as unknown[];
  if (sort !== expected.sort || order !== expected.order) throw invalidCursor();
  const check = VALUE_CHECKS[expected.sort];
  if (!check) throw invalidCursor();
  if (value === null) {
    if (!check.nullable) throw invalidCursor();
  } else if (typeof value !== 'string' || !check.isValid(value)) throw invalidCursor();
  // Task ids are positive bigint identities that JavaScript numbers hold exactly.
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 1) throw invalidCursor();
  return { sort, order: expected.order, value, id };
}
