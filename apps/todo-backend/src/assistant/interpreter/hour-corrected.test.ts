import { describe, expect, it } from 'vitest';
import { hourCorrected } from './hour-corrected.ts';
import { interpret } from './offline-interpreter.ts';
import { call, id, t } from './said-rows.ts';

const read = (sentence: string) => interpret(sentence, { projects: ['Inbox', 'Work'] });

describe('a time corrected with bare hours', () => {
  it.each([
    ['the slides are due at 3 not 2', '3pm', t('slides')],
    ['the standup is now 10 not 9:30', '10am', t('standup')],
    ['the garden club meeting is at 7 not 6', '7pm', t('garden club meeting')],
    ['my haircut is at 4.30 not 4', '4:30pm', t('haircut')],
    ['the call is at 11 not 2pm', '11am', t('call')],
    ['task 8 is due at 5 instead of 4', '5pm', id(8)],
  ])('"%s"', (sentence, date, target) => {
    expect(read(sentence)).toEqual(call('set_due_date', { date }, target));
  });

  it('reads no move from numbers that are not about a task', () => {
    expect(hourCorrected('she is 5 not 4')).toBeUndefined();
    expect(hourCorrected('the kids are 5 not 4')).toBeUndefined();
  });
});
