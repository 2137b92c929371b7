import { describe, expect, it } from 'vitest';
import { readLevelOrDateNamed } from './field-named.ts';

describe('a level or a date said with its field first', () => {
  it.each([
    ['change the time on the haircut to half 4', 'haircut', 'half 4'],
    ['set the time for the call to 10am', 'the call', '10am'],
    ['set the due date for 12 to friday', '12', 'friday'],
  ])('reads "%s" as a due date', (said, ref, date) => {
    expect(readLevelOrDateNamed(said)).toEqual({ tool: 'set_due_date', ref: expect.stringContaining(ref), args: { date } });
  });

  it('leaves a time that is no date', () => {
    expect(readLevelOrDateNamed('change the time on the haircut')).toBeUndefined();
  });
});
