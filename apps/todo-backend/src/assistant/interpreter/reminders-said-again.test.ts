import { describe, expect, it } from 'vitest';
import { CORPUS_PROJECTS } from '../eval/language-corpus.ts';
import { asCall, meaning } from '../eval/language-eval.ts';
import { interpret } from './offline-interpreter.ts';
import { id, last, type Said as Row, t } from './said-rows.ts';

// Reminders said yet other ways, written before reading the rules that read them: chatter around the request, the
// lead time first or last, other nouns ("a heads up", "an alarm", "a nudge"), a reminder on a task that exists or a
// new one, and reminders that repeat.
// Compared by meaning, as the language evaluation compares (its clock: Thursday 22 January 2026 at noon UTC).

const rec = (title: string, pattern: string, due_date?: string) => ({ title, pattern, ...(due_date ? { due_date } : {}) });
const add = (title: string, due_date: string, remind_before = '0m') => ({ title, due_date, remind_before });

const ROWS: Row[] = [
  ['hey remind me tomorrow at 9 to email the landlord thx', 'add_task', add('email the landlord', 'tomorrow at 9am')],
  ['ok so remind me at 6pm to buy milk', 'add_task', add('buy milk', 'at 6pm')],
  ['remind me to call the vet at 3pm tomorrow', 'add_task', add('call the vet', 'tomorrow 3pm')],
  ['REMIND ME TO PAY THE GAS BILL FRIDAY', 'add_task', add('PAY THE GAS BILL', 'friday')],
  ['remind me in 20 mins to check the oven', 'add_task', add('check the oven', 'in 20 minutes')],
  ['remind me in half an hour to take the washing out', 'add_task', add('take the washing out', 'in 30 minutes')],
  ['set an alarm for 7am tomorrow to go running', 'add_task', add('go running', 'tomorrow 7am')],
  ['can u remind me to ring mum on sunday', 'add_task', add('ring mum', 'sunday')],
  ['pls remind me monday morning about the car insurance', 'set_reminder', { at: 'monday morning' }, t('car insurance')],
  ['remind me tonight to pack my gym bag', 'add_task', add('pack my gym bag', 'tonight')],
  ['dont let me forget to call the school tomorrow', 'add_task', { title: 'call the school', due_date: 'tomorrow' }],
  ['send me a reminder at 4 to pick up the kids', 'add_task', add('pick up the kids', 'at 4pm')],
  ['remind me every monday to water the plants', 'create_recurring', rec('water the plants', 'FREQ=WEEKLY;BYDAY=MO', 'monday')],
  ['remind me every day at 9pm to take my meds', 'create_recurring', rec('take my meds', 'daily', 'at 9pm')],
  ['remind me on the 1st of every month to pay rent', 'create_recurring', rec('pay rent', 'FREQ=MONTHLY;BYMONTHDAY=1', 'feb 1')],
  ['remind me about the dentist tomorrow at 10', 'set_reminder', { at: 'tomorrow 10am' }, t('dentist')],
  ['remind me about 4 at 3pm', 'set_reminder', { at: '3pm' }, id(4)],
  ['remind me of the gas bill on friday', 'set_reminder', { at: 'friday' }, t('gas bill')],
  ['give me a heads up about the report at 2', 'set_reminder', { at: '2pm' }, t('report')],
  ['remind me an hour before the dentist', 'set_reminder', { before: '1h' }, t('dentist')],
  ['30 mins before the meeting remind me', 'set_reminder', { before: '30m' }, t('meeting')],
  ['an hour before the dentist, ping me pls', 'set_reminder', { before: '1h' }, t('dentist')],
  ['2 days before the mot could you remind me', 'set_reminder', { before: '2d' }, t('mot')],
  ['the day before the flight nudge me', 'set_reminder', { before: '1d' }, t('flight')],
  ['remind me a week before the passport expires', 'set_reminder', { before: '1w' }, t('passport')],
  ['remind me 2 days ahead of the mot', 'set_reminder', { before: '2d' }, t('mot')],
  ['remind me about it in an hour', 'set_reminder', { at: 'in 1 hour' }, last],
  ['remind me about that one tomorrow', 'set_reminder', { at: 'tomorrow' }, last],
  ['set a reminder for task 6 at 5pm', 'set_reminder', { at: '5pm' }, id(6)],
  ['add a reminder to the vet task for friday 9am', 'set_reminder', { at: 'friday 9am' }, t('vet')],
  ['put an alarm on the bins task for 8pm', 'set_reminder', { at: '8pm' }, t('bins')],
  ['remove the reminder from task 3', 'set_reminder', { clear: true }, id(3)],
  ['i dont need a reminder for the gym anymore', 'set_reminder', { clear: true }, t('gym')],
  ['get rid of the reminder on it', 'set_reminder', { clear: true }, last],
  ['change the reminder on the dentist to an hour before', 'set_reminder', { before: '1h' }, t('dentist')],
  ['make the reminder for 5 15 minutes before', 'set_reminder', { before: '15m' }, id(5)],
  ['call the plumber friday at 10, remind me an hour before', 'add_task', add('call the plumber', 'friday at 10am', '1h')],
  ['add dentist on monday at 3pm and remind me 1 hour before', 'add_task', add('dentist', 'monday 3pm', '1h')],
  ['add pay rent on the 1st with a reminder a day before', 'add_task', add('pay rent', 'the 1st', '1d')],
];

const read = (sentence: string) => interpret(sentence, { projects: CORPUS_PROJECTS });

describe('the offline interpreter on reminders said yet other ways', () => {
  it.each(ROWS)('reads %j', (phrase, tool, args = {}, target) => {
    expect(meaning(asCall(read(phrase)))).toBe(meaning({ tool, args, ...(target ? { target } : {}) }));
  });
});
