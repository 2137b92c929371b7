import { describe, expect, it } from 'vitest';
import { CORPUS_PROJECTS } from './eval/language-corpus.ts';
import { asCall, meaning } from './eval/language-eval.ts';
import { interpret, type TaskRef } from './offline-interpreter.ts';

// Dates said the ways new users say them, written before reading the rules that read them: a new date for a task that
// exists ("let's do the car wash saturday instead", "i need the report done by wednesday"),
// and a task added with its date ("in march", "at the weekend", "a week from tomorrow").
// Compared by meaning, as the language evaluation compares (dates as the instants they name at its clock, Thursday
// 22 January 2026 at noon UTC; rules with their first date as the series they make; titles without case or quotes).

const t = (title: string): TaskRef => ({ title });
const id = (n: number): TaskRef => ({ id: n });
const last: TaskRef = { last: true };
type Row = [phrase: string, tool: string | null, args?: Record<string, unknown>, target?: TaskRef];

const ROWS: Row[] = [
  ['move the dentist to next thursday', 'set_due_date', { date: 'next thursday' }, t('dentist')],
  ['push the report to monday morning', 'set_due_date', { date: 'monday morning' }, t('report')],
  ['can you move 8 to the 3rd', 'set_due_date', { date: 'the 3rd' }, id(8)],
  ['reschedule the vet for friday at 4:30', 'set_due_date', { date: 'friday at 4:30pm' }, t('vet')],
  ['the gas bill is due next tuesday', 'set_due_date', { date: 'next tuesday' }, t('gas bill')],
  ['change the due date on the essay to feb 12', 'set_due_date', { date: 'feb 12' }, t('essay')],
  ['make it due friday', 'set_due_date', { date: 'friday' }, last],
  ['set it for tomorrow at 10', 'set_due_date', { date: 'tomorrow at 10am' }, last],
  ["let's do the car wash saturday instead", 'set_due_date', { date: 'saturday' }, t('car wash')],
  ['bump the haircut to next week', 'set_due_date', { date: 'next week' }, t('haircut')],
  ['move the meeting to the day after tomorrow', 'set_due_date', { date: 'the day after tomorrow' }, t('meeting')],
  ['shift the plumber to 2pm', 'set_due_date', { date: '2pm' }, t('plumber')],
  ['reschedule 11 to end of the month', 'set_due_date', { date: 'end of the month' }, id(11)],
  ['push the invoice to end of next week', 'set_due_date', { date: 'end of next week' }, t('invoice')],
  ['move the party to the weekend', 'set_due_date', { date: 'saturday' }, t('party')],
  ['move it to this weekend', 'set_due_date', { date: 'saturday' }, last],
  ['change 4 to monday', 'set_due_date', { date: 'monday' }, id(4)],
  ['the car wash needs to be done by saturday', 'set_due_date', { date: 'saturday' }, t('car wash')],
  ['the report deadline is now the 30th', 'set_due_date', { date: 'the 30th' }, t('report')],
  ['take the due date off 6', 'set_due_date', { date: null }, id(6)],
  ['no due date for the shed task', 'set_due_date', { date: null }, t('shed')],
  ['remove the date from it', 'set_due_date', { date: null }, last],
  ['unschedule the newsletter', 'set_due_date', { date: null }, t('newsletter')],
  ['move the call with Jo to 3 tomorrow', 'set_due_date', { date: 'tomorrow 3pm' }, t('call with Jo')],
  ['dentist moved to tue 11am', 'set_due_date', { date: 'tuesday 11am' }, t('dentist')],
  ['reschedule the dentist: friday 10am', 'set_due_date', { date: 'friday 10am' }, t('dentist')],
  ['Move The Dentist To Friday', 'set_due_date', { date: 'friday' }, t('dentist')],
  ['MOVE 5 TO TOMORROW', 'set_due_date', { date: 'tomorrow' }, id(5)],
  ['move the dentist to fri pls 🙏', 'set_due_date', { date: 'friday' }, t('dentist')],
  ['the vet is on the 2nd of feb now', 'set_due_date', { date: '2026-02-02' }, t('vet')],
  ['push it to tomorrow afternoon', 'set_due_date', { date: 'tomorrow afternoon' }, last],
  ['postpone the report till next monday', 'set_due_date', { date: 'next monday' }, t('report')],
  ['delay the newsletter until the 10th', 'set_due_date', { date: 'the 10th' }, t('newsletter')],
  ['can we move the dentist to next friday?', 'set_due_date', { date: 'next friday' }, t('dentist')],
  ['reschedule task 9 to march 5th at 2pm', 'set_due_date', { date: 'march 5th at 2pm' }, id(9)],
  ['set the due date for the slides to tmrw', 'set_due_date', { date: 'tomorrow' }, t('slides')],
  ['due date of 3: next wed', 'set_due_date', { date: 'next wednesday' }, id(3)],
  ['make the bins due tonight', 'set_due_date', { date: 'tonight' }, t('bins')],
  ['change the deadline of the essay to in 2 weeks', 'set_due_date', { date: 'in 2 weeks' }, t('essay')],
  ['move the report to this friday', 'set_due_date', { date: 'friday' }, t('report')],
  ['move the report to the 14th of february', 'set_due_date', { date: 'feb 14' }, t('report')],
  ['add call the plumber next wednesday', 'add_task', { title: 'call the plumber', due_date: 'next wednesday' }],
  ['add send the invoice end of month', 'add_task', { title: 'send the invoice', due_date: 'end of month' }],
  ['add pay the parking fine within a week', 'add_task', { title: 'pay the parking fine', due_date: 'in 7 days' }],
  ['add buy a present for Jo by the 28th', 'add_task', { title: 'buy a present for Jo', due_date: 'the 28th' }],
  ['add book the mot in 2 weeks', 'add_task', { title: 'book the mot', due_date: 'in 2 weeks' }],
  ['add clean the car this saturday', 'add_task', { title: 'clean the car', due_date: 'saturday' }],
  ['add meet Ana for coffee tomorrow at 11', 'add_task', { title: 'meet Ana for coffee', due_date: 'tomorrow 11am' }],
  ['add pick up the dry cleaning at 5:30', 'add_task', { title: 'pick up the dry cleaning', due_date: 'today 5:30pm' }],
  ['add renew the parking permit on the 5th of next month', 'add_task', { title: 'renew the parking permit', due_date: '2026-02-05' }],
  ['add dentist appointment feb 3rd at 9:15', 'add_task', { title: 'dentist appointment', due_date: '2026-02-03 09:15' }],
  ['add finish the slides by tomorrow noon', 'add_task', { title: 'finish the slides', due_date: 'tomorrow noon' }],
  ['add call the insurer first thing monday', 'add_task', { title: 'call the insurer', due_date: 'monday' }],
  ['add buy tickets next month', 'add_task', { title: 'buy tickets', due_date: 'next month' }],
  ['add get a haircut sometime next week', 'add_task', { title: 'get a haircut', due_date: 'next week' }],
  ['add return the library books by thursday', 'add_task', { title: 'return the library books', due_date: 'thursday' }],
  ['add ring the council on tues', 'add_task', { title: 'ring the council', due_date: 'tuesday' }],
  ['add do the tax return in march', 'add_task', { title: 'do the tax return', due_date: 'march 1' }],
  ['add water the lawn tonight', 'add_task', { title: 'water the lawn', due_date: 'tonight' }],
  ['add call mum sunday afternoon', 'add_task', { title: 'call mum', due_date: 'sunday afternoon' }],
  ['add buy a card on 12 feb', 'add_task', { title: 'buy a card', due_date: 'feb 12' }],
  ['add email the landlord in 3 days', 'add_task', { title: 'email the landlord', due_date: 'in 3 days' }],
  ['add fix the fence at the weekend', 'add_task', { title: 'fix the fence', due_date: 'saturday' }],
  ['add check the boiler a week from tomorrow', 'add_task', { title: 'check the boiler', due_date: '2026-01-30' }],
  ['add send the quote the day after tomorrow', 'add_task', { title: 'send the quote', due_date: 'the day after tomorrow' }],
  ['add book flights tomorrow evening', 'add_task', { title: 'book flights', due_date: 'tomorrow evening' }],
  ['Tomorrow: call the bank', 'add_task', { title: 'call the bank', due_date: 'tomorrow' }],
  ['friday - submit the report', 'add_task', { title: 'submit the report', due_date: 'friday' }],
  ['on monday i have to call the school', 'add_task', { title: 'call the school', due_date: 'monday' }],
  ['I need to renew my passport by march', 'add_task', { title: 'renew my passport', due_date: 'march 1' }],
  ['need to pay the plumber tomorrow', 'add_task', { title: 'pay the plumber', due_date: 'tomorrow' }],
  ['gotta call the vet on friday', 'add_task', { title: 'call the vet', due_date: 'friday' }],
  ['add meet sam at 7pm on saturday', 'add_task', { title: 'meet sam', due_date: 'saturday 7pm' }],
  [
    'add take the car in for service next thursday at 8',
    'add_task',
    { title: 'take the car in for service', due_date: '2026-01-29 08:00' },
  ],
  ['add buy milk tmrw', 'add_task', { title: 'buy milk', due_date: 'tomorrow' }],
  ['add pay rent by the 1st', 'add_task', { title: 'pay rent', due_date: 'the 1st' }],
  ['add send the contract in an hour', 'add_task', { title: 'send the contract', due_date: 'in 1 hour' }],
  ['add dinner with Jo on the 14th at 7:30pm', 'add_task', { title: 'dinner with Jo', due_date: '2026-02-14 19:30' }],
  ['add clean out the garage on sat morning', 'add_task', { title: 'clean out the garage', due_date: 'saturday morning' }],
  ['add parents evening 6pm monday', 'add_task', { title: 'parents evening', due_date: 'monday 6pm' }],
  ['add pay the window cleaner 2moro', 'add_task', { title: 'pay the window cleaner', due_date: 'tomorrow' }],
  ['add buy flowers for mum on mothers day', 'add_task', { title: 'buy flowers for mum on mothers day' }],
  ['move the gym to later', null],
  ['could you push the dentist to the 9th of feb please', 'set_due_date', { date: '2026-02-09' }, t('dentist')],
  ['the essay is now due on monday the 26th', 'set_due_date', { date: '2026-01-26' }, t('essay')],
  ['i need the report done by wednesday', 'set_due_date', { date: 'wednesday' }, t('report')],
];

const read = (sentence: string) => interpret(sentence, { projects: CORPUS_PROJECTS });

describe('the offline interpreter on dates said in many ways', () => {
  it.each(ROWS)('reads %j', (phrase, tool, args = {}, target) => {
    expect(meaning(asCall(read(phrase)))).toBe(meaning({ tool, args, ...(target ? { target } : {}) }));
  });
});
