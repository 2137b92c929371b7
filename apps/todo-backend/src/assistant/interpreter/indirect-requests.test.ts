import { describe, expect, it } from 'vitest';
import { interpret, type TaskRef } from './offline-interpreter.ts';

// People who say what is going on and expect the list to follow: each shape of indirect-requests.ts, first with the
// sentence that showed it, then in other words.
const known = { projects: ['Inbox', 'Groceries', 'Work', 'Garden Club', 'Home Projects'] };
const task = (title: string): TaskRef => ({ title });

const reads = (sentence: string, tool: string, args: Record<string, unknown>, target?: TaskRef) => {
  const meaning = interpret(sentence, known);
  expect(meaning).toEqual({ kind: 'call', tool, args, ...(target ? { target } : {}) });
};

describe('the offline interpreter on plans, worries and shortages', () => {
  it.each([
    ['I keep meaning to ring the council about the streetlight', { title: 'ring the council about the streetlight' }],
    ['my boss wants me to send the slides by monday', { title: 'send the slides', due_date: 'monday' }],
    ["I promised I'd call Grandma back tonight", { title: 'call Grandma back', due_date: 'tonight' }],
    ["it'd be nice to get the windows cleaned sometime", { title: 'get the windows cleaned' }],
    ['so, the thing is, I keep meaning to back up my laptop', { title: 'back up my laptop' }],
    ["fyi we're out of milk 🥛", { title: 'buy milk' }],
    // In other words.
    ["I've been meaning to sort out the loft for ages", { title: 'sort out the loft' }],
    ['my landlord asked me to send a photo of the meter', { title: 'send a photo of the meter' }],
    ["I'm supposed to renew the parking permit by friday", { title: 'renew the parking permit', due_date: 'friday' }],
    ['it would be good to clear the gutters at some point', { title: 'clear the gutters' }],
    ["we're running low on bin bags", { title: 'buy bin bags' }],
    ["I've run out of printer ink", { title: 'buy printer ink' }],
    ['the school wants us to send the consent form back by friday', { title: 'send the consent form back', due_date: 'friday' }],
    ["there's no milk left", { title: 'buy milk' }],
    ["we've got no bread", { title: 'buy bread' }],
  ])('adds "%s"', (sentence, args) => reads(sentence, 'add_task', args));

  it.each([
    ['I always forget to take the recycling out on wednesdays', 'take the recycling out', 'FREQ=WEEKLY;BYDAY=WE', 'wednesday'],
    ['I never remember to call Mum on sunday evenings', 'call Mum', 'FREQ=WEEKLY;BYDAY=SU', 'sunday evening'],
  ])('reads a habit on days as a rule: "%s"', (sentence, title, pattern, due_date) =>
    reads(sentence, 'create_recurring', { title, pattern, due_date }),
  );

  it('reads no hurry as no shortage', () => expect(interpret("there's no rush", known).kind).toBe('help'));

  it('leaves a plan that asks for more itself to the rules that read it', () => {
    expect(interpret('so I keep forgetting to water the plants can you make that every three days', known)).toMatchObject({
      tool: 'create_recurring',
      args: { title: 'water the plants', pattern: 'FREQ=DAILY;INTERVAL=3' },
    });
  });
});

describe('the offline interpreter on events the speaker has', () => {
  it.each([
    ["there's a parents evening on wednesday at 6", { title: 'parents evening', due_date: 'wednesday at 6pm' }],
    [
      "I've got a flight at 7am on saturday, it would help to get a reminder 3 hours before",
      { title: 'flight', due_date: 'at 7am on saturday', remind_before: '3h' },
    ],
    // In other words.
    ["I've got a dentist appointment on tuesday at 2pm", { title: 'dentist appointment', due_date: 'tuesday at 2pm' }],
    ["there's a school play next thursday at 5", { title: 'school play', due_date: 'next thursday at 5pm' }],
    ['we have a viewing tomorrow at 11am', { title: 'viewing', due_date: 'tomorrow at 11am' }],
  ])('adds "%s"', (sentence, args) => reads(sentence, 'add_task', args));

  it('reads a spare moment as no event', () => {
    expect(interpret("I've got a spare hour, anything I'm behind on?", known)).toMatchObject({
      tool: 'filter_tasks',
      args: { due: 'overdue' },
    });
  });
});

