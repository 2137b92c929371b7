import { describe, expect, it } from 'vitest';
import { asCall, meaning } from '../eval/language-eval.ts';
import { fromDictation, withCorrections } from './dictation.ts';
import { interpret } from './offline-interpreter.ts';
import { id, last, type Said, t } from './said-rows.ts';

const known = { projects: ['Inbox', 'Groceries', 'Work', 'Garden Club', 'Home Projects'] };

describe('a sentence said aloud, written as typed', () => {
  it.each([
    ['add um pick up the the prescription', 'add pick up the prescription'],
    ['um okay so like can you add buy more coffee', 'okay, can you add buy more coffee'],
    ['okay so pay the cleaner every friday like at five', 'okay so pay the cleaner every friday at 5'],
    ['remind me at eight thirty to call Ana', 'remind me at 8:30 to call Ana'],
    ['I think the essay is due on the thirtieth now', 'I think the essay is due on the 30th now'],
    ['push the dentist back a couple of days', 'push the dentist back 2 days'],
    ['so the tax return is kind of urgent now can you bump it up', 'so the tax return is urgent now, can you bump it up'],
    ['move the budget task to work I guess it belongs there', 'move the budget task to work'],
    ['add sort out the loft no rush though whenever really', 'add sort out the loft no rush'],
    ['so like mark the report as done and thanks for the help', 'so mark the report as done'],
    ['I go to choir every tuesday at half seven in the evening', 'I go to choir every tuesday at 7:30pm'],
    ['remind me tomorrow at quarter to nine', 'remind me tomorrow at 8:45'],
    ['add pay the window cleaner on monday at half past five', 'add pay the window cleaner on monday at 5:30'],
    ['share groceries with my flatmate her email is jo@example.com', 'share groceries with jo@example.com'],
    ["I'd like to start a new list for the wedding call it Wedding Plans", "I'd like to start a new list called Wedding Plans"],
  ])('reads "%s" as "%s"', (said, typed) => {
    expect(fromDictation(said)).toEqual({ text: typed });
  });

  it.each([
    ['rename 12 to book the village hall no wait book the church hall', 'rename 12 to book the church hall'],
    ['mark 7 as done no wait 8', 'mark 8 as done'],
    ['delete 14 no sorry 15', 'delete 15'],
    ['make 6 high priority no wait medium', 'make 6 medium priority'],
    ['add book the car in for friday no wait saturday', 'add book the car in for saturday'],
    ['add turn the compost every four days actually make that five', 'add turn the compost every five days'],
    ['tag 9 as garden no wait outdoor', 'tag 9 as outdoor'],
    ['move the gym to 6pm sorry I mean 7pm', 'move the gym to 7pm'],
    ['mark 7 as done no wait 8, thanks!', 'mark 8 as done, thanks!'],
    ['rename 12 to book the village hall no wait buy coffee', 'rename 12 to buy coffee'],
    ['remind me to call mum no wait ring dad', 'remind me to ring dad'],
  ])('puts the correction in "%s" in place: "%s"', (said, meant) => {
    expect(withCorrections(said)).toEqual({ text: meant });
  });

  it('asks when a correction names nothing said before', () => {
    expect('ask' in withCorrections('add buy milk no wait call the plumber')).toBe(true);
  });
});

