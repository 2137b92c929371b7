import { expect } from 'vitest';
import { asCall, meaning, readPhrase } from '../eval/language-eval.ts';
import type { TaskRef } from './offline-interpreter.ts';
import type { Said } from './said-rows.ts';

// The phrasing grids (`*-grid.test.ts`) build sentences as combinations of independent choices (how a value is said,
// where it sits, which task, what wraps the request). All combinations are too many; a fixed, seeded sample of them
// is read, the same on every run, so a failure names a sentence that fails again.

/** A small seeded generator (mulberry32): numbers in [0, 1), the same for the same seed. */
export function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let x = Math.imul(state ^ (state >>> 15), 1 | state);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(items: readonly T[], random: () => number): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** A row of a grid: a phrase alone (read as no call) or a phrase with what it should be read as. */
type Row = Said | string;
const phraseOf = (row: Row): string => (typeof row === 'string' ? row : row[0]);

/** The fixed rows, then `size` more drawn by `draw`; a phrase drawn again is read once, as first drawn. */
export function sample<R extends Row>(fixed: readonly R[], size: number, draw: () => R): R[] {
  const rows = new Map<string, R>();
  for (const row of fixed) if (!rows.has(phraseOf(row))) rows.set(phraseOf(row), row);
  const wanted = rows.size + size;
  for (let tries = 0; rows.size < wanted && tries < size * 20; tries++) {
    const row = draw();
    if (!rows.has(phraseOf(row))) rows.set(phraseOf(row), row);
  }
  return [...rows.values()];
}

/** `count` rows of a grid written out in full, drawn from it with the seed. */
export function sampleOf<R extends Row>(all: readonly R[], count: number, seed: number): R[] {
  const random = seeded(seed);
  return sample([], count, () => pick(all, random));
}

/** `count` rows of a grid of independent choices: each form of the first choice once, then random combinations. */
export function sampleChoices<T extends unknown[]>(
  choices: { [K in keyof T]: readonly T[K][] },
  count: number,
  seed: number,
  build: (...picked: T) => Said,
): Said[] {
  const random = seeded(seed);
  const [first, ...rest] = choices as readonly (readonly unknown[])[];
  const fixed = (first ?? []).map((value) => build(...([value, ...rest.map((pool) => pick(pool, random))] as T)));
  const draw = () => build(...((choices as readonly (readonly unknown[])[]).map((pool) => pick(pool, random)) as T));
  return sample(fixed, count - fixed.length, draw);
}

/** Every combination of a list of choices with another. */
export const across = <A, B>(as: readonly A[], bs: readonly B[]): [A, B][] => as.flatMap((a) => bs.map((b): [A, B] => [a, b]));

/** One way to name a task in a sentence, and the reference it should be read as. */
export type Named = { said: string; ref: TaskRef };

/** Lead-ins and tails a request can come with; none of them changes its meaning. */
export const CAN_YOU = (said: string) => `can you ${said}?`;
export const WRAPS: readonly ((said: string) => string)[] = [
  (said) => said,
  (said) => `please ${said}`,
  CAN_YOU,
  (said) => `${said} pls`,
  (said) => `${said}, thanks`,
  (said) => `oh and ${said}`,
  (said) => `ok ${said}`,
];

/** The phrase is read as its row says, compared by meaning as the language evaluation compares. */
export function reads(...[phrase, tool, args = {}, target]: Said): void {
  const got = asCall(readPhrase(phrase));
  expect(meaning(got), JSON.stringify(got)).toBe(meaning({ tool, args, ...(target ? { target } : {}) }));
}