describe('the offline interpreter on questions that are requests', () => {
  it.each([
    ['could the gym thing be every tuesday instead?', 'update_task', { recurring: 'FREQ=WEEKLY;BYDAY=TU' }, task('gym')],
    ['could the haircut be saturday morning instead?', 'set_due_date', { date: 'saturday morning' }, task('haircut')],
    ['could the dentist go under health?', 'add_tag', { tag: 'health' }, task('dentist')],
    ['we need bin bags, can they go on the groceries list?', 'add_task', { title: 'bin bags', project: 'Groceries' }, undefined],
    [
      'would it be possible to get a reminder about the invoice tomorrow morning?',
      'set_reminder',
      { at: 'tomorrow morning' },
      task('invoice'),
    ],
    [
      'it would be great if you could remind me to ring Gran on sunday',
      'add_task',
      { title: 'ring Gran', due_date: 'sunday', remind_before: '0m' },
      undefined,
    ],
    ['is there a way to see everything tagged errands?', 'filter_tasks', { tags: ['errands'] }, undefined],
    // In other words.
    ['could the car wash be monday instead?', 'set_due_date', { date: 'monday' }, task('car wash')],
    ['can the newsletter be monthly?', 'update_task', { recurring: 'monthly' }, task('newsletter')],
    ['could the receipts go under finance?', 'add_tag', { tag: 'finance' }, task('receipts')],
    ['could I get a nudge about the parcel at 5pm?', 'set_reminder', { at: '5pm' }, task('parcel')],
    ['could the vet task be called vet and jabs?', 'update_task', { title: 'vet and jabs' }, task('vet')],
    ['is there any way to see my completed tasks?', 'list_tasks', { status: 'completed' }, undefined],
  ])('reads "%s"', (sentence, tool, args, target) => reads(sentence, tool, args, target));
});

describe('the offline interpreter on wishes about a task', () => {
  it.each([
    ["I'd rather the gym task just said swimming", 'update_task', { title: 'swimming' }, task('gym')],
    [
      "it'd help if the passport task had a note saying photos are in the drawer",
      'update_task',
      { description: 'photos are in the drawer' },
      task('passport'),
    ],
    ["the tags on the bike one aren't right, it's just hobby", 'update_task', { tags: ['hobby'] }, task('bike')],
    ["there shouldn't be any tags on 7", 'update_task', { tags: [] }, { id: 7 }],
    ["the urgent tag on the report isn't needed anymore", 'remove_tag', { tag: 'urgent' }, task('report')],
    ["it'd be handy if 6 had a kids label", 'add_tag', { tag: 'kids' }, { id: 6 }],
    ["the slides aren't work anymore", 'remove_tag', { tag: 'work' }, task('slides')],
    // In other words.
    ["I'd prefer it if the vet one was called vet and jabs", 'update_task', { title: 'vet and jabs' }, task('vet')],
    ['it would help if 9 had a note saying ring the bell twice', 'update_task', { description: 'ring the bell twice' }, { id: 9 }],
    ["the labels on the shed aren't right, they should be just diy", 'update_task', { tags: ['diy'] }, task('shed')],
    ["the home label on the bike isn't needed", 'remove_tag', { tag: 'home' }, task('bike')],
    ["the bike isn't a hobby thing anymore", 'remove_tag', { tag: 'hobby' }, task('bike')],
    ["the report isn't urgent anymore", 'set_priority', { priority: 'low' }, task('report')],
  ])('reads "%s"', (sentence, tool, args, target) => reads(sentence, tool, args, target));
});

describe('the offline interpreter on news that a task happened, or did not', () => {
  it.each([
    ['the parcel went off this morning', {}, task('parcel')],
    ['the thank-you cards are all in the post', {}, task('thank-you cards')],
    ['the tax return went in yesterday', {}, task('tax return')],
    ['Sam already picked up the prescription for me', {}, task('prescription')],
    ["the laundry isn't actually finished, the dryer broke", { completed: false }, task('laundry')],
    ['phew, long day. the vet visit is done at least', {}, task('vet visit')],
    // In other words.
    ['the birthday card went out yesterday', {}, task('birthday card')],
    ['the invitations are in the post', {}, task('invitations')],
    ['my wife already booked the restaurant', {}, task('restaurant')],
    ['Jo just paid the window cleaner for us', {}, task('window cleaner')],
    ["the essay isn't finished after all", { completed: false }, task('essay')],
    ['the plumber finally came', {}, task('plumber')],
    ['the passport arrived', {}, task('passport')],
  ])('reads "%s"', (sentence, args, target) => reads(sentence, 'complete_task', args, target));
});

