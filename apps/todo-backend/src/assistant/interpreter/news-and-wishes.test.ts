import { describe, expect, it } from 'vitest';
import { interpret, type TaskRef } from './offline-interpreter.ts';

// What people say instead of a command (news-and-wishes.ts): each shape with the sentence that showed it, then in
// other words.
const known = { projects: ['Inbox', 'Groceries', 'Work', 'Garden Club', 'Home Projects'] };
const task = (title: string): TaskRef => ({ title });
const last: TaskRef = { last: true };
const reads = (sentence: string, tool: string, args: Record<string, unknown>, target?: TaskRef) =>
  expect(interpret(sentence, known)).toEqual({ kind: 'call', tool, args, ...(target ? { target } : {}) });

describe('questions that are requests', () => {
  it.each([
    ['any chance you could rename the haircut one to haircut and colour?', 'update_task', { title: 'haircut and colour' }, task('haircut')],
    ['any chance we could shift the haircut to saturday morning?', 'set_due_date', { date: 'saturday morning' }, task('haircut')],
    ['any chance the car wash could be low priority?', 'set_priority', { priority: 'low' }, task('car wash')],
    ['any chance the dentist could go to friday?', 'set_due_date', { date: 'friday' }, task('dentist')],
    ['is there any chance you could tick off the laundry', 'complete_task', {}, task('laundry')],
    ['could the vet be high priority?', 'set_priority', { priority: 'high' }, task('vet')],
  ])('reads "%s"', (sentence, tool, args, target) => reads(sentence, tool, args, target));
});

describe('states that are queries', () => {
  it.each([
    ["I don't have anything on tomorrow, do I?", 'filter_tasks', { due: 'tomorrow' }],
    ["I've got nothing on tomorrow, right?", 'filter_tasks', { due: 'tomorrow' }],
    ["I haven't got much on today have I", 'filter_tasks', { due: 'today' }],
    ["I have no idea what I'm doing next week", 'filter_tasks', { due: 'next_week' }],
    ["I've got no clue what's on today", 'filter_tasks', { due: 'today' }],
    ["I feel like I'm behind on stuff", 'filter_tasks', { due: 'overdue' }],
    ["I'm so behind with everything", 'filter_tasks', { due: 'overdue' }],
    ['I wonder if I already have a task for the MOT', 'search_tasks', { query: 'MOT' }],
    ["I wonder whether there's anything about the boiler", 'search_tasks', { query: 'boiler' }],
    ['is there anything about the boiler on my list', 'search_tasks', { query: 'boiler' }],
    ['is there a task about the passport on the list?', 'search_tasks', { query: 'passport' }],
    ['what do I need to get done before the weekend', 'filter_tasks', { due_before: 'the weekend 00:00' }],
    ['what do I need to do before the 20th?', 'filter_tasks', { due_before: 'the 20th 00:00' }],
    ['what do I have to get done by the 3rd', 'filter_tasks', { due_before: 'the 3rd 24:00' }],
    ['what do I have to finish by friday', 'filter_tasks', { due_before: 'friday 24:00' }],
    ['read me the stuff tagged errands', 'filter_tasks', { tags: ['errands'] }],
    ['read me out my list', 'list_tasks', {}],
    ["I'd like to see what's overdue", 'filter_tasks', { due: 'overdue' }],
  ])('reads "%s"', (sentence, tool, args) => reads(sentence, tool, args));
});

describe('wishes about reminders and notes', () => {
  it.each([
    ['the reminder for the report is way too early, ten minutes before is enough', 'set_reminder', { before: '10m' }, task('report')],
    ['the ping for the dentist is too late, make it an hour before', 'set_reminder', { before: '1h' }, task('dentist')],
    ['I keep missing the standup, can I get a ping five minutes before it', 'set_reminder', { before: '5m' }, task('standup')],
    ['I always forget the bins, can you remind me an hour before it', 'set_reminder', { before: '1h' }, task('bins')],
    ["i don't want to be reminded about the gym anymore", 'set_reminder', { clear: true }, task('gym')],
    ['I do not need to be reminded of the vet', 'set_reminder', { clear: true }, task('vet')],
    ["I'd like the notes on the lease to say the deposit is paid", 'update_task', { description: 'the deposit is paid' }, task('lease')],
    ['the gate code changed, could the notes on 6 say code 4419', 'update_task', { description: 'code 4419' }, { id: 6 }],
    ['I want the description of the flight to say seat 14C', 'update_task', { description: 'seat 14C' }, task('flight')],
    [
      'for the wedding one add a description the venue is the old mill on Church Lane',
      'update_task',
      { description: 'the venue is the old mill on Church Lane' },
      task('wedding'),
    ],
    ['for the boiler task add a note the engineer comes at 8', 'update_task', { description: 'the engineer comes at 8' }, task('boiler')],
    ['the labels on the invoice should just be work now', 'update_task', { tags: ['work'] }, task('invoice')],
  ])('reads "%s"', (sentence, tool, args, target) => reads(sentence, tool, args, target));
});

