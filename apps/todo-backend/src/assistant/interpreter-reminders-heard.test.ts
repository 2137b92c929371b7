import { describe, expect, it } from 'vitest';
import { CORPUS_PROJECTS } from './eval/language-corpus.ts';
import { asCall, meaning } from './eval/language-eval.ts';
import { interpret, type TaskRef } from './offline-interpreter.ts';

// Reminders said the ways new users say them, written before reading the rules that read them: other verbs ("nudge",
// "give me a shout", "alert", "ping", "don't let me forget … an hour before"), a reminder on a task that exists ("remind
// me about X at 5", "move the dentist reminder to 8am", "remind me again in 2 hours") or on a new one, the time first
// or last.
// Compared by meaning, as the language evaluation compares (dates as the instants they name at its clock, Thursday
// 22 January 2026 at noon UTC; rules with their first date as the series they make; titles without case or quotes).

const t = (title: string): TaskRef => ({ title });
const id = (n: number): TaskRef => ({ id: n });
const last: TaskRef = { last: true };
type Row = [phrase: string, tool: string | null, args?: Record<string, unknown>, target?: TaskRef];
const add = (title: string, due_date: string, remind_before = '0m') => ({ title, due_date, remind_before });

const ROWS: Row[] = [
  ['nudge me at 5 to call the plumber', 'add_task', add('call the plumber', 'at 5pm')],
  ['give me a shout at 4pm to move the car', 'add_task', add('move the car', 'at 4pm')],
  ['alert me tomorrow at 8 to take the bins out', 'add_task', add('take the bins out', 'tomorrow at 8am')],
  ['ping me on friday to pay the window cleaner', 'add_task', add('pay the window cleaner', 'friday')],
  ['dentist friday 2pm, dont let me forget an hour before', 'add_task', add('dentist', 'friday 2pm', '1h')],
  ["book the vet for monday 9am and don't let me forget a day before", 'add_task', add('book the vet', 'monday 9am', '1d')],
  ['remind me about the gas bill at 5', 'set_reminder', { at: '5pm' }, t('gas bill')],
  ['set a reminder on the passport renewal for tomorrow', 'set_reminder', { at: 'tomorrow' }, t('passport renewal')],
  ['remind me again in 2 hours', 'set_reminder', { at: 'in 2 hours' }, last],
  ['snooze it for an hour', 'postpone_task', { by: 'PT1H' }, last],
  ['snooze the dentist reminder till tomorrow', 'set_reminder', { at: 'tomorrow' }, t('dentist')],
  ['remind me about task 7 in 30 minutes', 'set_reminder', { at: 'in 30 minutes' }, id(7)],
  ['can you ping me about the invoice tomorrow morning', 'set_reminder', { at: 'tomorrow morning' }, t('invoice')],
  ['remind me 2 hours before the school run', 'set_reminder', { before: '2h' }, t('school run')],
  ['Remind me 15 mins before the standup pls', 'set_reminder', { before: '15m' }, t('standup')],
  ['give me a heads-up an hour before the call with Priya', 'set_reminder', { before: '1h' }, t('call with Priya')],
  ['alert me 30 minutes before 9', 'set_reminder', { before: '30m' }, id(9)],
  ['nudge me a day before the council tax', 'set_reminder', { before: '1d' }, t('council tax')],
  ['put a reminder on it for 8am', 'set_reminder', { at: '8am' }, last],
  ['add a reminder to it 10 min before', 'set_reminder', { before: '10m' }, last],
  ['set an alert for the dentist 1 hour before', 'set_reminder', { before: '1h' }, t('dentist')],
  ['i need a reminder 2 days before the mot', 'set_reminder', { before: '2d' }, t('mot')],
  ['remind me the night before the flight', 'set_reminder', { before: '1d' }, t('flight')],
  ['cancel the reminder on the dentist', 'set_reminder', { clear: true }, t('dentist')],
  ['turn off reminders for 12', 'set_reminder', { clear: true }, id(12)],
  ['no more reminders about the gym please', 'set_reminder', { clear: true }, t('gym')],
  ['delete the alert on the bins task', 'set_reminder', { clear: true }, t('bins')],
  ['mute the reminder for it', 'set_reminder', { clear: true }, last],
  ['stop reminding me about the newsletter', 'set_reminder', { clear: true }, t('newsletter')],
  ['change the reminder for the vet to 30 min before', 'set_reminder', { before: '30m' }, t('vet')],
  ['move the dentist reminder to 8am', 'set_reminder', { at: '8am' }, t('dentist')],
  ['the reminder for task 3 should be 2 hours before', 'set_reminder', { before: '2h' }, id(3)],
  ['add dentist thursday at 2pm and nudge me an hour before', 'add_task', add('dentist', 'thursday at 2pm', '1h')],
  ['book club wed 7pm, give me a shout 2 hours before', 'add_task', add('book club', 'wednesday 7pm', '2h')],
  ['add pick up the suit saturday 11am, alert me 30 min before', 'add_task', add('pick up the suit', 'saturday 11am', '30m')],
  ['haircut tuesday 10:30 ping me 15 min before', 'add_task', add('haircut', 'tuesday 10:30', '15m')],
  [
    'add the parents evening on the 29th at 6pm with a reminder 1 day before',
    'add_task',
    add('the parents evening', 'the 29th at 6pm', '1d'),
  ],
  ['add call the bank tomorrow 10am and remind me 5 mins before', 'add_task', add('call the bank', 'tomorrow 10am', '5m')],
  ['ADD DENTIST FRIDAY 9AM REMIND ME 1 HOUR BEFORE', 'add_task', add('DENTIST', 'friday 9am', '1h')],
  ['add vet monday 4pm — remind me an hour beforehand 🙏', 'add_task', add('vet', 'monday 4pm', '1h')],
  ['add submit the tax return on jan 31, remind me a week before', 'add_task', add('submit the tax return', 'jan 31', '7d')],
  ['add renew the passport on march 1 and remind me two weeks before', 'add_task', add('renew the passport', 'march 1', '14d')],
  ['add train to leeds friday 6:15am, remind me the night before', 'add_task', add('train to leeds', 'friday 6:15am', '1d')],
  ['add team lunch tomorrow at 1, remind me half an hour before', 'add_task', add('team lunch', 'tomorrow at 1pm', '30m')],
  ['can you add the recital saturday 3pm and ping me 45 minutes before?', 'add_task', add('the recital', 'saturday 3pm', '45m')],
  ['add call with the lawyer 11am tomorrow, remind me 10 minutes ahead', 'add_task', add('call with the lawyer', 'tomorrow 11am', '10m')],
  ['add flight friday 7am, heads up 3 hours before', 'add_task', add('flight', 'friday 7am', '3h')],
  ['remind me to call mum at 6', 'add_task', add('call mum', 'at 6pm')],
  ['remind me to put the bins out tonight', 'add_task', add('put the bins out', 'tonight')],
  ['remind me in an hour to check the laundry', 'add_task', add('check the laundry', 'in 1 hour')],
  ['remind me at 1pm to eat lunch', 'add_task', add('eat lunch', 'at 1pm')],
  ['remind me on monday to chase the invoice', 'add_task', add('chase the invoice', 'monday')],
  ['remind me next friday to book tickets', 'add_task', add('book tickets', 'next friday')],
  ['remind me tmrw at 9 to email Sarah', 'add_task', add('email Sarah', 'tomorrow 9am')],
  ['plz remind me to water the plants on sunday', 'add_task', add('water the plants', 'sunday')],
  ['could you remind me to call the dentist tomorrow, thanks!', 'add_task', add('call the dentist', 'tomorrow')],
  ['remind me in 45 mins to take the pizza out', 'add_task', add('take the pizza out', 'in 45 minutes')],
  ['Remind me to pay Tom back on the 1st', 'add_task', add('pay Tom back', 'the 1st')],
  ['nudge me to stretch in 20 minutes', 'add_task', add('stretch', 'in 20 minutes')],
  ['alert me at 7am to leave for the train', 'add_task', add('leave for the train', 'tomorrow 7am')],
  ['give me a shout tomorrow to renew the car tax', 'add_task', add('renew the car tax', 'tomorrow')],
  ['ping me friday afternoon to send the timesheet', 'add_task', add('send the timesheet', 'friday afternoon')],
  ['set a reminder for 6pm to call dad', 'add_task', add('call dad', 'at 6pm')],
  ['set a reminder for monday: renew the insurance', 'add_task', add('renew the insurance', 'monday')],
  ['create a reminder to take the meds at 9pm', 'add_task', add('take the meds', 'at 9pm')],
  ['make a reminder to call the vet tomorrow at 10', 'add_task', add('call the vet', 'tomorrow at 10am')],
  ['reminder to buy milk at 5pm', 'add_task', add('buy milk', 'at 5pm')],
  ['i need a reminder to call the school tomorrow morning', 'add_task', add('call the school', 'tomorrow morning')],
  ['can you set me a reminder for 3pm to join the webinar', 'add_task', add('join the webinar', 'at 3pm')],
  ['remind me about the plumber at 5', 'set_reminder', { at: '5pm' }, t('plumber')],
  ['remind me about 14 tomorrow', 'set_reminder', { at: 'tomorrow' }, id(14)],
  ['remind me of the car insurance on friday', 'set_reminder', { at: 'friday' }, t('car insurance')],
  ["don't let me forget the dentist, remind me an hour before", 'set_reminder', { before: '1h' }, t('dentist')],
  ['remind me again tomorrow', 'set_reminder', { at: 'tomorrow' }, last],
  ['remind me about that one again in 10 minutes', 'set_reminder', { at: 'in 10 minutes' }, last],
  ['snooze 5 until 3pm', 'set_due_date', { date: '3pm' }, id(5)],
  ['snooze the gas bill reminder by an hour', 'set_reminder', { at: 'in 1 hour' }, t('gas bill')],
  ['ping me about it again at 6', 'set_reminder', { at: '6pm' }, last],
  [
    'remind me to ring the council every monday',
    'create_recurring',
    { title: 'ring the council', pattern: 'FREQ=WEEKLY;BYDAY=MO', due_date: 'monday' },
  ],
  ['can you nudge me at half 4 to pick up Leo', 'add_task', add('pick up Leo', 'at 4:30pm')],
  ['remind me in a couple of hours to call Sam back', 'add_task', add('call Sam back', 'in 2 hours')],
  ['remind me on the 3rd of feb to renew the domain', 'add_task', add('renew the domain', '2026-02-03')],
  ['remind me at 9 tomorrow morning to call the garage', 'add_task', add('call the garage', '2026-01-23 09:00')],
  ['I want a reminder at 7 to take the chicken out', 'add_task', add('take the chicken out', '2026-01-23 07:00')],
  ['remind me in 3 days to follow up with the landlord', 'add_task', add('follow up with the landlord', 'in 3 days')],
  ['yo remind me 2 call the bank at 11 tmrw', 'add_task', add('call the bank', 'tomorrow 11am')],
  ['ok so remind me to book the MOT next week, thx!', 'add_task', add('book the MOT', 'next week')],
  ['reminder: friday 5pm pick up the cake', 'add_task', add('pick up the cake', 'friday 5pm')],
];

const read = (sentence: string) => interpret(sentence, { projects: CORPUS_PROJECTS });

describe('the offline interpreter on reminders said in many ways', () => {
  it.each(ROWS)('reads %j', (phrase, tool, args = {}, target) => {
    expect(meaning(asCall(read(phrase)))).toBe(meaning({ tool, args, ...(target ? { target } : {}) }));
  });
});
