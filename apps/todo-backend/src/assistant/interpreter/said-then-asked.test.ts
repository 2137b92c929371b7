import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

// News about a task, then a request pointing back at it, said without commas as people speak.
describe('the offline interpreter on news, then a request about it', () => {
  it.each([
    ['so the tax return is kind of urgent now can you bump it up', 'set_priority', { priority: 'high' }, 'tax return'],
    ["um the fence painting isn't really that important so maybe make it low", 'set_priority', { priority: 'low' }, 'fence painting'],
    ['the newsletter can wait I guess so just lower it thanks', 'set_priority', { priority: 'low' }, 'newsletter'],
    ["so the plumber can't come on friday anymore can you move it to monday", 'set_due_date', { date: 'monday' }, 'plumber'],
    ["the report doesn't really need a date anymore so just take it off thanks", 'set_due_date', { date: null }, 'report'],
    [
      'so the dentist task I actually meant the orthodontist can you rename it to orthodontist check up',
      'update_task',
      { title: 'orthodontist check up' },
      'dentist',
    ],
    [
      "so the passport one is actually for Tom can you call it renew Tom's passport",
      'update_task',
      { title: "renew Tom's passport" },
      'passport',
    ],
    ["so I finally called the bank this morning so that one's done I guess", 'complete_task', {}, 'bank'],
    ['I think I already finished the thank you cards yesterday so you can cross them off', 'complete_task', {}, 'thank you cards'],
    ['ugh I ticked off the laundry by accident can you maybe put it back', 'complete_task', { completed: false }, 'laundry'],
    ["so I don't really need the reminder on the gym task anymore you can turn it off thanks", 'set_reminder', { clear: true }, 'gym'],
    ["okay so the slides aren't really work anymore can you take the work tag off", 'remove_tag', { tag: 'work' }, 'slides'],
    // More of the same causes, in other words.
    ['the bike is not a hobby thing now can you take the hobby tag off', 'remove_tag', { tag: 'hobby' }, 'bike'],
    ['the invoice is super urgent now so can you bump it up', 'set_priority', { priority: 'high' }, 'invoice'],
    ['the vet can only do tuesday now can you move it to tuesday', 'set_due_date', { date: 'tuesday' }, 'vet'],
    ['I ticked off the gym by accident so can you put it back', 'complete_task', { completed: false }, 'gym'],
  ])('reads "%s"', (sentence, tool, args, title) => {
    const meaning = interpret(sentence);
    expect(meaning).toMatchObject({ kind: 'call', tool, args });
    expect(meaning.kind === 'call' && meaning.target && 'title' in meaning.target && meaning.target.title).toMatch(
      new RegExp(`^(?:the\\s+)?${title}(?:\\s+(?:task|one))?$`, 'i'),
    );
  });

  it.each([
    "I don't need the reminder on the gym task anymore",
    "we don't need the due date on the report task",
    'i wrote vaccum the car, pls correct it to vacuum the car',
  ])('deletes or completes nothing on "%s"', (sentence) => {
    const meaning = interpret(sentence);
    expect(meaning.kind === 'call' && ['delete_task', 'complete_task'].includes(meaning.tool)).toBe(false);
  });

  it('never takes the one who says it for the task: "my boss says the audit is urgent, can you bump it up"', () => {
    const meaning = interpret('my boss says the audit is urgent, can you bump it up');
    expect(meaning.kind === 'call' && meaning.target && 'title' in meaning.target && /boss/i.test(meaning.target.title)).toBe(false);
  });
});
