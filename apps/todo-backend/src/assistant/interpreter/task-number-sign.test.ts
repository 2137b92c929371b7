import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { call, id, last } from './said-rows.ts';

const read = (sentence: string) => interpret(sentence, { projects: ['Inbox', 'Work'] });

describe('"no. 12" said for the task numbered 12', () => {
  it.each([
    ['demote no. 3 to medium', 'set_priority', { priority: 'medium' }, id(3)],
    ['no. 15 - rename to Pay Dave back £20', 'update_task', { title: 'Pay Dave back £20' }, id(15)],
    ['put no. 11 back in Inbox, wrong project', 'move_task', { project: 'Inbox' }, id(11)],
    ['no.7 done', 'complete_task', {}, id(7)],
  ])('"%s"', (sentence, tool, args, target) => {
    expect(read(sentence)).toEqual(call(tool, args, target));
  });

  it('keeps "no." in the words of a note', () => {
    expect(read('add a note to it: invoice no. 118, net 30')).toEqual(
      call('update_task', { description: 'invoice no. 118, net 30' }, last),
    );
  });
});
