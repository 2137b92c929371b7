import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

describe('the offline interpreter on completions said in everyday ways', () => {
  it.each([
    ['that one has been dealt with', { last: true }],
    ['yeah finished it', { last: true }],
    ["that's the lawn mowed", { title: 'lawn' }],
    ["that's the parcel posted at last", { title: 'parcel' }],
    ['mark the electricity bill as paid', { title: 'electricity bill' }],
    ['tick the thank-you cards as written', { title: 'thank-you cards' }],
    ['all done with the tax forms', { title: 'tax forms' }],
    ['the leaky gutter is repaired finally', { title: 'leaky gutter' }],
    ['check off the pharmacy thing', { title: 'pharmacy' }],
    ["the hoovering's done and dusted", { title: 'hoovering' }],
    ['consider the car loan dealt with', { title: 'car loan' }],
    ["we've taken care of the school forms", { title: 'school forms' }],
    ['passport photos sorted', { title: 'passport photos' }],
    ['you can tick off the mortgage call', { title: 'mortgage call' }],
    ['put a checkmark next to 8', { id: 8 }],
    ['cross through the window cleaner', { title: 'window cleaner' }],
    ['job done with the fence', { title: 'fence' }],
    ['ah the MOT got done on tuesday', { title: 'MOT' }],
    ['the boiler service got done 2 days ago', { title: 'boiler service' }],
  ])('completes: "%s"', (sentence, target) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'complete_task', args: {}, target });
  });

  it.each([
    ['set the garage task back to pending', { title: 'garage' }],
    ['mark 11 as open again', { id: 11 }],
    ['I checked off the passport renewal by accident', { title: 'passport renewal' }],
    ['i mistakenly crossed off the vet', { title: 'vet' }],
    ['the essay still needs work, untick it', { title: 'essay' }],
    ["ah, the shelves weren't finished, re-open it", { title: 'shelves' }],
    ['un-check the gym', { title: 'gym' }],
    ['untick 3 please, we have not finished', { id: 3 }],
    ['oops the parcel is not posted yet', { title: 'parcel' }],
    ["the rent isn't paid after all", { title: 'rent' }],
    ['undo complete on 4', { id: 4 }],
    ['4 is not done actually', { id: 4 }],
    ['put 4 back on my list', { id: 4 }],
    ['bring back task 4', { id: 4 }],
    ['4 needs to be redone', { id: 4 }],
    ['make it active again', { last: true }],
    ['set 4 to open', { id: 4 }],
    ['change 4 back to not done', { id: 4 }],
  ])('reopens: "%s"', (sentence, target) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'complete_task', args: { completed: false }, target });
  });

  it.each([
    'mark both the gym and the bank as done',
    'tick off the second one',
    'mark the proposal as started',
    'the new phone charger is not needed',
  ])('asks rather than completes: "%s"', (sentence) => {
    expect(interpret(sentence)).toMatchObject({ kind: 'help' });
  });
});

describe('the offline interpreter on work reported done in other words', () => {
  it.each([
    ['did the laundry ✅', { title: 'laundry' }],
    ['did the weekly shop', { title: 'weekly shop' }],
    // A thing ending in -ing is a thing done, not a verb after it; misspelt too.
    ['did the shoping', { title: 'shoping' }],
    ['did the cleaning', { title: 'cleaning' }],
    ['did the hoovering', { title: 'hoovering' }],
    ['the report has been done', { title: 'report' }],
    ['the slides have finally been finished', { title: 'slides' }],
    ['the report? done', { title: 'report' }],
    ['the report task can be closed', { title: 'report' }],
    ['the bins are out ✔', { title: 'bins' }],
    ['mark 7 as dne', { id: 7 }],
    ['mark as dne 9', { id: 9 }],
    ['ok so the laundry is finally done 🙌', { title: 'laundry' }],
    ['finally got the taxes done', { title: 'taxes' }],
    ['I managed to do the taxes today', { title: 'taxes' }],
    ['the taxes are sorted now', { title: 'taxes' }],
    ['taxes ✓', { title: 'taxes' }],
    ['did it', { last: true }],
    ['invoice sent ✅', { title: 'invoice' }],
    ['ok that report is done, mark it', { title: 'that report' }],
    ['the report is done, mark it as complete', { title: 'report' }],
    ['I finished the report so you can cross it off', { title: 'report' }],
    ['report finished, yay', { title: 'report' }],
    ['rent: paid ✅', { title: 'rent' }],
    ['mark rent as donee', { title: 'rent' }],
    ["we're done with the report", { title: 'report' }],
    ["i'm done w the report", { title: 'report' }],
    ['fixed up the bike', { title: 'bike' }],
    ['wrap up the report task', { title: 'report' }],
    ['check the report off my list', { title: 'report' }],
  ])('completes: "%s"', (sentence, target) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'complete_task', args: {}, target });
  });

  it.each([
    'did the parcel arrive?',
    'did the plumber come',
    'did the laundry?',
    'mark 7 as dine',
    'finished tasks',
    'is there a high priority task',
  ])('completes nothing on "%s"', (sentence) => {
    const got = interpret(sentence);
    expect(got.kind === 'call' && got.tool === 'complete_task').toBe(false);
  });
});
