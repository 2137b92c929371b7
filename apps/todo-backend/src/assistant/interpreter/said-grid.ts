import { createHash } from 'node:crypto';
import type { TaskRef } from './offline-interpreter.ts';

// The grammar-grid phrasing tests (`*-grid.test.ts`) build sentences from independent choices (a verb shape, how the
// task is named, what is said around it) and test a fixed sample of the combinations, so a new rule is checked
// against sentence shapes nobody wrote out one by one.

/** One way to name a task in a sentence, and the reference it should be read as. */
export type Named = { said: string; ref: TaskRef };

/** The same choice of sample on every run: the combinations ordered by a hash of their text, the first `count` kept. */
export function fixedSample<T>(rows: T[], text: (row: T) => string, seed: string, count: number): T[] {
  const key = (row: T) =>
    createHash('sha256')
      .update(`${seed}:${text(row)}`)
      .digest('hex');
  return rows
    .map((row) => ({ row, key: key(row) }))
    .sort((a, b) => a.key.localeCompare(b.key))
    .slice(0, count)
    .map(({ row }) => row);
}

/** Every combination of a list of choices with another. */
export const across = <A, B>(as: A[], bs: B[]): [A, B][] => as.flatMap((a) => bs.map((b): [A, B] => [a, b]));
