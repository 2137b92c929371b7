import { describe, expect, it } from 'vitest';
import { nagAsRemind } from './nag-me.ts';
import { interpret } from './offline-interpreter.ts';
import { call, t } from './said-rows.ts';

const read = (sentence: string) => interpret(sentence, { projects: ['Inbox', 'Work'] });

describe('nagged, pestered or hassled: a reminder asked for', () => {
  it.each([
    ['nag me to feed the tortoise at 5pm', { title: 'feed the tortoise', due_date: 'at 5pm', remind_before: '0m' }],
    ['Pester me tomorrow at 9 to book the plumber', { title: 'book the plumber', due_date: 'tomorrow at 9', remind_before: '0m' }],
    ['hassle me in 10 minutes to take the cake out', { title: 'take the cake out', due_date: 'in 10 minutes', remind_before: '0m' }],
  ])('"%s" adds the task with its reminder', (sentence, args) => {
    expect(read(sentence)).toEqual(call('add_task', args));
  });

  it.each([
    ['nag me about the council tax at 4pm', { at: '4pm' }, t('council tax')],
    ['nag me an hour before the school run', { before: '1h' }, t('school run')],
    ['badger me 2 days before the smear test', { before: '2d' }, t('smear test')],
    ['no more nagging about the lawnmower', { clear: true }, t('lawnmower')],
  ])('"%s" sets the reminder of the task named', (sentence, args, target) => {
    expect(read(sentence)).toMatchObject(call('set_reminder', args, target));
  });

  it.each([
    ['nag me every morning at 7 to do my physio', 'do my physio'],
    ['every other sunday nag me to clean the hamster cage', 'clean the hamster cage'],
  ])('"%s" is a series titled without the request', (sentence, title) => {
    const got = read(sentence);
    expect(got).toMatchObject({ kind: 'call', tool: 'create_recurring', args: { title } });
  });

  it.each([
    // Someone else nagged, or "nag" as a word of a title or a remark: nothing for the reminder rules.
    ['can you nag my flatmate about the rent', 'can you nag my flatmate about the rent'],
    ['stop the nag screen on the laptop', 'stop the nag screen on the laptop'],
    ['it nags me that the shed is a mess', 'it nags me that the shed is a mess'],
    ['nag me', 'remind me'],
  ])('"%s" is read as "%s"', (sentence, plain) => {
    expect(nagAsRemind(sentence)).toBe(plain);
  });

  it('adds a task about a nag as a title', () => {
    expect(read('add fix the nag screen bug')).toEqual(call('add_task', { title: 'fix the nag screen bug' }));
  });
});
