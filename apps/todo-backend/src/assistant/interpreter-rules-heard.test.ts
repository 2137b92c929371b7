import { describe, expect, it } from 'vitest';
import { CORPUS_PROJECTS } from './eval/language-corpus.ts';
import { asCall, meaning } from './eval/language-eval.ts';
import { interpret, type TaskRef } from './offline-interpreter.ts';

// Rules said the ways new users say them, written before reading the rules that read them: "every couple of weeks",
// "each monday", "on mondays", "mondays and thursdays", a rule changed or stopped on a task that exists ("no longer
// repeat 9", "change the recurrence of 5 to monthly"), and a day only the user knows ("every year on my birthday"),
// which is asked about.
// Compared by meaning, as the language evaluation compares (dates as the instants they name at its clock, Thursday
// 22 January 2026 at noon UTC; rules with their first date as the series they make; titles without case or quotes).

const t = (title: string): TaskRef => ({ title });
const id = (n: number): TaskRef => ({ id: n });
const last: TaskRef = { last: true };
type Row = [phrase: string, tool: string | null, args?: Record<string, unknown>, target?: TaskRef];
const rec = (title: string, pattern: string, due_date?: string) => ({ title, pattern, ...(due_date ? { due_date } : {}) });

const ROWS: Row[] = [
  ['water the plants every couple of weeks', 'create_recurring', rec('water the plants', 'FREQ=WEEKLY;INTERVAL=2')],
  ['every couple of days check the bird feeder', 'create_recurring', rec('check the bird feeder', 'FREQ=DAILY;INTERVAL=2')],
  ['each monday put the bins out', 'create_recurring', rec('put the bins out', 'FREQ=WEEKLY;BYDAY=MO', 'monday')],
  ['add swimming on mondays', 'create_recurring', rec('swimming', 'FREQ=WEEKLY;BYDAY=MO', 'monday')],
  ['add yoga mondays and thursdays', 'create_recurring', rec('yoga', 'FREQ=WEEKLY;BYDAY=MO,TH', '2026-01-26')],
  ['pay the cleaner twice a month', null],
  ['make the gym task repeat', null],
  ['stop repeating it', 'update_task', { recurring: null }, last],
  ['every year on my birthday buy myself a cake', null],
  ['set the bins to repeat every tuesday', 'update_task', { recurring: 'FREQ=WEEKLY;BYDAY=TU' }, t('bins')],
  ['make 7 repeat every 2 weeks', 'update_task', { recurring: 'FREQ=WEEKLY;INTERVAL=2' }, id(7)],
  ['change the newsletter to every other friday', 'update_task', { recurring: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=FR' }, t('newsletter')],
  ['the standup should repeat every weekday', 'update_task', { recurring: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR' }, t('standup')],
  ['make the rent task monthly', 'update_task', { recurring: 'monthly' }, t('rent')],
  ["don't repeat the gym task any more", 'update_task', { recurring: null }, t('gym')],
  ['no longer repeat 9', 'update_task', { recurring: null }, id(9)],
  ['turn off the repeat on the bins', 'update_task', { recurring: null }, t('bins')],
  ['make it a one-time task', 'update_task', { recurring: null }, last],
  ['make it weekly', 'update_task', { recurring: 'weekly' }, last],
  ['have the report repeat every month on the 1st', 'update_task', { recurring: 'FREQ=MONTHLY;BYMONTHDAY=1' }, t('report')],
  ['repeat the water plants task every 3 days', 'update_task', { recurring: 'FREQ=DAILY;INTERVAL=3' }, t('water plants')],
  [
    'add take out the recycling every other thursday',
    'create_recurring',
    rec('take out the recycling', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH', 'thursday'),
  ],
  ['add clean the gutters every 6 months', 'create_recurring', rec('clean the gutters', 'FREQ=MONTHLY;INTERVAL=6')],
  ['add call grandma every sunday evening', 'create_recurring', rec('call grandma', 'FREQ=WEEKLY;BYDAY=SU', 'sunday evening')],
  [
    'add pay the credit card on the 15th of every month',
    'create_recurring',
    rec('pay the credit card', 'FREQ=MONTHLY;BYMONTHDAY=15', 'the 15th'),
  ],
  ['add check the smoke alarms every 3 months', 'create_recurring', rec('check the smoke alarms', 'FREQ=MONTHLY;INTERVAL=3')],
  ['add piano practice every weekday at 5pm', 'create_recurring', rec('piano practice', 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', 'at 5pm')],
  ['team standup every weekday 9:30am', 'create_recurring', rec('team standup', 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', 'friday 9:30am')],
  [
    'every other saturday volunteer at the food bank',
    'create_recurring',
    rec('volunteer at the food bank', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=SA', 'saturday'),
  ],
  ['on the first of each month pay rent', 'create_recurring', rec('pay rent', 'FREQ=MONTHLY;BYMONTHDAY=1', 'feb 1')],
  ['every last friday of the month send the newsletter', 'create_recurring', rec('send the newsletter', 'FREQ=MONTHLY;BYDAY=-1FR')],
  ['add book club on the second tuesday of every month', 'create_recurring', rec('book club', 'FREQ=MONTHLY;BYDAY=2TU')],
  ['add renew the domain every year on march 10', 'create_recurring', rec('renew the domain', 'FREQ=YEARLY', '2026-03-10')],
  ['add vacuum the car once a month', 'create_recurring', rec('vacuum the car', 'monthly')],
  ['add defrost the freezer every 3 weeks', 'create_recurring', rec('defrost the freezer', 'FREQ=WEEKLY;INTERVAL=3')],
  ['add order contact lenses every 90 days', 'create_recurring', rec('order contact lenses', 'FREQ=DAILY;INTERVAL=90')],
  ['walk the dog every morning at 7', 'create_recurring', rec('walk the dog', 'daily', 'tomorrow 7am')],
  ['add take vitamins every day at 8am', 'create_recurring', rec('take vitamins', 'daily', 'tomorrow 8am')],
  ['add gym every mon, wed and fri at 7am', 'create_recurring', rec('gym', 'FREQ=WEEKLY;BYDAY=MO,WE,FR', 'friday 7am')],
  ['every tue & thu 6pm spin class', 'create_recurring', rec('spin class', 'FREQ=WEEKLY;BYDAY=TU,TH', '2026-01-22 18:00')],
  ['Every Monday: weekly planning', 'create_recurring', rec('weekly planning', 'FREQ=WEEKLY;BYDAY=MO', 'monday')],
  ['EVERY FRIDAY SUBMIT TIMESHEET', 'create_recurring', rec('SUBMIT TIMESHEET', 'FREQ=WEEKLY;BYDAY=FR', 'friday')],
  ['evry sunday meal prep', 'create_recurring', rec('meal prep', 'FREQ=WEEKLY;BYDAY=SU', 'sunday')],
  ['every wednesday night bins out', 'create_recurring', rec('bins out', 'FREQ=WEEKLY;BYDAY=WE', 'wednesday night')],
  ['add hoover the stairs weekly on saturdays', 'create_recurring', rec('hoover the stairs', 'FREQ=WEEKLY;BYDAY=SA', 'saturday')],
  ['add clean the oven monthly', 'create_recurring', rec('clean the oven', 'monthly')],
  ['add renew the TV licence annually', 'create_recurring', rec('renew the TV licence', 'FREQ=YEARLY')],
  ['add descale the kettle every fortnight', 'create_recurring', rec('descale the kettle', 'FREQ=WEEKLY;INTERVAL=2')],
  ['add pay the gardener fortnightly on fridays', 'create_recurring', rec('pay the gardener', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=FR', 'friday')],
  ['add review the budget every quarter', 'create_recurring', rec('review the budget', 'FREQ=MONTHLY;INTERVAL=3')],
  ['can you add a recurring task to feed the fish every day', 'create_recurring', rec('feed the fish', 'daily')],
  ['set up a weekly reminder to call mum on sundays', 'create_recurring', rec('call mum', 'FREQ=WEEKLY;BYDAY=SU', 'sunday')],
  ['I want to go running every tuesday and saturday', 'create_recurring', rec('go running', 'FREQ=WEEKLY;BYDAY=TU,SA', 'saturday')],
  ['I need to water the plants every 4 days', 'create_recurring', rec('water the plants', 'FREQ=DAILY;INTERVAL=4')],
  [
    'please add mow the lawn every saturday morning, thanks',
    'create_recurring',
    rec('mow the lawn', 'FREQ=WEEKLY;BYDAY=SA', 'saturday morning'),
  ],
  ['add practice guitar daily at 6pm', 'create_recurring', rec('practice guitar', 'daily', 'at 6pm')],
  ['add empty the dehumidifier every other day', 'create_recurring', rec('empty the dehumidifier', 'FREQ=DAILY;INTERVAL=2')],
  ['add bins out every week on tuesday', 'create_recurring', rec('bins out', 'FREQ=WEEKLY;BYDAY=TU', 'tuesday')],
  ['add family call every sunday at 5', 'create_recurring', rec('family call', 'FREQ=WEEKLY;BYDAY=SU', 'sunday 5pm')],
  ['remind me every friday to submit my hours', 'create_recurring', rec('submit my hours', 'FREQ=WEEKLY;BYDAY=FR', 'friday')],
  ['ping me every morning at 8 to take my meds', 'create_recurring', rec('take my meds', 'daily', 'tomorrow 8am')],
  ['nudge me every 2 weeks to water the orchid', 'create_recurring', rec('water the orchid', 'FREQ=WEEKLY;INTERVAL=2')],
  ['every month on the 25th transfer savings', 'create_recurring', rec('transfer savings', 'FREQ=MONTHLY;BYMONTHDAY=25', 'the 25th')],
  ['add do the big shop on weekends', 'create_recurring', rec('do the big shop', 'FREQ=WEEKLY;BYDAY=SA,SU')],
  ['make the gym task repeat every mon and wed', 'update_task', { recurring: 'FREQ=WEEKLY;BYDAY=MO,WE' }, t('gym')],
  ['change the recurrence of 5 to monthly', 'update_task', { recurring: 'monthly' }, id(5)],
  ['the bins should repeat weekly', 'update_task', { recurring: 'weekly' }, t('bins')],
  ["let's make the water plants task recur every 3 days", 'update_task', { recurring: 'FREQ=DAILY;INTERVAL=3' }, t('water plants')],
  ['set it to repeat each friday', 'update_task', { recurring: 'FREQ=WEEKLY;BYDAY=FR' }, last],
  ['make it repeat', null],
  ['make it repeat every day', 'update_task', { recurring: 'daily' }, last],
  ['it should recur every other week', 'update_task', { recurring: 'FREQ=WEEKLY;INTERVAL=2' }, last],
  ['remove the recurrence from task 8', 'update_task', { recurring: null }, id(8)],
  ['stop the standup repeating', 'update_task', { recurring: null }, t('standup')],
  ['the newsletter no longer needs to repeat', 'update_task', { recurring: null }, t('newsletter')],
  ['make the rent repeat on the 1st of every month', 'update_task', { recurring: 'FREQ=MONTHLY;BYMONTHDAY=1' }, t('rent')],
  ['add call grandma on her birthday every year', null],
  ['add water the ferns every wed', 'create_recurring', rec('water the ferns', 'FREQ=WEEKLY;BYDAY=WE', 'wednesday')],
  ['add bins every thurs night', 'create_recurring', rec('bins', 'FREQ=WEEKLY;BYDAY=TH', 'thursday night')],
  ['every single monday team standup at 10', 'create_recurring', rec('team standup', 'FREQ=WEEKLY;BYDAY=MO', 'monday 10am')],
  ['swim every mon, wed & fri', 'create_recurring', rec('swim', 'FREQ=WEEKLY;BYDAY=MO,WE,FR', 'friday')],
  ['each week call the accountant', 'create_recurring', rec('call the accountant', 'weekly')],
  ['every month pay the phone bill', 'create_recurring', rec('pay the phone bill', 'monthly')],
  ['add meditate each morning', 'create_recurring', rec('meditate', 'daily')],
  ['add check the tyre pressure every 2 months', 'create_recurring', rec('check the tyre pressure', 'FREQ=MONTHLY;INTERVAL=2')],
  ['weekly on mondays: plan the week', 'create_recurring', rec('plan the week', 'FREQ=WEEKLY;BYDAY=MO', 'monday')],
  ['add bins out every tuesday night', 'create_recurring', rec('bins out', 'FREQ=WEEKLY;BYDAY=TU', 'tuesday night')],
];

const read = (sentence: string) => interpret(sentence, { projects: CORPUS_PROJECTS });

describe('the offline interpreter on rules said in many ways', () => {
  it.each(ROWS)('reads %j', (phrase, tool, args = {}, target) => {
    expect(meaning(asCall(read(phrase)))).toBe(meaning({ tool, args, ...(target ? { target } : {}) }));
  });
});