describe('the offline interpreter on dictated requests', () => {
  it.each([
    ['um okay so like can you add buy more coffee', { tool: 'add_task', args: { title: 'buy more coffee' } }],
    ['add um pick up the the prescription', { tool: 'add_task', args: { title: 'pick up the prescription' } }],
    ['so like mark the report as done and thanks for the help', { tool: 'complete_task', args: {}, target: { title: 'report' } }],
    [
      'rename 12 to book the village hall no wait book the church hall',
      { tool: 'update_task', args: { title: 'book the church hall' }, target: { id: 12 } },
    ],
    ['mark 7 as done no wait 8', { tool: 'complete_task', args: {}, target: { id: 8 } }],
    ['delete 14 no sorry 15', { tool: 'delete_task', args: {}, target: { id: 15 } }],
    ['make 6 high priority no wait medium', { tool: 'set_priority', args: { priority: 'medium' }, target: { id: 6 } }],
    [
      'move the haircut to saturday at ten no wait eleven',
      { tool: 'set_due_date', args: { date: 'saturday at 11' }, target: { title: 'haircut' } },
    ],
    ["what's due before friday no wait before the weekend", { tool: 'filter_tasks', args: { due_before: 'the weekend 00:00' } }],
    [
      'add turn the compost every four days actually make that five',
      { tool: 'create_recurring', args: { title: 'turn the compost', pattern: 'FREQ=DAILY;INTERVAL=5' } },
    ],
    ['add sort out the loft no rush though whenever really', { tool: 'add_task', args: { title: 'sort out the loft', priority: 'low' } }],
    [
      "so can you tag the boiler task as home I guess it's a house thing",
      { tool: 'add_tag', args: { tag: 'home' }, target: { title: 'boiler' } },
    ],
    [
      'um I go to choir every tuesday at half seven in the evening so can you set that up',
      { tool: 'create_recurring', args: { title: 'go to choir', pattern: 'FREQ=WEEKLY;BYDAY=TU', due_date: 'tuesday at 7:30pm' } },
    ],
    [
      'can you share groceries with my flatmate her email is jo@example.com thanks',
      { tool: 'share_project', args: { project: 'Groceries', email: 'jo@example.com' } },
    ],
    ["I'd like to start a new list for the wedding call it Wedding Plans", { tool: 'create_project', args: { name: 'Wedding Plans' } }],
    ["so we're out of eggs can you add eggs to groceries", { tool: 'add_task', args: { title: 'eggs', project: 'Groceries' } }],
    ['so I was wondering do I have anything about the car insurance', { tool: 'search_tasks', args: { query: 'car insurance' } }],
    ['please so I was wondering is there anything about the boiler', { tool: 'search_tasks', args: { query: 'boiler' } }],
    // More of the same causes, in other words.
    [
      'invite my sister her email is ann@example.com to Garden Club',
      { tool: 'share_project', args: { project: 'Garden Club', email: 'ann@example.com' } },
    ],
    ['make a new project for the move and call it Moving House', { tool: 'create_project', args: { name: 'Moving House' } }],
    [
      'every friday at quarter past six in the evening book club',
      { tool: 'create_recurring', args: { title: 'book club', pattern: 'FREQ=WEEKLY;BYDAY=FR' } },
    ],
    ['uh add water the the ferns', { tool: 'add_task', args: { title: 'water the ferns' } }],
    ['delete 3 no wait 4', { tool: 'delete_task', args: {}, target: { id: 4 } }],
    ['set 9 to low no sorry high', { tool: 'set_priority', args: { priority: 'high' }, target: { id: 9 } }],
  ])('reads "%s"', (sentence, call) => {
    expect(interpret(sentence, known)).toMatchObject({ kind: 'call', ...call });
  });

  it.each([
    'um can you add email the school about the trip and also ring the dentist',
    'add buy milk no wait call the plumber',
    'the essay is done and also can you mark the reading as done',
  ])('asks on "%s"', (sentence) => {
    expect(interpret(sentence, known).kind).toBe('help');
  });
});

describe('hedges and how done: softening words said around a request, kept where they describe', () => {
  it.each([
    ['done with the gym for today', 'gym'],
    ['done with the report for now', 'report'],
    ['finished the slides for today', 'slides'],
    ["I'm done with the filing for the day", 'filing'],
    ["I'm totally done with the gym", 'gym'],
    ["I'm completely finished with the tax return", 'tax return'],
    ["we're officially done with the office move", 'office move'],
  ])('completes the task on "%s"', (sentence, title) => {
    expect(interpret(sentence, known)).toEqual({ kind: 'call', tool: 'complete_task', args: {}, target: { title } });
  });

  it.each([
    ['add read really good book', 'read really good book'],
    ['add buy really nice wine for dad', 'buy really nice wine for dad'],
    ['add find a really quiet café for the interview', 'find a really quiet café for the interview'],
  ])('keeps "really" that describes, in "%s"', (sentence, title) => {
    expect(interpret(sentence, known)).toEqual({ kind: 'call', tool: 'add_task', args: { title } });
  });

  it.each([
    ["the report doesn't really need a date anymore", { tool: 'set_due_date', args: { date: null }, target: { title: 'report' } }],
    ['I really need to call the bank', { tool: 'add_task', args: { title: 'call the bank' } }],
    ['make the visa form really urgent!!', { tool: 'set_priority', args: { priority: 'high' }, target: { title: 'visa form' } }],
    ['add renew the car insurance, really important', { tool: 'add_task', args: { title: 'renew the car insurance', priority: 'high' } }],
  ])('drops "really" that softens, in "%s"', (sentence, call) => {
    expect(interpret(sentence, known)).toEqual({ kind: 'call', ...call });
  });
});

