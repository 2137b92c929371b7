import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';

describe('the offline interpreter on a new title said in other ways', () => {
  it.each([
    ['rename the thing about the gas meter to read the gas meter', { title: 'read the gas meter' }, { title: 'gas meter' }],
    ['could you change "call Tom" to "call Tom back"', { title: 'call Tom back' }, { title: 'call Tom' }],
    ['edit "buy stamp" into "buy stamps"', { title: 'buy stamps' }, { title: 'buy stamp' }],
    ['oops, change "buy paint" back to "buy primer"', { title: 'buy primer' }, { title: 'buy paint' }],
    ['15 - rename to Pay Dave back £20', { title: 'Pay Dave back £20' }, { id: 15 }],
    ['call 7 "Ring the garage" instead', { title: 'Ring the garage' }, { id: 7 }],
    ['name task 5 Pay the nursery', { title: 'Pay the nursery' }, { id: 5 }],
    ['change the fence one to say paint the fence', { title: 'paint the fence' }, { title: 'fence' }],
    ['make the oven task read clean the oven racks', { title: 'clean the oven racks' }, { title: 'oven' }],
    ['fix the spelling of 31: it should say Order the skip', { title: 'Order the skip' }, { id: 31 }],
    ['correct the typo in task 8 - should be Book the MOT', { title: 'Book the MOT' }, { id: 8 }],
    ['i typed recieve parcel, please correct it to receive parcel', { title: 'receive parcel' }, { title: 'recieve parcel' }],
    ['update 14: name should be Renew the lease', { title: 'Renew the lease' }, { id: 14 }],
    ['edit task seven: the title is now Call the bank', { title: 'Call the bank' }, { id: 7 }],
    ['change task 6 name from Wash car to Wash van', { title: 'Wash van' }, { id: 6 }],
    ['change teh name of the bins to put the bins out', { title: 'put the bins out' }, { title: 'bins' }],
    ['rename invoice: invoice for March', { title: 'invoice for March' }, { title: 'invoice' }],
    ["the hedge task's name should be trim the hedge", { title: 'trim the hedge' }, { title: 'hedge' }],
    ['title of 12 → Renew the car tax', { title: 'Renew the car tax' }, { id: 12 }],
    ["change 'post card' to 'post the card'", { title: 'post the card' }, { title: 'post card' }],
    ["I'd like the shed task to say paint the shed", { title: 'paint the shed' }, { title: 'shed' }],
    ['the boiler, call it boiler service', { title: 'boiler service' }, { title: 'boiler' }],
    ['new title for 9: Call the council', { title: 'Call the council' }, { id: 9 }],
    ['give the hedge a new name: trim the hedge', { title: 'trim the hedge' }, { title: 'hedge' }],
    ['replace the title of 4 with Pay the gas bill', { title: 'Pay the gas bill' }, { id: 4 }],
    ['update the hedge title: trim the hedge', { title: 'trim the hedge' }, { title: 'hedge' }],
    ['the hedge should be renamed trim the hedge', { title: 'trim the hedge' }, { title: 'hedge' }],
    ['can the hedge be called trim the hedge', { title: 'trim the hedge' }, { title: 'hedge' }],
    ['re-name the gym task to yoga class', { title: 'yoga class' }, { title: 'gym' }],
  ])('reads "%s"', (sentence, args, target) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'update_task', args, target });
  });

  it.each([
    // The notes of a task are never its title.
    ['make the description of 5 say ring first', { description: 'ring first' }, { id: 5 }],
    ['attach a note to task 3 saying the code is 4412', { description: 'the code is 4412' }, { id: 3 }],
    ['pin a comment on the boiler: ask for Gary', { description: 'ask for Gary' }, { title: 'boiler' }],
    ['note on it - bring the receipt', { description: 'bring the receipt' }, { last: true }],
    ['notes for 4 – the door code is 1234', { description: 'the door code is 1234' }, { id: 4 }],
    ['for 22 add a note: park round the back', { description: 'park round the back' }, { id: 22 }],
    ['for the vet task, write a description: bring the vaccination card', { description: 'bring the vaccination card' }, { title: 'vet' }],
    ['the notes on 6 are wrong, replace them with: side entrance', { description: 'side entrance' }, { id: 6 }],
    ['the description of the move is out of date, change it to: keys from Jo', { description: 'keys from Jo' }, { title: 'move' }],
    ['the dentist task, the description should say bring the x-rays', { description: 'bring the x-rays' }, { title: 'dentist' }],
    // Two fields of one task in one request.
    ['update 5: new name Pay the council tax, notes: online only', { title: 'Pay the council tax', description: 'online only' }, { id: 5 }],
    ['edit task 3: title Call Jo; description: after six', { title: 'Call Jo', description: 'after six' }, { id: 3 }],
    ['change 4 to "Order the logs" and make it high priority', { title: 'Order the logs', priority: 'high' }, { id: 4 }],
    ['rename task 2 to "Book the vet" and make it low', { title: 'Book the vet', priority: 'low' }, { id: 2 }],
    // Notes taken off: the task stays.
    ['remove the notes from 5', { description: '' }, { id: 5 }],
    ['clear the description of the hedge', { description: '' }, { title: 'hedge' }],
    // Tags taken off.
    ['no tags on it please', { tags: [] }, { last: true }],
    ['no labels for task 9', { tags: [] }, { id: 9 }],
    // The repeat taken off: the task stays, never deleted for "remove …".
    ['stop the repeat on the bins', { recurring: null }, { title: 'bins' }],
    ['remove the recurrence from task 5', { recurring: null }, { id: 5 }],
    ['turn off repeating for the plants', { recurring: null }, { title: 'plants' }],
    ["the standup shouldn't repeat anymore", { recurring: null }, { title: 'standup' }],
  ])('reads "%s"', (sentence, args, target) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'update_task', args, target });
  });

  it.each([
    // A change of several tasks at once, or of something else than the title: never a title.
    'change the work ones to say urgent',
    'change "call Tom" to friday and tag it work',
    'the report, call it done',
    'add a title: buy milk',
    'new task name: buy milk',
  ])('never reads "%s" as one rename', (sentence) => {
    const reading = interpret(sentence);
    expect(reading.kind === 'call' && reading.tool === 'update_task' && 'title' in reading.args).toBe(false);
  });
});

describe('the tags and the notes taken off together', () => {
  it.each([
    ['wipe the tags and the note off the gutter task', { title: 'gutter' }],
    ['remove the notes and tags from 5', { id: 5 }],
  ])('"%s" keeps the task', (sentence, target) => {
    expect(interpret(sentence)).toEqual({ kind: 'call', tool: 'update_task', args: { tags: [], description: '' }, target });
  });
});

describe('a note after its task and a comma or a stop', () => {
  it.each([
    ['add a note to 9 comma gate code 4471', { id: 9 }, 'gate code 4471'],
    ['add a note to 9, gate code 4471', { id: 9 }, 'gate code 4471'],
    ['add a note to the bank task new line ask about the overdraft', { title: 'bank' }, 'ask about the overdraft'],
    ['add a note to the bank task. ask about the overdraft', { title: 'bank' }, 'ask about the overdraft'],
  ])('reads "%s"', (said, target, description) => {
    expect(interpret(said)).toMatchObject({ kind: 'call', tool: 'update_task', args: { description }, target });
  });

  it('asks when the task is not named as one', () => {
    expect(interpret('add a note to the bank, ask about the overdraft').kind).toBe('help');
  });
});
