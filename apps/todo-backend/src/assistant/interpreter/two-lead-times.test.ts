import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { call, t } from './said-rows.ts';
import { TWO_LEADS_ASKED } from './two-lead-times.ts';

const read = (sentence: string) => interpret(sentence, { projects: ['Inbox', 'Work'] });

describe('two lead times for one reminder', () => {
  it.each([
    'remind me a week before and a day before the exam',
    'ping me 2 days AND 1 hour before the wedding',
    'remind me about the interview the night before and an hour before',
    'nudge me 30 minutes before & 5 minutes before the call',
    'give me a heads up a day before plus an hour before the dentist',
    'remind me the day before and then again 2 hours before the train',
    'add ferry friday 7am, remind me a day before and an hour before',
    'I need a reminder 3 days before and 1 day before the tax deadline',
  ])('asks about "%s"', (sentence) => {
    expect(read(sentence)).toEqual({ kind: 'help', reason: TWO_LEADS_ASKED });
  });

  it.each([
    ['remind me an hour before the train', { before: '1h' }, t('train')],
    ['nudge me a day before the bins', { before: '1d' }, t('bins')],
  ])('reads one lead time as before: "%s"', (sentence, args, target) => {
    expect(read(sentence)).toEqual(call('set_reminder', args, target));
  });

  it('leaves two lengths in a title that asks no reminder', () => {
    expect(read('add book the 2 day and 3 hour course before march')).not.toEqual({ kind: 'help', reason: TWO_LEADS_ASKED });
  });
});
