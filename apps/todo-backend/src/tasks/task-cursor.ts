import { ValidationError } from '@doable/platform';

/** Opaque keyset cursor: the sort it belongs to, the last row's sort value (as PostgreSQL text) and its id. */
export interface TaskCursor {
  sort: string;
  order: 'asc' | 'desc';
  value: string | null;
  id: number;
}

export function encodeCursor(cursor: TaskCursor): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.order, cursor.value, cursor.id])).toString('base64url');
}

export function decodeCursor(text: string, expected: { sort: string; order: 'asc' | 'desc' }): TaskCursor {
  const invalid = () =>
    new ValidationError('The cursor is not valid for this query.', [
      { field: 'cursor', message: 'Use the next_cursor of the previous page with the same sort and order.' },
    ]);
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
  return { sort, order: expected.order, value, id };
}
