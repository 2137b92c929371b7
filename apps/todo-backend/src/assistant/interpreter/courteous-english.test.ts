import { describe, expect, it } from 'vitest';
import { type Interpretation, interpret } from './offline-interpreter.ts';

// Written as to a helpful person, in full and courteous sentences: each shape read as the words the rules know, in the
// corpus's phrasing and in others of the same shape (courteous-english.ts).

const known = { projects: ['Inbox', 'Groceries', 'Work', 'Garden Club', 'Home Projects'] };
const read = (sentence: string) => interpret(sentence, known);

describe('courteous English: the courtesy around a request: a little story before it, thanks and apologies around it', () => {
  it.each<[string, Interpretation]>([
    [
      'My son says I should use this for my shopping. Please add buy bread and milk.',
      { kind: 'call', tool: 'add_task', args: { title: 'buy bread and milk' } },
    ],
    [
      'My granddaughter showed me how to use this. Could you add ring the optician?',
      { kind: 'call', tool: 'add_task', args: { title: 'ring the optician' } },
    ],
    [
      "I'm sorry, I'm not very good with these things. My grandson set it up for me. Please would you tick off the gas bill?",
      { kind: 'call', tool: 'complete_task', args: {}, target: { title: 'gas bill' } },
    ],
    [
      'Good evening. My daughter says you can help me remember things. Please add take the bins out on Sunday night. Much obliged.',
      { kind: 'call', tool: 'add_task', args: { title: 'take the bins out', due_date: 'Sunday night' } },
    ],
    [
      "I'm sorry, I added the wrong thing just now. Please delete it.",
      { kind: 'call', tool: 'delete_task', args: {}, target: { last: true } },
    ],
    [
      'I wonder if you could add a task for me: write a letter to cousin Edna.',
      { kind: 'call', tool: 'add_task', args: { title: 'write a letter to cousin Edna' } },
    ],
    [
      'I was wondering if you could mark the gas bill as done',
      { kind: 'call', tool: 'complete_task', args: {}, target: { title: 'gas bill' } },
    ],
    [
      "Please would you add 'pay the paper bill' to my list. Thank you ever so much.",
      { kind: 'call', tool: 'add_task', args: { title: 'pay the paper bill' } },
    ],
    ['add order the coal. Much obliged!', { kind: 'call', tool: 'add_task', args: { title: 'order the coal' } }],
    [
      "I would like to add collecting my prescription from the chemist on Friday, if that's all right.",
      { kind: 'call', tool: 'add_task', args: { title: 'collecting my prescription from the chemist', due_date: 'Friday' } },
    ],
    ["Please add buy stamps, if it's all right with you.", { kind: 'call', tool: 'add_task', args: { title: 'buy stamps' } }],
    ['Sorry to trouble you again, but what do I need to do today?', { kind: 'call', tool: 'filter_tasks', args: { due: 'today' } }],
    ['Sorry to bother you, but could you delete number 3?', { kind: 'call', tool: 'delete_task', args: {}, target: { id: 3 } }],
    [
      'Could you remind me about the hairdresser the day before, dear?',
      { kind: 'call', tool: 'set_reminder', args: { before: '1d' }, target: { title: 'hairdresser' } },
    ],
    ['Hello dear, what have I got on tomorrow?', { kind: 'call', tool: 'filter_tasks', args: { due: 'tomorrow' } }],
    ['Would you be good enough to show me my list, dear?', { kind: 'call', tool: 'list_tasks', args: {} }],
    [
      'Would you be kind enough to remind me to pay the milkman on the first of every month?',
      {
        kind: 'call',
        tool: 'create_recurring',
        args: { title: 'pay the milkman', pattern: 'FREQ=MONTHLY;BYMONTHDAY=1', due_date: 'the 1st' },
      },
    ],
    [
      'Good afternoon. Would you be so kind as to add a note for me to telephone the optician about my new glasses?',
      { kind: 'call', tool: 'add_task', args: { title: 'telephone the optician about my new glasses' } },
    ],
  ])('reads "%s"', (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });
});