describe('news of where a task belongs, how much it matters and when it is', () => {
  it.each([
    ['the passport renewal belongs under travel', 'add_tag', { tag: 'travel' }, task('passport renewal')],
    ['the receipts should go under taxes', 'add_tag', { tag: 'taxes' }, task('receipts')],
    ["the gym task isn't a work thing", 'remove_tag', { tag: 'work' }, task('gym')],
    ["the shed isn't really a garden job", 'remove_tag', { tag: 'garden' }, task('shed')],
    ["the shed clear out isn't a big deal, it can wait", 'set_priority', { priority: 'low' }, task('shed clear out')],
    ["honestly the photo album isn't that important", 'set_priority', { priority: 'low' }, task('photo album')],
    ['the newsletter is not urgent any more', 'set_priority', { priority: 'low' }, task('newsletter')],
    ['the visa application is the most important thing right now', 'set_priority', { priority: 'high' }, task('visa application')],
    ['the tax return is my top priority this week', 'set_priority', { priority: 'high' }, task('tax return')],
    ['the boiler is getting worse, it really needs doing first', 'set_priority', { priority: 'high' }, task('boiler')],
    ['the roof leak comes first', 'set_priority', { priority: 'high' }, task('roof leak')],
    ["the plumber can't come till monday now", 'set_due_date', { date: 'monday' }, task('plumber')],
    ["the electrician won't be able to come until monday", 'set_due_date', { date: 'monday' }, task('electrician')],
    ['the bike service slipped to saturday', 'set_due_date', { date: 'saturday' }, task('bike service')],
    ['the vet got pushed back to next monday', 'set_due_date', { date: 'next monday' }, task('vet')],
    ['the meeting with Ana got pushed back two days', 'postpone_task', { by: 'P2D' }, task('meeting with Ana')],
    ["the party's been brought forward a day", 'postpone_task', { by: '-P1D' }, task('party')],
    ['the school play has been moved forward two days', 'postpone_task', { by: '-P2D' }, task('school play')],
    ['the dentist is on monday now not friday', 'set_due_date', { date: 'monday' }, task('dentist')],
    ['the quiz is on thursday instead', 'set_due_date', { date: 'thursday' }, task('quiz')],
    ['sorry I meant tomorrow not today', 'set_due_date', { date: 'tomorrow' }, last],
    ['I meant next friday', 'set_due_date', { date: 'next friday' }, last],
  ])('reads "%s"', (sentence, tool, args, target) => reads(sentence, tool, args, target));
});

describe('news that a task is not needed, shortages and occasions', () => {
  it.each([
    ['the concert tickets task is no longer needed, they sold out', 'delete_task', {}, task('concert tickets')],
    ['the hotel task is not needed any more - we are staying with Jo', 'delete_task', {}, task('hotel')],
    ["we don't need the babysitter on saturday anymore, mum's coming", 'delete_task', {}, task('babysitter')],
    ["I don't need the taxi for friday anymore", 'delete_task', {}, task('taxi')],
    ["we've run out of olive oil, it needs to go on groceries", 'add_task', { title: 'olive oil', project: 'Groceries' }],
    ["we're out of rice, can you put it on groceries", 'add_task', { title: 'rice', project: 'Groceries' }],
    [
      "we're having people over on saturday and I still need to order the food",
      'add_task',
      { title: 'order the food', due_date: 'saturday' },
    ],
    ["I'm hosting book club next tuesday and I need to buy wine", 'add_task', { title: 'buy wine', due_date: 'next tuesday' }],
  ])('reads "%s"', (sentence, tool, args, target?: TaskRef) => reads(sentence, tool, args, target));

  it.each([
    'I wonder if the report should be high priority',
    'I was wondering whether the dentist should go to friday',
    'I wonder if the gym task could be moved',
  ])('asks on "%s"', (sentence) => {
    expect(interpret(sentence, known).kind).toBe('help');
  });
});
