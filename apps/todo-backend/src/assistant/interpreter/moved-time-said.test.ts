import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { call, id, type Said, t } from './said-rows.ts';

describe('the offline interpreter on a due date moved by a question about waiting or by news with the old time', () => {
  it.each<Said>([
    ['can the pharmacy call wait till friday', 'set_due_date', { date: 'friday' }, t('pharmacy call')],
    ['could the blood test wait until monday', 'set_due_date', { date: 'monday' }, t('blood test')],
    ['can my eye test wait til next monday', 'set_due_date', { date: 'next monday' }, t('eye test')],
    ['could 7 wait until next tuesday', 'set_due_date', { date: 'next tuesday' }, id(7)],
    ["grace's nursery pickup is 4.15 today not 5.30", 'set_due_date', { date: '4.15 today' }, t("grace's nursery pickup")],
    ['the school run is at 8:15 tomorrow, not 8:30', 'set_due_date', { date: '8:15 tomorrow' }, t('school run')],
    ["dad's bloods are now on friday not thursday", 'set_due_date', { date: 'friday' }, t("dad's bloods")],
    ['the hair appointment is now 11am instead of 10', 'set_due_date', { date: '11am' }, t('hair appointment')],
    ['my physio is 10am tomorrow instead of 11', 'set_due_date', { date: '10am tomorrow' }, t('physio')],
  ])('%s', (phrase, tool, args, target) => {
    expect(interpret(phrase)).toEqual(call(tool as string, args ?? {}, target));
  });

  it('leaves waiting said as news, and a word after "not" that is no time', () => {
    expect(interpret('the report can wait until next week')).toEqual({ kind: 'help' });
    expect(interpret('the podiatrist can wait')).toEqual(call('set_priority', { priority: 'low' }, t('podiatrist')));
    expect(interpret('the shed can wait till spring')).toEqual(call('set_priority', { priority: 'low' }, t('shed')));
  });

  it.each<Said>([
    ["it's not friday any more, it's monday", 'set_due_date', { date: 'monday' }, { last: true }],
    ["the vet isn't on the 3rd anymore - it's the 5th", 'set_due_date', { date: 'the 5th' }, t('vet')],
    ['the 3rd not the 2nd for the school trip money', 'set_due_date', { date: 'the 3rd' }, t('school trip money')],
    ['two weeks out for the eye test', 'set_due_date', { date: 'two weeks out' }, t('eye test')],
    ['tomorrow for the party', 'set_due_date', { date: 'tomorrow' }, t('party')],
    ['friday instead', 'set_due_date', { date: 'friday' }, { last: true }],
    ['the dentist - friday instead', 'set_due_date', { date: 'friday' }, t('dentist')],
    ['the 14th instead then', 'set_due_date', { date: 'the 14th' }, { last: true }],
    ['plumber now 3pm friday', 'set_due_date', { date: '3pm friday' }, t('plumber')],
    ['PLUMBER NOW AT 3', 'set_due_date', { date: 'AT 3' }, t('PLUMBER')],
  ])('reads a change said short: %s', (phrase, tool, args, target) => {
    expect(interpret(phrase)).toEqual(call(tool as string, args ?? {}, target));
  });

  it('leaves an errand said with "now", and words after "instead" that are no date', () => {
    expect(interpret('call mum now at 3')).not.toMatchObject({ tool: 'set_due_date' });
    expect(interpret('buy milk instead')).not.toMatchObject({ tool: 'set_due_date' });
    expect(interpret("the report's not urgent any more, it's fine")).not.toMatchObject({ tool: 'set_due_date' });
  });
});
