import { ValidationError } from '@doable/platform';

/** Opaque keyset cursor: the sort it belongs to, the last row's sort value (as PostgreSQL text) and its id. */
export interface TaskCursor {
  sort: string;
  order: 'asc' | 'desc';
  value: string | null;
  id: number;
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/;

/** What a sort value looks like as PostgreSQL prints it, so a tampered cursor is a 400, never a failed cast. */
const VALUE_SHAPES: Record<string, RegExp> = {
  due_date: TIMESTAMP,
  created_at: TIMESTAMP,
  updated_at: TIMESTAMP,
  priority: /^[123]$/,
  relevance: /^-?\d+(\.\d+)?(e-?\d+)?$/,
  title: /^[\s\S]{0,500}$/,
};

export function encodeCursor(cursor: TaskCursor): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.order, cursor.value, cursor.id])).toString('base64url');
}

export const invalidCursor = () =>
  new ValidationError('The cursor is not valid for this query.', [
    { field: 'cursor', message: 'Use the next_cursor of the previous page with the same sort and order.' },
  ]);

export function decodeCursor(text: string, expected: { sort: string; order: 'asc' | 'desc' }): TaskCursor {
  const invalid = invalidCursor;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parsed) || parsed.length !== 4) throw invalid();
  const [sort, order, value, id] = parsed as unknown[];
  if (sort !== expected.sort || order !== expected.order) throw invalid();
  if (!(value === null || typeof value === 'string') || typeof id !== 'number' || !Number.isSafeInteger(id)) throw invalid();
  if (typeof value === 'string' && !VALUE_SHAPES[expected.sort]?.test(value)) throw invalid();
  return { sort, order: expected.order, value, id };
}