describe('courteous English: news of a task, then a request pointing back at it', () => {
  it.each<[string, Interpretation]>([
    [
      'The chiropodist has cancelled, so please delete that appointment, thank you.',
      { kind: 'call', tool: 'delete_task', args: {}, target: { title: 'chiropodist' } },
    ],
    [
      'The podiatrist has moved away, so please delete that task',
      { kind: 'call', tool: 'delete_task', args: {}, target: { title: 'podiatrist' } },
    ],
    [
      'I no longer need the reminder about the coalman, please delete the whole task.',
      { kind: 'call', tool: 'delete_task', args: {}, target: { title: 'coalman' } },
    ],
    [
      "I don't need the note on the boiler task any more, please remove it",
      { kind: 'call', tool: 'update_task', args: { description: '' }, target: { title: 'boiler' } },
    ],
    [
      "There's no hurry with the attic, so please make it low priority.",
      { kind: 'call', tool: 'set_priority', args: { priority: 'low' }, target: { title: 'attic' } },
    ],
    [
      "There's no rush for the garden fence, could you make it low priority?",
      { kind: 'call', tool: 'set_priority', args: { priority: 'low' }, target: { title: 'garden fence' } },
    ],
    [
      'The electricity bill is very important, would you mark it as urgent, please?',
      { kind: 'call', tool: 'set_priority', args: { priority: 'high' }, target: { title: 'electricity bill' } },
    ],
    [
      'The dentist appointment is very important, would you mark it as urgent?',
      { kind: 'call', tool: 'set_priority', args: { priority: 'high' }, target: { title: 'dentist appointment' } },
    ],
    [
      'The hairdresser will not be every week any more, so please stop it repeating.',
      { kind: 'call', tool: 'update_task', args: { recurring: null }, target: { title: 'hairdresser' } },
    ],
    [
      "I'm afraid I spelt the chemist one wrong, could you change it to Collect prescription from the chemist, please?",
      { kind: 'call', tool: 'update_task', args: { title: 'Collect prescription from the chemist' }, target: { title: 'chemist' } },
    ],
    [
      'The hospital letter is the most important thing on my list, please put it at the top.',
      { kind: 'call', tool: 'set_priority', args: { priority: 'high' }, target: { title: 'hospital letter' } },
    ],
    [
      'the pension form is the most important thing',
      { kind: 'call', tool: 'set_priority', args: { priority: 'high' }, target: { title: 'pension form' } },
    ],
    [
      "I think the garden shed can wait until the spring, so it isn't important.",
      { kind: 'call', tool: 'set_priority', args: { priority: 'low' }, target: { title: 'garden shed' } },
    ],
    [
      'the loft can wait till summer, so it is not urgent',
      { kind: 'call', tool: 'set_priority', args: { priority: 'low' }, target: { title: 'loft' } },
    ],
    [
      'I think the optician is on Friday, not Wednesday, would you change it please?',
      { kind: 'call', tool: 'set_due_date', args: { date: 'Friday' }, target: { title: 'optician' } },
    ],
    [
      'the hairdresser is on Monday, not Tuesday',
      { kind: 'call', tool: 'set_due_date', args: { date: 'Monday' }, target: { title: 'hairdresser' } },
    ],
  ])('reads "%s"', (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });
});

describe('courteous English: work reported, with what follows from it said again', () => {
  it.each<[string, Interpretation]>([
    [
      'I have posted the parcel to my nephew today, so you can tick that one off, dear.',
      { kind: 'call', tool: 'complete_task', args: {}, target: { title: 'parcel to my nephew' } },
    ],
    [
      'I have paid the window cleaner, so you can cross that off',
      { kind: 'call', tool: 'complete_task', args: {}, target: { title: 'window cleaner' } },
    ],
    [
      'I managed to get the library books back today, so that one can be crossed off.',
      { kind: 'call', tool: 'complete_task', args: {}, target: { title: 'library books' } },
    ],
    [
      "I've posted the letters, so that one can be ticked off now",
      { kind: 'call', tool: 'complete_task', args: {}, target: { title: 'letters' } },
    ],
    [
      "The man came and fixed the boiler this morning, so that's finished, thank you.",
      { kind: 'call', tool: 'complete_task', args: {}, target: { title: 'boiler' } },
    ],
    [
      "The plumber came round and fixed the tap, so that's done",
      { kind: 'call', tool: 'complete_task', args: {}, target: { title: 'tap' } },
    ],
    [
      'I have watered the plants as you asked, you may mark it done.',
      { kind: 'call', tool: 'complete_task', args: {}, target: { title: 'plants' } },
    ],
    [
      'Oh dear, I marked the pension letter as done by mistake. Could you put it back please?',
      { kind: 'call', tool: 'complete_task', args: { completed: false }, target: { title: 'pension letter' } },
    ],
    [
      'I ticked off the laundry by mistake, please put it back',
      { kind: 'call', tool: 'complete_task', args: { completed: false }, target: { title: 'laundry' } },
    ],
    [
      'I crossed off the chemist by accident',
      { kind: 'call', tool: 'complete_task', args: { completed: false }, target: { title: 'chemist' } },
    ],
  ])('reads "%s"', (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });
});