describe('the offline interpreter on news that a task is no longer needed', () => {
  it.each([
    ["we don't need to book the venue anymore, they cancelled", task('book the venue')],
    ["no point keeping the passport one, it's renewed", task('passport')],
    ["my accountant is doing the tax return now so I don't need that one", task('tax return')],
    ["I won't need the gym thing anymore, I've cancelled my membership", task('gym')],
    // In other words.
    ["I don't need to call the bank anymore", task('call the bank')],
    ["there's no point keeping the cinema task", task('cinema')],
    ["we won't need the bouncy castle one anymore - the party's off", task('bouncy castle')],
    ["my partner is handling the car insurance now so I don't need it", task('car insurance')],
    ['no need to book the hotel anymore', task('book the hotel')],
  ])('deletes "%s"', (sentence, target) => reads(sentence, 'delete_task', {}, target));

  it('keeps a reminder no longer needed a reminder', () =>
    reads("I don't need to be reminded about 21 anymore", 'set_reminder', { clear: true }, { id: 21 }));
  it.each([
    ["we don't need to talk about it anymore"],
    ["I don't need to do it anymore"],
    ["we don't need to discuss that anymore"],
    ['no need to worry about them anymore'],
  ])('deletes nothing when the words point back instead of naming a task: "%s"', (sentence) =>
    expect(interpret(sentence, known).kind).toBe('help'),
  );
});

describe('the offline interpreter asks about news that asks for nothing it can do alone', () => {
  it.each([
    "so none of the school stuff matters anymore, it's the holidays",
    'none of this work stuff matters anymore, I quit',
    "my sister's visiting next week",
    // In other words.
    'none of the garden stuff matters now',
    'my parents are coming over on saturday',
    'Tom is visiting tomorrow',
    "the party's been cancelled",
  ])('asks about "%s"', (sentence) => expect(interpret(sentence, known).kind).toBe('help'));
});

describe('the offline interpreter on news of a priority, a date or a rule', () => {
  it.each([
    ["turns out the report isn't urgent after all", 'set_priority', { priority: 'low' }, task('report')],
    ['the shed can wait till spring', 'set_priority', { priority: 'low' }, task('shed')],
    ['the report deadline slipped by a week', 'postpone_task', { by: 'P1W' }, task('report')],
    ["the school trip form isn't due until the 30th", 'set_due_date', { date: 'the 30th' }, task('school trip form')],
    ["the MOT doesn't really have a deadline", 'set_due_date', { date: null }, task('MOT')],
    ["I won't get to the car wash today, tomorrow maybe", 'set_due_date', { date: 'tomorrow' }, task('car wash')],
    ['my boss wants the slides by wednesday now', 'set_due_date', { date: 'wednesday' }, task('slides')],
    ["the piano lessons have finished for good, so that doesn't need to repeat", 'update_task', { recurring: null }, task('piano lessons')],
    // In other words.
    ['the passport can wait a bit', 'set_priority', { priority: 'low' }, task('passport')],
    ['turns out the invoice is urgent', 'set_priority', { priority: 'high' }, task('invoice')],
    ['the MOT is becoming urgent', 'set_priority', { priority: 'high' }, task('MOT')],
    ['the dentist is a health thing', 'add_tag', { tag: 'health' }, task('dentist')],
    ['the essay deadline got pushed back 3 days', 'postpone_task', { by: 'P3D' }, task('essay')],
    ["the rent isn't due till the 1st", 'set_due_date', { date: 'the 1st' }, task('rent')],
    ["the shed doesn't need a due date", 'set_due_date', { date: null }, task('shed')],
    ["I can't get round to the ironing today, saturday probably", 'set_due_date', { date: 'saturday' }, task('ironing')],
    ['the client wants the proposal by friday now', 'set_due_date', { date: 'friday' }, task('proposal')],
    ["the swimming club has stopped, so it doesn't need to repeat anymore", 'update_task', { recurring: null }, task('swimming club')],
  ])('reads "%s"', (sentence, tool, args, target) => reads(sentence, tool, args, target));
});

describe('the offline interpreter on hesitant questions about the list', () => {
  it.each([
    ['am I free friday?', 'filter_tasks', { due_after: 'friday 00:00', due_before: 'friday 24:00' }],
    ['have I got much on this week?', 'filter_tasks', { due: 'this_week' }],
    ['wondering if there was anything about the boiler on my list', 'search_tasks', { query: 'boiler' }],
    ['is anything urgent still hanging around?', 'filter_tasks', { priority: ['high'], status: 'pending' }],
    ['did I put the car insurance on here already?', 'search_tasks', { query: 'car insurance' }],
    // In other words.
    ['am I busy tomorrow?', 'filter_tasks', { due: 'tomorrow' }],
    ['do I have a lot on next week?', 'filter_tasks', { due: 'next_week' }],
    ['just wondering if I have anything about the passport', 'search_tasks', { query: 'passport' }],
    ['did I add eggs on here already?', 'search_tasks', { query: 'eggs' }],
  ])('reads "%s"', (sentence, tool, args) => reads(sentence, tool, args));
});

