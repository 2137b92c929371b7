import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { last, t } from './said-rows.ts';

const read = (sentence: string) => interpret(sentence, { projects: ['Inbox', 'Work'] });

// "again" before the time of a reminder says it was set before: it is no part of the time, nor of the task.

describe('a reminder asked for again, its time said before the task', () => {
  it.each([
    ['remind me again tomorrow about the car tax', t('car tax')],
    ['remind me again at 5pm about the boiler', t('boiler')],
    ['can you remind me again on friday about the rent', t('rent')],
    ['ping me again tomorrow morning about the passport form', t('passport form')],
    ['nudge me again at 4pm about the school trip money', t('school trip money')],
    ['remind me again next monday about the insurance renewal', t('insurance renewal')],
    ['remind me about the council tax again at 6pm', t('council tax')],
  ])('"%s" sets the reminder of the task named', (sentence, target) => {
    expect(read(sentence)).toMatchObject({ kind: 'call', tool: 'set_reminder', target });
  });

  it('reads "again" alone as the task the conversation is on', () => {
    expect(read('remind me again in 2 hours')).toMatchObject({ kind: 'call', tool: 'set_reminder', target: last });
  });
});