describe('courteous English: old-fashioned words for our verbs and dates', () => {
  it.each<[string, Interpretation]>([
    [
      'Would you please put off the window cleaning for a week? It has been raining.',
      { kind: 'call', tool: 'postpone_task', args: { by: 'P1W' }, target: { title: 'window cleaning' } },
    ],
    [
      'could you put off the hairdresser for two days?',
      { kind: 'call', tool: 'postpone_task', args: { by: 'P2D' }, target: { title: 'hairdresser' } },
    ],
    ['put the dentist off by a week', { kind: 'call', tool: 'postpone_task', args: { by: 'P1W' }, target: { title: 'dentist' } }],
    [
      'Could you give me a little reminder an hour before my bridge game?',
      { kind: 'call', tool: 'set_reminder', args: { before: '1h' }, target: { title: 'bridge game' } },
    ],
    [
      'give me a gentle reminder a day before the chiropodist',
      { kind: 'call', tool: 'set_reminder', args: { before: '1d' }, target: { title: 'chiropodist' } },
    ],
    [
      'Please put the word family on the birthday card task, so I can find it.',
      { kind: 'call', tool: 'add_tag', args: { tag: 'family' }, target: { title: 'birthday card' } },
    ],
    ['put the word garden on the hedge task', { kind: 'call', tool: 'add_tag', args: { tag: 'garden' }, target: { title: 'hedge' } }],
    ['Would you be so kind as to read me out my whole list?', { kind: 'call', tool: 'list_tasks', args: {} }],
    ['read out my list, please', { kind: 'call', tool: 'list_tasks', args: {} }],
    ['make a note to ring Edna on Sunday', { kind: 'call', tool: 'add_task', args: { title: 'ring Edna', due_date: 'Sunday' } }],
    ['add a note for me to buy stamps', { kind: 'call', tool: 'add_task', args: { title: 'buy stamps' } }],
    ['add a note to 12: call after 6', { kind: 'call', tool: 'update_task', args: { description: 'call after 6' }, target: { id: 12 } }],
    [
      'Please write on the gas man task that he said he would come in the morning, thank you.',
      { kind: 'call', tool: 'update_task', args: { description: 'he said he would come in the morning' }, target: { title: 'gas man' } },
    ],
    [
      'write on the boiler task that the engineer is coming',
      { kind: 'call', tool: 'update_task', args: { description: 'the engineer is coming' }, target: { title: 'boiler' } },
    ],
    ['Is there anything on my list about the hospital?', { kind: 'call', tool: 'search_tasks', args: { query: 'hospital' } }],
    ['is there anything on my list about the bank?', { kind: 'call', tool: 'search_tasks', args: { query: 'bank' } }],
    [
      'Could you make number 4 a medium priority, please?',
      { kind: 'call', tool: 'set_priority', args: { priority: 'medium' }, target: { id: 4 } },
    ],
    ['make the attic a low priority', { kind: 'call', tool: 'set_priority', args: { priority: 'low' }, target: { title: 'attic' } }],
    [
      'Could you move the chiropodist to next Tuesday but one, please?',
      { kind: 'call', tool: 'set_due_date', args: { date: 'Tuesday week' }, target: { title: 'chiropodist' } },
    ],
    [
      'add the hairdresser next Friday but one',
      { kind: 'call', tool: 'add_task', args: { title: 'the hairdresser', due_date: 'Friday week' } },
    ],
    [
      'Please add a bag of potatoes to Groceries, thank you.',
      { kind: 'call', tool: 'add_task', args: { title: 'a bag of potatoes', project: 'Groceries' } },
    ],
    ['add a dozen eggs', { kind: 'call', tool: 'add_task', args: { title: 'a dozen eggs' } }],
    ['add a pint of milk to Groceries', { kind: 'call', tool: 'add_task', args: { title: 'a pint of milk', project: 'Groceries' } }],
    ['add a can opener', { kind: 'call', tool: 'add_task', args: { title: 'can opener' } }],
  ])('reads "%s"', (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });
});

