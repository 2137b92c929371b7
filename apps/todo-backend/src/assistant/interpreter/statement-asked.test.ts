import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { call, t } from './said-rows.ts';

const read = (sentence: string) => interpret(sentence, { projects: ['Inbox', 'Work'] });

describe('a statement asked with a question mark changes nothing', () => {
  it.each([
    'the dentist is on friday?',
    'the report is high priority?',
    'the gym is every monday?',
    'so the dentist is friday now?',
    'my passport is renewed?',
  ])('"%s"', (sentence) => {
    const reading = read(sentence);
    const changes = reading.kind === 'call' && !['search_tasks', 'list_tasks', 'filter_tasks'].includes(reading.tool);
    expect(changes, JSON.stringify(reading)).toBe(false);
    expect(reading.kind).not.toBe('bulk');
  });

  it('searches for the task when the question names its date', () => {
    expect(read('the dentist is on friday?')).toEqual(call('search_tasks', { query: 'dentist' }));
  });

  it('still reads the statement without a question mark, and a request asked politely', () => {
    expect(read('the dentist is friday now')).toEqual(call('set_due_date', { date: 'friday' }, t('dentist')));
    expect(read('the report is urgent, can you bump it?')).toEqual(call('set_priority', { priority: 'high' }, t('report')));
  });
});