describe('more of what is said aloud: pauses, second requests, corrections and reasons', () => {
  it.each([
    ['done with the ironing so yeah tick that off', { tool: 'complete_task', args: {}, target: { title: 'ironing' } }],
    ['finished the hoovering so yeah you can tick it off', { tool: 'complete_task', args: {}, target: { title: 'hoovering' } }],
    ['add ah pick up the uh prescription', { tool: 'add_task', args: { title: 'pick up the prescription' } }],
    ['er add buy ah stamps', { tool: 'add_task', args: { title: 'buy stamps' } }],
    ['like can you like add get the car washed', { tool: 'add_task', args: { title: 'get the car washed' } }],
    ['could you like mark the report done', { tool: 'complete_task', args: {}, target: { title: 'report' } }],
    [
      'so I want to water the plants like every three days',
      { tool: 'create_recurring', args: { title: 'water the plants', pattern: 'FREQ=DAILY;INTERVAL=3' } },
    ],
    [
      'change the gym one to low priority no actually medium',
      { tool: 'set_priority', args: { priority: 'medium' }, target: { title: 'gym' } },
    ],
    ['move the dentist to friday no actually monday', { tool: 'set_due_date', args: { date: 'monday' }, target: { title: 'dentist' } }],
    ['scratch the yoga class im not going anymore', { tool: 'delete_task', args: {}, target: { title: 'yoga class' } }],
    ["delete the pottery class I'm not doing it", { tool: 'delete_task', args: {}, target: { title: 'pottery class' } }],
    ['um get rid of the car boot sale one it got rained off', { tool: 'delete_task', args: {}, target: { title: 'car boot sale' } }],
    ['bin the picnic one it was washed out', { tool: 'delete_task', args: {}, target: { title: 'picnic' } }],
    [
      'um the car task is actually about the tyres so call it get new tyres',
      { tool: 'update_task', args: { title: 'get new tyres' }, target: { title: 'car' } },
    ],
    [
      'so I spelled it wrong the bank task should say call the building society',
      { tool: 'update_task', args: { title: 'call the building society' }, target: { title: 'bank' } },
    ],
    [
      'because the kids are off next week I need to book a sitter for monday',
      { tool: 'add_task', args: { title: 'book a sitter', due_date: 'monday' } },
    ],
    ['since the car failed its MOT I need to book the garage', { tool: 'add_task', args: { title: 'book the garage' } }],
    [
      'pay the credit card on the fifteenth of every month',
      { tool: 'create_recurring', args: { title: 'pay the credit card', pattern: 'FREQ=MONTHLY;BYMONTHDAY=15', due_date: 'the 15th' } },
    ],
    [
      'every tuesday and thursday at seven a.m. go for a run',
      { tool: 'create_recurring', args: { title: 'go for a run', pattern: 'FREQ=WEEKLY;BYDAY=TU,TH' } },
    ],
    [
      'rename 4 to order the cake and then add a note saying chocolate',
      { tool: 'update_task', args: { title: 'order the cake', description: 'chocolate' }, target: { id: 4 } },
    ],
  ])('reads "%s"', (sentence, call) => {
    expect(interpret(sentence, known)).toMatchObject({ kind: 'call', ...call });
  });

  it.each([
    'add call the plumber and then text Jo the address',
    'took the recycling out this morning and then paid the gas bill',
    'add buy milk, then ring the school',
    'remind me to call mum and then book the table',
    'delete all of them no wait dont',
    'mark 5 done no wait never mind',
  ])('asks on "%s"', (sentence) => {
    expect(interpret(sentence, known).kind).toBe('help');
  });
});

describe('a correction said in haste', () => {
  const call = (said: string) => interpret(said, known);

  it.each([
    ['move the vet to friday no saturday', 'set_due_date', { date: 'saturday' }],
    ['move the dentist to wed no tues', 'set_due_date', { date: 'tues' }],
    ['add haircut sat 10am no 11', 'add_task', { title: 'haircut', due_date: 'saturday 11am' }],
    ['remind me to call mum @ 6 no 7', 'add_task', { title: 'call mum', due_date: 'at 7pm', remind_before: '0m' }],
    ['make the gym high no low', 'set_priority', { priority: 'low' }],
    ['add call the plumber scratch that call the electrician', 'add_task', { title: 'call the electrician' }],
    ['add call the plumber scratch that buy more coffee', 'add_task', { title: 'buy more coffee' }],
  ])('reads "%s" as corrected', (said, tool, args) => {
    expect(call(said)).toMatchObject({ kind: 'call', tool, args });
  });

  it.each([
    ['mark 5 done no 6', { id: 6 }],
    ['mark 5 done no 7', { id: 7 }],
    ['mark the gas bill done I mean the water bill', { title: 'water bill' }],
    ['mark the gas bill done I mean the car service', { title: 'car service' }],
    ['mark the report done scratch that the slides', { title: 'slides' }],
  ])('reads "%s" on the task meant', (said, target) => {
    expect(call(said)).toMatchObject({ kind: 'call', tool: 'complete_task', target });
  });

  it.each([
    ['the dentist is tmrw at 10 uh 10:30', 'the dentist is tmrw at 10:30'],
    ['add call the bank at 3 um 4pm', 'add call the bank at 4pm'],
  ])('keeps the second time of "%s"', (said, typed) => {
    expect(fromDictation(said)).toEqual({ text: typed });
  });

  it.each([['put prescription no 55812 in the notes of the pharmacy task'], ['add no rush on the gym'], ['delete no 6']])(
    'reads a "no" that corrects nothing as said: "%s"',
    (said) => {
      expect(fromDictation(said)).toEqual({ text: said });
    },
  );

  it.each([
    'delete the dentist no the vet',
    'mark the report done no the slides',
    'add get petrol new line add wash the car',
    'add milk and add eggs',
    'add buy stamps. add post the card',
  ])('asks about "%s"', (said) => {
    expect(call(said).kind).toBe('help');
  });

  it('reads a second "add" of a reminder as the one request', () => {
    expect(call('add dentist monday 3pm and add a reminder 1 hour before')).toMatchObject({
      kind: 'call',
      tool: 'add_task',
      args: { title: 'dentist', remind_before: '1h' },
    });
  });
});

