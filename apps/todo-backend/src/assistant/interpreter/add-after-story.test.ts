import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

const known = { projects: ['Inbox', 'Groceries', 'Work', 'Garden Club', 'Home Projects'] };
const added = (args: Record<string, unknown>) => ({ kind: 'call', tool: 'add_task', args });

describe('the offline interpreter on a task to add said after a story about the day', () => {
  it.each([
    // A verb of adding after the story.
    [
      'the printer ran out of ink halfway through the boarding passes, typical, add order more printer ink',
      { title: 'order more printer ink' },
    ],
    [
      "mum's birthday is a week on saturday and I haven't even thought about it, add order flowers for mum by next thursday",
      { title: 'order flowers for mum', due_date: 'next thursday' },
    ],
    [
      'the kids have been at me all week about the zoo so add plan a day at the zoo for half term',
      { title: 'plan a day at the zoo for half term' },
    ],
    [
      "I keep telling myself I'll do it and then I don't, so: add call grandad this evening",
      { title: 'call grandad', due_date: 'this evening' },
    ],
    [
      'my back is killing me after all that gardening, remind me to book a massage tomorrow morning',
      { title: 'book a massage', due_date: 'tomorrow morning', remind_before: '0m' },
    ],
    // "remind me <when> to …": the time between says when it is due, reminded then.
    [
      'the car park was full again 😤 remind me at 8am to leave early for the match',
      { title: 'leave early for the match', due_date: 'at 8am', remind_before: '0m' },
    ],
    [
      'long week. remind me tomorrow at 6 to ring the plumber back',
      { title: 'ring the plumber back', due_date: 'tomorrow at 6', remind_before: '0m' },
    ],
    [
      'ugh the cat was sick on the rug, remind me on saturday to buy carpet cleaner',
      { title: 'buy carpet cleaner', due_date: 'on saturday', remind_before: '0m' },
    ],
    ['sorry my thumbs are not working today lol. add washing up liquid to groceries', { title: 'washing up liquid', project: 'Groceries' }],
    ['the bus was late AGAIN, could you add top up my travel card', { title: 'top up my travel card' }],
    // A need of the speaker's own after the story.
    [
      'so my sister rang and I really need to send Jess the holiday photos this weekend',
      { title: 'send Jess the holiday photos', due_date: 'this weekend' },
    ],
    [
      'just got off the phone with the bank (45 mins on hold!!) and now I have to upload my proof of address by the 30th',
      { title: 'upload my proof of address', due_date: 'the 30th' },
    ],
    [
      "my friend's coming to stay next weekend so I need to wash the spare bedding by friday week",
      { title: 'wash the spare bedding', due_date: 'friday week' },
    ],
    ['the boiler guy never showed up, so I have to ring the agency tomorrow', { title: 'ring the agency', due_date: 'tomorrow' }],
    // A story that is only how much the task matters gives its priority.
    ['no rush on this one at all, whenever, but add paint the hallway', { title: 'paint the hallway', priority: 'low' }],
    [
      'not urgent at all but at some point I should look into getting a water butt for the garden',
      { title: 'look into getting a water butt for the garden', priority: 'low' },
    ],
  ])('%s', (phrase, args) => {
    expect(interpret(phrase, known)).toEqual(added(args));
  });

  it.each([
    // A second request or a question first: two things at once, never the last one alone.
    'done the shopping oh and add milk',
    'what do I have today and add buy bread',
    // A condition on the request.
    'if it rains, add bring the washing in',
    // "I should like to" is a wish said politely, no need.
    'Please clear everything away, I should like to start afresh.',
  ])('%s: no task added from the words after the story', (phrase) => {
    expect(interpret(phrase, known).kind).not.toBe('call');
  });

  it('leaves a project said as a label before a colon to the rules for projects', () => {
    expect(interpret('Groceries: add tomatoes', known)).toEqual(added({ title: 'tomatoes', project: 'Groceries' }));
  });
});