describe('the offline interpreter on reminders wished for', () => {
  it.each([
    ["I'd hate to miss the dentist, a heads-up an hour before would help", { before: '1h' }, task('dentist')],
    ['a nudge the day before the MOT would be great', { before: '1d' }, task('MOT')],
    ['the reminders for the gym are driving me mad', { clear: true }, task('gym')],
    // In other words.
    ["I don't want to forget the parents evening, a reminder 2 hours before would be great", { before: '2h' }, task('parents evening')],
    ['a ping 30 minutes before the call would help', { before: '30m' }, task('call')],
    ['the reminder on the bins is so annoying', { clear: true }, task('bins')],
  ])('reads "%s"', (sentence, args, target) => reads(sentence, 'set_reminder', args, target));
});

describe('the offline interpreter on news about projects', () => {
  it.each([
    ['it might be time for a separate list for the wedding, call it Wedding', 'create_project', { name: 'Wedding' }, undefined],
    [
      'Sam should really be able to see the Groceries list too, sam@example.com',
      'share_project',
      { project: 'Groceries', email: 'sam@example.com' },
      undefined,
    ],
    ["the work stuff is piling up, what's overdue in there?", 'filter_tasks', { project: 'Work', due: 'overdue' }, undefined],
    ['Ben is taking over the hedge trimming, ben@example.com', 'assign_task', { assignee: 'ben@example.com' }, task('hedge trimming')],
    // In other words.
    ['maybe we need a new list for the holiday, call it Holiday', 'create_project', { name: 'Holiday' }, undefined],
    [
      'ana@example.com should be able to edit Work too',
      'share_project',
      { project: 'Work', email: 'ana@example.com', role: 'editor' },
      undefined,
    ],
    ['Priya is taking over the budget review', 'assign_task', { assignee: 'Priya' }, task('budget review')],
    ['Sam needs access to the Work project, sam@example.com', 'share_project', { project: 'Work', email: 'sam@example.com' }, undefined],
    [
      "the garden club stuff is getting messy, what's due this week in there?",
      'filter_tasks',
      { project: 'Garden Club', due: 'this_week' },
      undefined,
    ],
  ])('reads "%s"', (sentence, tool, args, target) => reads(sentence, tool, args, target));
});

describe('the offline interpreter on indirect requests with politeness or in capitals', () => {
  it.each([
    ['please the parcel went off this morning', 'complete_task', {}, task('parcel')],
    ['the shed can wait till spring, thanks', 'set_priority', { priority: 'low' }, task('shed')],
    [
      "please there's a parents evening on wednesday at 6",
      'add_task',
      { title: 'parents evening', due_date: 'wednesday at 6pm' },
      undefined,
    ],
    ["THE SLIDES AREN'T WORK ANYMORE", 'remove_tag', { tag: 'work' }, task('SLIDES')],
  ])('reads "%s"', (sentence, tool, args, target) => reads(sentence, tool, args, target));
});

describe('news with words around it', () => {
  it.each([
    ["random thought: we're out of coffee again", { title: 'buy coffee' }],
    ["heads up: we've run out of bin bags", { title: 'buy bin bags' }],
  ])('adds %j as a shortage', (phrase, args) => {
    expect(interpret(phrase)).toEqual({ kind: 'call', tool: 'add_task', args });
  });

  it('reads no lower priority from "can wait until <day>" with an aside after it: the day it goes to', () => {
    expect(interpret("honestly the report can wait until monday, nobody's in tomorrow anyway")).toEqual({
      kind: 'call',
      tool: 'set_due_date',
      args: { date: 'monday' },
      target: { title: 'report' },
    });
  });
});

describe('a thing put off, named after a colon', () => {
  it('adds the errand', () => {
    expect(interpret("I've had this on my mind for ages and I keep putting it off: sort out the loft")).toEqual({
      kind: 'call',
      tool: 'add_task',
      args: { title: 'sort out the loft' },
    });
  });

  it('adds nothing when a task there is named', () => {
    expect(interpret('I keep putting it off: the report').kind).toBe('help');
  });
});