// Compared by meaning, as the language evaluation compares.
const meant = (sentence: string) => meaning(asCall(interpret(sentence, known)));
const expected = ([, tool, args = {}, target]: Said) => meaning({ tool, args, ...(target ? { target } : {}) });

describe('corrections, repeats and sign-offs said on the move', () => {
  const ROWS: Said[] = [
    // Phrasings of the dictator's batch.
    ['i did the recycling sorry the compost', 'complete_task', {}, t('compost')],
    ['add book the restaurant for saturday wait no sunday', 'add_task', { title: 'book the restaurant', due_date: 'sunday' }],
    ['scratch the piano lesson wait no the violin lesson', 'delete_task', {}, t('violin lesson')],
    ['delete everything in groceries um no just the milk', 'delete_task', {}, t('milk')],
    ['the car service is tomorrow wait no next thursday', 'set_due_date', { date: '2026-01-29' }, t('car service')],
    ['mark task seven as done no not seven eight', 'complete_task', {}, id(8)],
    ['scratch that um the report is done', 'complete_task', {}, t('report')],
    ['add call the call the plumber', 'add_task', { title: 'call the plumber' }],
    ['add book the the the dentist', 'add_task', { title: 'book the dentist' }],
    ['hey add uh hoover the car okay thanks bye', 'add_task', { title: 'hoover the car' }],
    ['remove task twenty three okay thanks', 'delete_task', {}, id(23)],
    ['push the gym back to eight tomorrow morning', 'set_due_date', { date: '2026-01-23 08:00' }, t('gym')],
    ['picked up the dry cleaning tick that off', 'complete_task', {}, t('dry cleaning')],
    ['reopen the um the shopping I forgot the bread', 'complete_task', { completed: false }, t('shopping')],
    ["untick the washing it's still wet", 'complete_task', { completed: false }, t('washing')],
    ['never mind the car boot sale scratch it', 'delete_task', {}, t('car boot sale')],
    // The same shapes in other words.
    ['mark the ironing done sorry the dusting', 'complete_task', {}, t('dusting')],
    ['add call the vet tonight sorry tomorrow morning', 'add_task', { title: 'call the vet', due_date: 'tomorrow morning' }],
    ['mark everything done no just the milk', 'complete_task', {}, t('milk')],
    ['the dentist is monday wait no on tuesday', 'set_due_date', { date: 'tuesday' }, t('dentist')],
    ['move the gym to friday no not friday saturday', 'set_due_date', { date: 'saturday' }, t('gym')],
    ['add pick up the pick up the parcel', 'add_task', { title: 'pick up the parcel' }],
    ['delete task number forty two', 'delete_task', {}, id(42)],
    ['move the swim to seven tomorrow', 'set_due_date', { date: '2026-01-23 07:00' }, t('swim')],
    ['posted the card cross that off', 'complete_task', {}, t('card')],
    ['forget about the gym ditch it', 'delete_task', {}, t('gym')],
    // What stays: "sorry" that belongs to the words, "the one I added", a deletion of a task named "that".
    ['add say sorry to Jo', 'add_task', { title: 'say sorry to Jo' }],
    ['add buy a sorry card for Jo', 'add_task', { title: 'buy a sorry card for Jo' }],
    ['delete the task I just added', 'delete_task', {}, last],
    ['scratch that haircut task', 'delete_task', {}, t('haircut')],
    ['I cancelled the gym membership, you can tick it off', 'complete_task', {}, t('gym membership')],
    ['add buy tickets for two tomorrow', 'add_task', { title: 'buy tickets for two', due_date: 'tomorrow' }],
    ['delete the dentist no the vet', null],
  ];
  it.each(ROWS)('reads %j', (...row) => {
    expect(meant(row[0])).toBe(expected(row));
  });
});