describe('courteous English: unsure, or against the request, calls nothing', () => {
  it.each(["I'm not sure whether I have done the gas bill or not.", "The report is done, please don't delete it"])(
    'asks about "%s"',
    (sentence) => {
      expect(read(sentence).kind).toBe('help');
    },
  );

  it('shows the task asked about when the writer is not sure it is done, and changes nothing', () => {
    expect(read("I'm not sure if I have paid the paper bill")).toEqual({
      kind: 'call',
      tool: 'search_tasks',
      args: { query: 'paper bill' },
    });
  });

  it('confirms before deleting everything after a little story', () => {
    expect(read('My son says I should delete everything. Please delete everything.')).toEqual({ kind: 'bulk', action: 'delete' });
  });
});

describe('courteous English: more of the same shapes, and a "please" before them', () => {
  it.each<[string, Interpretation]>([
    [
      'please would you be so kind to add pick up the suit from the cleaning',
      { kind: 'call', tool: 'add_task', args: { title: 'pick up the suit from the cleaning' } },
    ],
    ['would you be so good as to delete number 5', { kind: 'call', tool: 'delete_task', args: {}, target: { id: 5 } }],
    ['could you please be so kind and show my list', { kind: 'call', tool: 'list_tasks', args: {} }],
    [
      'I should like to add buy a new hot water bottle, please.',
      { kind: 'call', tool: 'add_task', args: { title: 'buy a new hot water bottle' } },
    ],
    [
      "I'd be ever so grateful if you could add collect the repeat prescription.",
      { kind: 'call', tool: 'add_task', args: { title: 'collect the repeat prescription' } },
    ],
    [
      'Thank you for your help yesterday. Could you now mark the chemist as done?',
      { kind: 'call', tool: 'complete_task', args: {}, target: { title: 'chemist' } },
    ],
    ['Thank you for that. Now what have I got tomorrow?', { kind: 'call', tool: 'filter_tasks', args: { due: 'tomorrow' } }],
    [
      "The coalman isn't coming any more, could you delete him from my list?",
      { kind: 'call', tool: 'delete_task', args: {}, target: { title: 'coalman' } },
    ],
    [
      'I think the optician was Thursday, not Friday. Could you change it?',
      { kind: 'call', tool: 'set_due_date', args: { date: 'Thursday' }, target: { title: 'optician' } },
    ],
    [
      "Please add wash the net curtains, it isn't urgent.",
      { kind: 'call', tool: 'add_task', args: { title: 'wash the net curtains', priority: 'low' } },
    ],
    [
      "please I'm sorry, I added the wrong thing just now. Please delete it.",
      { kind: 'call', tool: 'delete_task', args: {}, target: { last: true } },
    ],
    [
      'please The chiropodist has cancelled, so please delete that appointment, thank you.',
      { kind: 'call', tool: 'delete_task', args: {}, target: { title: 'chiropodist' } },
    ],
  ])('reads "%s"', (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });
});

describe('courteous English: days said the old way', () => {
  it.each<[string, Interpretation]>([
    [
      "Would you put the hairdresser on this coming Friday at ten o'clock?",
      { kind: 'call', tool: 'add_task', args: { title: 'the hairdresser', due_date: 'Friday at 10:00' } },
    ],
    ['add the bins this coming Sunday', { kind: 'call', tool: 'add_task', args: { title: 'the bins', due_date: 'Sunday' } }],
    [
      'add a note to the gas task: the man is coming Friday',
      { kind: 'call', tool: 'update_task', args: { description: 'the man is coming Friday' }, target: { title: 'gas' } },
    ],
    [
      'Please add collect my pension on Monday first thing.',
      { kind: 'call', tool: 'add_task', args: { title: 'collect my pension', due_date: 'Monday morning' } },
    ],
    [
      'could you remind me tomorrow first thing to ring the bank',
      { kind: 'call', tool: 'add_task', args: { title: 'ring the bank', due_date: 'tomorrow morning', remind_before: '0m' } },
    ],
  ])('reads "%s"', (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });
});
