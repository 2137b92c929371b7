import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate, score } from './language-eval.ts';

const baseline = JSON.parse(readFileSync(new URL('./language-baseline.json', import.meta.url), 'utf8')) as {
  tuning: Record<string, number>;
};

/**
 * The interpreter never gets worse on the tuning part of the corpus: each category's figure is at least the one
 * committed in language-baseline.json (raise it with `npm run eval:language -- --write-baseline` when it improves).
 */
describe('the offline interpreter against its committed baseline', () => {
  const scores = score(evaluate().tuning);

  it.each(scores.map((row) => [row.category, row] as const))('does not fall below the baseline in %s', (category, row) => {
    expect(baseline.tuning[category], `no baseline for ${category}`).toBeTypeOf('number');
    expect(row.percent).toBeGreaterThanOrEqual(baseline.tuning[category] ?? 100);
  });
});
