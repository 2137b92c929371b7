import { expect } from 'vitest';
import { CORPUS_PROJECTS } from '../eval/language-corpus.ts';
import { asCall, meaning } from '../eval/language-eval.ts';
import { interpret } from './offline-interpreter.ts';
import type { Said as Row } from './said-rows.ts';

// A fixed sample of a grid of phrasings: the rule, reminder and date grid tests that build their rows from independent choices draw them
// here, so that every run tests the same phrases.

/** A small seeded generator (mulberry32): the same sample on every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let x = Math.imul(state ^ (state >>> 15), 1 | state);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` rows of the grid: each form of the first choice once, then random combinations. */
export function sample<T extends unknown[]>(
  choices: { [K in keyof T]: T[K][] },
  count: number,
  seed: number,
  build: (...picked: T) => Row,
): Row[] {
  const random = seeded(seed);
  const pickOne = <V>(pool: V[]): V => pool[Math.floor(random() * pool.length)] as V;
  const [first, ...rest] = choices;
  const rows = (first as unknown[]).map((value) => build(...([value, ...rest.map((pool) => pickOne(pool as unknown[]))] as T)));
  while (rows.length < count) rows.push(build(...(choices.map((pool) => pickOne(pool as unknown[])) as T)));
  const seen = new Set<string>();
  return rows.filter(([phrase]) => !seen.has(phrase) && seen.add(phrase));
}

/** The phrase is read as its row says, compared by meaning as the language evaluation compares. */
export function reads(...[phrase, tool, args = {}, target]: Row): void {
  const got = asCall(interpret(phrase, { projects: CORPUS_PROJECTS }));
  expect(meaning(got), JSON.stringify(got)).toBe(meaning({ tool, args, ...(target ? { target } : {}) }));
}
