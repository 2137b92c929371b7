import { describe, expect, it } from 'vitest';
import { type CorpusCase, judge } from './language-eval.ts';
import { evaluateVariants } from './language-variants.ts';

const row = (phrase: string, tool: string, args: Record<string, unknown>, category: CorpusCase['category'] = 'create'): CorpusCase => ({
  category,
  phrase,
  tool,
  args,
  heldOut: false,
});

describe('variants of the tuning part', () => {
  it('changes a weekday in the phrase, its expected date and its rule alike', () => {
    const [weekday] = evaluateVariants([
      judge(
        row(
          'every wednesday bins out',
          'create_recurring',
          { title: 'bins out', pattern: 'FREQ=WEEKLY;BYDAY=WE', due_date: 'wednesday' },
          'recurrence',
        ),
      ),
    ]).filter((variant) => variant.change === 'weekday');
    expect(weekday?.case).toMatchObject({ phrase: 'every friday bins out', args: { pattern: 'FREQ=WEEKLY;BYDAY=FR', due_date: 'friday' } });
    expect(weekday?.right).toBe(true);
  });

  it("puts another plain title from the part's own rows where a phrase names its title", () => {
    const tuning = [
      row('add buy oat milk', 'add_task', { title: 'buy oat milk' }),
      row('add water the ferns', 'add_task', { title: 'water the ferns' }),
    ].map(judge);
    const titles = evaluateVariants(tuning).filter((variant) => variant.change === 'title');
    expect(titles.map((variant) => [variant.case.phrase, variant.case.args.title])).toContainEqual([
      'add water the ferns',
      'water the ferns',
    ]);
    expect(titles.every((variant) => variant.case.phrase === `add ${String(variant.case.args.title)}`)).toBe(true);
  });

  it('leaves a weekday alone when the expected date is an instant it cannot change', () => {
    const variants = evaluateVariants([judge(row('add buy stamps friday', 'add_task', { title: 'buy stamps', due_date: '2026-01-23' }))]);
    expect(variants.map((variant) => variant.change)).not.toContain('weekday');
  });

  it('varies only readings that are right today', () => {
    expect(evaluateVariants([judge(row('add buy oat milk', 'delete_task', {}))])).toEqual([]);
  });
});
