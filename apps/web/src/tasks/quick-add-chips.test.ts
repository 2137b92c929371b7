import type { QuickAddToken } from '@doable/contracts';
import { describe, expect, it } from 'vitest';
import { describeToken, keptRejections } from './quick-add-chips.ts';

const token = (kind: QuickAddToken['kind'], value: string): QuickAddToken => ({ start: 0, end: 1, text: 'x', kind, value });

describe('quick-add chips', () => {
  it('keeps a rejection only while its text is still where it was', () => {
    const rejected = [{ start: 9, end: 17, text: 'tomorrow' }];
    expect(keptRejections(rejected, 'buy milk tomorrow p1')).toEqual(rejected);
    expect(keptRejections(rejected, 'buy oat milk tomorrow p1')).toEqual([]);
    expect(keptRejections(rejected, 'buy milk')).toEqual([]);
  });

  it.each<[QuickAddToken, RegExp]>([
    [token('priority', 'high'), /^Priority high$/],
    [token('tag', 'home'), /^Tag #home$/],
    [token('recurrence', 'FREQ=WEEKLY;BYDAY=SU'), /^Repeats every week on Sun$/],
    [token('reminder', '1h'), /^Reminder 1 hour before$/],
    [token('date', '2026-01-23T17:00:00.000Z'), /^Due Tomorrow \S+/],
    [token('description', 'notes'), /^Description$/],
    [{ start: 9, end: 23, text: '#Home Projects', kind: 'project', value: '9' }, /^Project Home Projects$/],
  ])('says what %o means', (chip, words) => {
    expect(describeToken(chip, 'UTC', new Date('2026-01-22T12:00:00Z'))).toMatch(words);
  });
});
