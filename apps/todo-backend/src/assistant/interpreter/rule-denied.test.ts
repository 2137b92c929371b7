import { describe, expect, it } from 'vitest';
import { interpret, type TaskRef } from './offline-interpreter.ts';

// A task's rule denied with nothing new in its place ("the veg order isn't weekly any more, it's a one-off"): the task
// stops repeating and stays; never a new task "… every week".
const task = (title: string): TaskRef => ({ title });

describe('a rule denied with no new one', () => {
  it.each([
    ["the fish order isn't weekly any more, it's a one-off", task('fish order')],
    ['the bread delivery is no longer daily', task('bread delivery')],
    ["the milk round isn't every other day anymore", task('milk round')],
    ['the supper club is not monthly any more - just a one off', task('supper club')],
    ["the bins aren't fortnightly any more. they're a one-time thing now", task('bins')],
    ["the sunday roast isn't every sunday anymore", task('sunday roast')],
    ['the herb box is no longer monthly, only a one-off', task('herb box')],
    ["the pasta night isn't weekly", task('pasta night')],
  ])('stops the repeat: %j', (sentence, target) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'update_task', args: { recurring: null }, target });
  });

  it.each([
    ["the fish order isn't weekly any more, it's every other friday", 'FREQ=WEEKLY;INTERVAL=2;BYDAY=FR', task('fish order')],
    ["the bins aren't weekly anymore, every other week", 'FREQ=WEEKLY;INTERVAL=2', task('bins')],
  ])('takes the new rule when one is said: %j', (sentence, recurring, target) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'update_task', args: { recurring }, target });
  });

  it.each(["the curry isn't spicy any more", "the oven isn't hot yet", "the weekly shop isn't done"])(
    'changes no rule when the words denied are no rule: %j',
    (sentence) => {
      const got = interpret(sentence);
      expect(got.kind === 'call' && (got.tool === 'create_recurring' || 'recurring' in got.args)).toBe(false);
    },
  );
});
