import { describe, expect, it } from 'vitest';
import { CORPUS_PROJECTS } from '../eval/language-corpus.ts';
import { asCall, meaning } from '../eval/language-eval.ts';
import { interpret } from './offline-interpreter.ts';
import { id, last, type Said, t } from './said-rows.ts';

const ASK = null;

const LEARNERS_SAID: Said[] = [
  // "you" and "please" where a learner puts them; "for me" before what.
  ['please you delete the task 7', 'delete_task', {}, id(7)],
  ['please you put done on the dentist', 'complete_task', {}, t('dentist')],
  ['put finished on the task 5', 'complete_task', {}, id(5)],
  ['please you change the title of 9 in "Pay the gas"', 'update_task', { title: 'Pay the gas' }, id(9)],
  [
    'please you remind me in one hour to take out the washing',
    'add_task',
    { title: 'take out the washing', due_date: '2026-01-22 13:00', remind_before: '0m' },
  ],
  ['you add buy the stamps', 'add_task', { title: 'buy the stamps' }],
  ['please you remember me tomorrow to call Anna', 'add_task', { title: 'call Anna', due_date: 'tomorrow', remind_before: '0m' }],
  ['add please the task to call the bank, priority high', 'add_task', { title: 'call the bank', priority: 'high' }],
  ['delete please the gym', 'delete_task', {}, t('gym')],
  ['cancel for me the appointment with the notary', 'delete_task', {}, t('appointment with the notary')],
  ['erase for me the task 9', 'delete_task', {}, id(9)],
  // "not more" for "no longer"; the verb left bare at the end.
  ['the yoga is not more, delete', 'delete_task', {}, t('yoga')],
  ['I not need more the task 12, take it away', 'delete_task', {}, id(12)],
  ['I not need more the bike task, delete it', 'delete_task', {}, t('bike')],
  ["I don't go more to the english course, delete it from the list", 'delete_task', {}, t('english course')],
  ['I do not want more the reminder for the yoga', 'set_reminder', { clear: true }, t('yoga')],
  ['the report, not more high priority', 'set_priority', { priority: 'low' }, t('report')],
  ['the report is not more urgent', 'set_priority', { priority: 'low' }, t('report')],
  ['task 4 not more important', 'set_priority', { priority: 'low' }, id(4)],
  ['the gym not more every week', 'update_task', { recurring: null }, t('gym')],
  // The task just added.
  ['delete it the last one I did add', 'delete_task', {}, last],
  ['remove the one I added last', 'delete_task', {}, last],
  // "all what": everything; never a task so named.
  ['take away all what is finished', ASK],
  ['take away all what is done', ASK],
  // Done, or not done, said otherwise.
  ['the electricity bill I have paid it yesterday', 'complete_task', {}, t('electricity bill')],
  ['the gas bill I have paid it this morning', 'complete_task', {}, t('gas bill')],
  ['I was wrong, the garden is not yet done, put it back open', 'complete_task', { completed: false }, t('garden')],
  // Tags and levels said of a task.
  ['take away from the dentist the tag urgent', 'remove_tag', { tag: 'urgent' }, t('dentist')],
  ['take away from task 4 the tag home', 'remove_tag', { tag: 'home' }, id(4)],
  ['put the priority high for report', 'set_priority', { priority: 'high' }, t('report')],
  ['give the priority low to the garden', 'set_priority', { priority: 'low' }, t('garden')],
  ['for the car wash the priority is low', 'set_priority', { priority: 'low' }, t('car wash')],
  ['for task 8 the priority is high', 'set_priority', { priority: 'high' }, id(8)],
  ['add buy new glasses, for me is important', 'add_task', { title: 'buy new glasses', priority: 'high' }],
  ['add call the school, for me is very important', 'add_task', { title: 'call the school', priority: 'high' }],
  // A day said with "for", "instead of", or against the wrong one.
  ['change the dentist for friday and make it important', 'update_task', { due_date: 'friday', priority: 'high' }, t('dentist')],
  ['change the vet for monday', 'set_due_date', { date: 'monday' }, t('vet')],
  ['pass the meeting for next tuesday', 'set_due_date', { date: 'next tuesday' }, t('meeting')],
  ['put the hairdresser on saturday instead of friday', 'set_due_date', { date: 'saturday' }, t('hairdresser')],
  ['the task 3 is for tomorrow, not for today', 'set_due_date', { date: 'tomorrow' }, id(3)],
  ['the dentist is for friday, not for thursday', 'set_due_date', { date: 'friday' }, t('dentist')],
  ['the call with the bank, is not today, is on monday at 11', 'set_due_date', { date: '2026-01-26 11:00' }, t('call with the bank')],
  ['the meeting with Paul, is not tomorrow, is on friday at 10', 'set_due_date', { date: '2026-01-23 10:00' }, t('meeting with Paul')],
  // A task, then its new day and level as a list.
  ['the vet: for tuesday and low priority', 'update_task', { due_date: 'tuesday', priority: 'low' }, t('vet')],
  ['the report, change it: priority high and for monday', 'update_task', { priority: 'high', due_date: 'monday' }, t('report')],
  ['the report: for friday and high priority', 'update_task', { due_date: 'friday', priority: 'high' }, t('report')],
  ['the vet, change it: for monday', 'set_due_date', { date: 'monday' }, t('vet')],
  // A reminder asked for as an alarm, or "remember me".
  ['for the meeting with Tom I want an alarm 15 minutes before', 'set_reminder', { before: '15m' }, t('meeting with Tom')],
  ['for the flight I want a reminder 3 hours before', 'set_reminder', { before: '3h' }, t('flight')],
  ['the alarm of the vet, change it to 30 minutes before', 'set_reminder', { before: '30m' }, t('vet')],
  ['the alarm for the dentist, change it to one hour before', 'set_reminder', { before: '1h' }, t('dentist')],
  [
    'add doctor on monday at 9 and remember me one day before',
    'add_task',
    { title: 'doctor', due_date: '2026-01-26 09:00', remind_before: '1d' },
  ],
  // Questions in the order of a statement; the list to show said first.
  ['when I have the dentist?', 'search_tasks', { query: 'dentist' }],
  ['when I have the hairdresser?', 'search_tasks', { query: 'hairdresser' }],
  ['what means priority?', ASK],
  ['the tasks with tag family, show me', 'filter_tasks', { tags: ['family'] }],
  ['which tasks are not made?', 'list_tasks', { status: 'pending' }],
  ['which tasks are not done?', 'list_tasks', { status: 'pending' }],
  ['what I did finish yesterday?', 'filter_tasks', { status: 'completed', completed: 'yesterday' }],
  ['the tasks with high priority, show me', 'filter_tasks', { priority: ['high'] }],
  ['what is still to do for today?', 'filter_tasks', { due: 'today', status: 'pending' }],
  ['what is still to do this week?', 'filter_tasks', { due: 'this_week', status: 'pending' }],
  ['I had a task for the passport, where is it?', 'search_tasks', { query: 'passport' }],
  ['I had a task about the insurance, where is it?', 'search_tasks', { query: 'insurance' }],
  // New tasks said otherwise.
  ['for monday morning put: send invoice', 'add_task', { title: 'send invoice', due_date: 'monday morning' }],
  ['for tomorrow morning write: call the bank', 'add_task', { title: 'call the bank', due_date: 'tomorrow morning' }],
  ['write in my list: passport renew, urgent', 'add_task', { title: 'passport renew', priority: 'high' }],
  ['note in my list: buy the stamps', 'add_task', { title: 'buy the stamps' }],
  ['not forget: buy gift for Marta', 'add_task', { title: 'buy gift for Marta' }],
  ['not forget to call grandma', 'add_task', { title: 'call grandma' }],
  ['can you add that I must call my mother on sunday?', 'add_task', { title: 'call my mother', due_date: 'sunday' }],
  ['can you add that I have to renew the passport', 'add_task', { title: 'renew the passport' }],
  ['add potatoes in the list of Groceries', 'add_task', { title: 'potatoes', project: 'Groceries' }],
  ['ADD POTATOES IN THE LIST OF GROCERIES', 'add_task', { title: 'POTATOES', project: 'Groceries' }],
  ['add milk in the list of shopping', 'add_task', { title: 'milk' }],
  ['add dinner with Paolo on saturday at 8 of evening', 'add_task', { title: 'dinner with Paolo', due_date: '2026-01-24 20:00' }],
  ['next week thursday I have the interview, add it please', 'add_task', { title: 'the interview', due_date: '2026-01-29' }],
  ['on friday I have to go to the bank, add it', 'add_task', { title: 'go to the bank', due_date: 'friday' }],
  [
    'tomorrow at 3 of afternoon meeting with the teacher of Luca',
    'add_task',
    { title: 'meeting with the teacher of Luca', due_date: '2026-01-23 15:00' },
  ],
  ['friday at 10 meeting with the bank', 'add_task', { title: 'meeting with the bank', due_date: '2026-01-23 10:00' }],
  // A routine said as news, then the request to add it.
  [
    'every week on monday I go swimming, add it',
    'create_recurring',
    { title: 'go swimming', pattern: 'FREQ=WEEKLY;BYDAY=MO', due_date: '2026-01-26' },
  ],
  [
    'every monday I go to swim, add it please',
    'create_recurring',
    { title: 'go to swim', pattern: 'FREQ=WEEKLY;BYDAY=MO', due_date: '2026-01-26' },
  ],
  // A new name or a note.
  ['for the gym task put the name: gym with Paolo', 'update_task', { title: 'gym with Paolo' }, t('gym')],
  ['for the passport task put the title: renew passport of Maria', 'update_task', { title: 'renew passport of Maria' }, t('passport')],
  ['I wrote wrong the task 6, is "Buy the bread" not "Buy the brad"', 'update_task', { title: 'Buy the bread' }, id(6)],
  ['I wrote wrong the task 6, is "ring the plumber" not "Buy the brad"', 'update_task', { title: 'ring the plumber' }, id(6)],
  ['I typed wrong the dentist task, is dentist with Lena', 'update_task', { title: 'dentist with Lena' }, t('dentist')],
  [
    'the meeting with Anna, in the description put: room 3, second floor',
    'update_task',
    { description: 'room 3, second floor' },
    t('meeting with Anna'),
  ],
  ['the party, in the notes write: bring the cake', 'update_task', { description: 'bring the cake' }, t('party')],
  ['the task presentation must go in the Work', 'move_task', { project: 'Work' }, t('presentation')],
  // Two tasks said with "of"; the task first, then what was done to it; an alarm without its article.
  ['delete the task of the car and of the gym', ASK],
  ['the report put it in done', 'complete_task', {}, t('report')],
  ['the dentist I have moved it to friday', 'set_due_date', { date: 'friday' }, t('dentist')],
  ['please you make alarm 10 minutes before the call', 'set_reminder', { before: '10m' }, t('call')],
  ['make new task call the plumber, very urgent', 'add_task', { title: 'call the plumber', priority: 'high' }],
  ['put in the calendar the dentist on tuesday at 4', 'add_task', { title: 'the dentist', due_date: '2026-01-27 16:00' }],
  [
    'remind me to call the mother tomorrow at the 10',
    'add_task',
    { title: 'call the mother', due_date: '2026-01-23 10:00', remind_before: '0m' },
  ],
  // Shapes these must leave alone.
  ['change the report title to Report for Friday', 'update_task', { title: 'Report for Friday' }, t('report')],
  ['change the name for the vet to vet with Rex', 'update_task', { title: 'vet with Rex' }, t('vet')],
  ['change the day of dentist to next week thursday', 'set_due_date', { date: '2026-01-29' }, t('dentist')],
  ['put eggs on the list for tomorrow', 'add_task', { title: 'eggs', due_date: 'tomorrow' }],
  ['the report is not finished', 'complete_task', { completed: false }, t('report')],
  ['delete the last task I added', 'delete_task', {}, last],
  ['remove everything that is finished', ASK],
  ['sorry, that one should be Call Jo', 'update_task', { title: 'Call Jo' }, last],
  ['move the dentist to the 10th', 'set_due_date', { date: '2026-02-10' }, t('dentist')],
];

describe('English as learners write it', () => {
  it.each(LEARNERS_SAID)('reads %j', (phrase, tool, args = {}, target) => {
    expect(meaning(asCall(interpret(phrase, { projects: CORPUS_PROJECTS })))).toBe(meaning({ tool, args, ...(target ? { target } : {}) }));
  });
});
