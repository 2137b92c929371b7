import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { possessiveFieldSaid } from './possessive-fields.ts';
import { call, t } from './said-rows.ts';

const read = (sentence: string) => interpret(sentence, { projects: ['Inbox', 'Work', 'Garden Club'] });

describe("a task's field said with the possessive", () => {
  it.each([
    ["change the retro's title to 'Q4 retro'", 'update_task', { title: 'Q4 retro' }, 'retro'],
    ["change the standup's name to Daily sync", 'update_task', { title: 'Daily sync' }, 'standup'],
    ["set the offsite's date to friday", 'set_due_date', { date: 'friday' }, 'offsite'],
    ["make the deck's priority high", 'set_priority', { priority: 'high' }, 'deck'],
    ["change my report's deadline to next monday", 'set_due_date', { date: 'next monday' }, 'report'],
    ["set the venue booking's priority to low", 'set_priority', { priority: 'low' }, 'venue booking'],
  ])('"%s"', (sentence, tool, args, title) => {
    expect(read(sentence)).toEqual(call(tool, args, t(title)));
  });

  it("keeps a name's in the title", () => {
    expect(possessiveFieldSaid("change mum's birthday title to Mum turns 70")).toBeUndefined();
  });

  it("keeps a new task's words as they are", () => {
    expect(possessiveFieldSaid("add check the car's date stamp")).toBeUndefined();
    expect(read("add check the car's date stamp")).toEqual(call('add_task', { title: "check the car's date stamp" }));
  });
});
