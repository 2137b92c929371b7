import { describe, expect, it } from 'vitest';
import { CORPUS_PROJECTS } from './eval/language-corpus.ts';
import { asCall, meaning } from './eval/language-eval.ts';
import { interpret, type TaskRef } from './offline-interpreter.ts';

// Rules said yet other ways, written before reading the rules that read them: chatter around the request, the rule
// said as a habit ("I do laundry every sunday"), other words for repeating ("recur", "on repeat", "a regular"), counts
// in words, a rule changed or dropped on a task that exists.
// Compared by meaning, as the language evaluation compares (its clock: Thursday 22 January 2026 at noon UTC).

const t = (title: string): TaskRef => ({ title });
const id = (n: number): TaskRef => ({ id: n });
const last: TaskRef = { last: true };
type Row = [phrase: string, tool: string | null, args?: Record<string, unknown>, target?: TaskRef];
const WD = 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR';
const rec = (title: string, pattern: string, due_date?: string) => ({ title, pattern, ...(due_date ? { due_date } : {}) });

const ROWS: Row[] = [
  ['ok so every thursday i need to put the green bin out', 'create_recurring', rec('put the green bin out', 'FREQ=WEEKLY;BYDAY=TH', 'thursday')],
  ['hey can you add water the tomatoes every evening thx', 'create_recurring', rec('water the tomatoes', 'daily')],
  ['add clean the litter box every 2 days please!', 'create_recurring', rec('clean the litter box', 'FREQ=DAILY;INTERVAL=2')],
  ['Add "pay rent" every month on the 1st', 'create_recurring', rec('pay rent', 'FREQ=MONTHLY;BYMONTHDAY=1', 'feb 1')],
  ['add vacuum every saturday 🧹', 'create_recurring', rec('vacuum', 'FREQ=WEEKLY;BYDAY=SA', 'saturday')],
  ['ADD TAKE BINS OUT EVERY MONDAY NIGHT', 'create_recurring', rec('TAKE BINS OUT', 'FREQ=WEEKLY;BYDAY=MO', 'monday night')],
  ['add water plants every tuesday and friday', 'create_recurring', rec('water plants', 'FREQ=WEEKLY;BYDAY=TU,FR', 'friday')],
  ['add call mom every sunday at 11am', 'create_recurring', rec('call mom', 'FREQ=WEEKLY;BYDAY=SU', 'sunday 11am')],
  ['add change the bedsheets every two weeks', 'create_recurring', rec('change the bedsheets', 'FREQ=WEEKLY;INTERVAL=2')],
  ['add get a haircut every five weeks', 'create_recurring', rec('get a haircut', 'FREQ=WEEKLY;INTERVAL=5')],
  ['add water the orchid every ten days', 'create_recurring', rec('water the orchid', 'FREQ=DAILY;INTERVAL=10')],
  ['add dentist every six months', 'create_recurring', rec('dentist', 'FREQ=MONTHLY;INTERVAL=6')],
  ['add eye test every two years', 'create_recurring', rec('eye test', 'FREQ=YEARLY;INTERVAL=2')],
  ['add pay the council tax on the 1st every month', 'create_recurring', rec('pay the council tax', 'FREQ=MONTHLY;BYMONTHDAY=1', 'feb 1')],
  ['add pay the rent on the first of every month', 'create_recurring', rec('pay the rent', 'FREQ=MONTHLY;BYMONTHDAY=1', 'feb 1')],
  ['add take out recycling biweekly', 'create_recurring', rec('take out recycling', 'FREQ=WEEKLY;INTERVAL=2')],
  ['add team sync every monday wednesday and friday', 'create_recurring', rec('team sync', 'FREQ=WEEKLY;BYDAY=MO,WE,FR', 'friday')],
  ['add journal every night before bed', 'create_recurring', rec('journal before bed', 'daily')],
  ['i do laundry every sunday', 'create_recurring', rec('do laundry', 'FREQ=WEEKLY;BYDAY=SU', 'sunday')],
  ['i have piano lessons every wednesday at 4', 'create_recurring', rec('piano lessons', 'FREQ=WEEKLY;BYDAY=WE', 'wednesday 4pm')],
  ['need to take my vitamins every day', 'create_recurring', rec('take my vitamins', 'daily')],
  ['gotta call grandma every sunday', 'create_recurring', rec('call grandma', 'FREQ=WEEKLY;BYDAY=SU', 'sunday')],
  ['remember to water the plants every 3 days', 'create_recurring', rec('water the plants', 'FREQ=DAILY;INTERVAL=3')],
  ['create a task to back up the laptop every month', 'create_recurring', rec('back up the laptop', 'monthly')],
  ['create a recurring task: mop the floors every week', 'create_recurring', rec('mop the floors', 'weekly')],
  ['new task pay the nanny every friday', 'create_recurring', rec('pay the nanny', 'FREQ=WEEKLY;BYDAY=FR', 'friday')],
  ['add brush the dog every other week', 'create_recurring', rec('brush the dog', 'FREQ=WEEKLY;INTERVAL=2')],
  ['add piano practice every other day', 'create_recurring', rec('piano practice', 'FREQ=DAILY;INTERVAL=2')],
  ['add check the mail every weekday', 'create_recurring', rec('check the mail', WD)],
  ['add go to the market every saturday morning at 9', 'create_recurring', rec('go to the market', 'FREQ=WEEKLY;BYDAY=SA', 'saturday 9am')],
  ['add bins on thursday every week', 'create_recurring', rec('bins', 'FREQ=WEEKLY;BYDAY=TH', 'thursday')],
  ['add a task to pay rent monthly', 'create_recurring', rec('pay rent', 'monthly')],
  ['add gym three times a week', 'add_task', { title: 'gym three times a week' }],
  ['add medication twice a day', 'add_task', { title: 'medication twice a day' }],
  ['every day at noon stretch', 'create_recurring', rec('stretch', 'daily', 'at noon')],
  ['every night at 10 take meds', 'create_recurring', rec('take meds', 'daily', 'today 10pm')],
  ['every morning at 6:30 go for a run', 'create_recurring', rec('go for a run', 'daily', 'tomorrow 6:30am')],
  ['daily: check slack', 'create_recurring', rec('check slack', 'daily')],
  ['weekly on fridays send status report', 'create_recurring', rec('send status report', 'FREQ=WEEKLY;BYDAY=FR', 'friday')],
  ['every 2 weeks on monday pay the cleaner', 'create_recurring', rec('pay the cleaner', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO', 'monday')],
  ['add pay the cleaner every 2 weeks on a monday', 'create_recurring', rec('pay the cleaner', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO', 'monday')],
  ['add book club every third thursday of the month', 'create_recurring', rec('book club', 'FREQ=MONTHLY;BYDAY=3TH')],
  ['add rent on the last day of every month', 'create_recurring', rec('rent', 'FREQ=MONTHLY;BYMONTHDAY=-1')],
  ['add clean gutters every autumn', 'add_task', { title: 'clean gutters every autumn' }],
  ['add renew passport every 10 years', 'create_recurring', rec('renew passport', 'FREQ=YEARLY;INTERVAL=10')],
  ['add pay the car tax every year on the 1st of may', 'create_recurring', rec('pay the car tax', 'FREQ=YEARLY', 'may 1')],
  ['add christmas cards every year in december', null],
  ['add stand-up evey weekday at 9', 'create_recurring', rec('stand-up', WD, 'friday 9am')],
  ['add read 20 pages everyday', 'create_recurring', rec('read 20 pages', 'daily')],
  ['add walk the dog every day at 7am and 6pm', null],
  // Changing the rule of a task that exists.
  ['make the laundry task weekly', 'update_task', { recurring: 'weekly' }, t('laundry')],
  ['change the gym to every monday', 'update_task', { recurring: 'FREQ=WEEKLY;BYDAY=MO' }, t('gym')],
  ['have the bins repeat on thursdays', 'update_task', { recurring: 'FREQ=WEEKLY;BYDAY=TH' }, t('bins')],
  ['set task 3 to repeat monthly', 'update_task', { recurring: 'monthly' }, id(3)],
  ['make #4 recurring every week', 'update_task', { recurring: 'weekly' }, id(4)],
  ['can you make the standup recur daily', 'update_task', { recurring: 'daily' }, t('standup')],
  ['please make the water plants task repeat every 2 days', 'update_task', { recurring: 'FREQ=DAILY;INTERVAL=2' }, t('water plants')],
  ['update the newsletter so it repeats every friday', 'update_task', { recurring: 'FREQ=WEEKLY;BYDAY=FR' }, t('newsletter')],
  ['change the rent task to repeat on the 5th of each month', 'update_task', { recurring: 'FREQ=MONTHLY;BYMONTHDAY=5' }, t('rent')],
  ['the gym should recur every other day', 'update_task', { recurring: 'FREQ=DAILY;INTERVAL=2' }, t('gym')],
  ['make it repeat every tuesday and thursday', 'update_task', { recurring: 'FREQ=WEEKLY;BYDAY=TU,TH' }, last],
  ['make that weekly', 'update_task', { recurring: 'weekly' }, last],
  ['make it monthly instead', 'update_task', { recurring: 'monthly' }, last],
  ['actually make it every 3 weeks', 'update_task', { recurring: 'FREQ=WEEKLY;INTERVAL=3' }, last],
  ['set the bins to weekly', 'update_task', { recurring: 'weekly' }, t('bins')],
  ['can task 7 repeat every weekday', 'update_task', { recurring: WD }, id(7)],
  ['the newsletter is every two weeks now', 'update_task', { recurring: 'FREQ=WEEKLY;INTERVAL=2' }, t('newsletter')],
  // Stopping a rule.
  ['stop the gym task from recurring', 'update_task', { recurring: null }, t('gym')],
  ['make the bins not repeat', 'update_task', { recurring: null }, t('bins')],
  ['remove repeat from task 6', 'update_task', { recurring: null }, id(6)],
  ['delete the recurrence on the newsletter', 'update_task', { recurring: null }, t('newsletter')],
  ['turn off recurrence for 2', 'update_task', { recurring: null }, id(2)],
  ['it should not repeat', 'update_task', { recurring: null }, last],
  ['stop repeating the standup', 'update_task', { recurring: null }, t('standup')],
  ['no more repeating for the rent task', 'update_task', { recurring: null }, t('rent')],
  ['make task 5 one-off', 'update_task', { recurring: null }, id(5)],
  ['clear the repeat on it', 'update_task', { recurring: null }, last],
  ["don't repeat it anymore", 'update_task', { recurring: null }, last],
  ['stop recurring', 'update_task', { recurring: null }, last],
  ['make it a one off', 'update_task', { recurring: null }, last],
  ['end the recurrence of the yoga task', 'update_task', { recurring: null }, t('yoga')],
  // A second batch: the rule at the end after a comma, "on repeat", "regularly" words, British spellings, days as "mon's".
  ['add take the bins out, every tuesday', 'create_recurring', rec('take the bins out', 'FREQ=WEEKLY;BYDAY=TU', 'tuesday')],
  ['water the plants - every 3 days', 'create_recurring', rec('water the plants', 'FREQ=DAILY;INTERVAL=3')],
  ['add feed the cat twice daily', 'add_task', { title: 'feed the cat twice daily' }],
  ['add call the bank every weekday morning', 'create_recurring', rec('call the bank', WD)],
  ['add standup every weekday morning at 9', 'create_recurring', rec('standup', WD, 'friday 9am')],
  ['add invoice clients on the last working day of the month', 'add_task', { title: 'invoice clients on the last working day of the month' }],
  ['add pay the rent every 4 weeks', 'create_recurring', rec('pay the rent', 'FREQ=WEEKLY;INTERVAL=4')],
  ['add pay the rent every four weeks on friday', 'create_recurring', rec('pay the rent', 'FREQ=WEEKLY;INTERVAL=4;BYDAY=FR', 'friday')],
  ['add swimming lessons every saturday at 10:30', 'create_recurring', rec('swimming lessons', 'FREQ=WEEKLY;BYDAY=SA', 'saturday 10:30am')],
  ['add recycling every second week', 'create_recurring', rec('recycling', 'FREQ=WEEKLY;INTERVAL=2')],
  ['add bin day every other tuesday night', 'create_recurring', rec('bin day', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU', 'tuesday night')],
  ['add meal prep each sunday', 'create_recurring', rec('meal prep', 'FREQ=WEEKLY;BYDAY=SU', 'sunday')],
  ['add meal prep every sun', 'create_recurring', rec('meal prep', 'FREQ=WEEKLY;BYDAY=SU', 'sunday')],
  ['add team retro every 2 weeks on wednesday at 3pm', 'create_recurring', rec('team retro', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=WE', 'wednesday 3pm')],
  ['add pay credit card monthly on the 20th', 'create_recurring', rec('pay credit card', 'FREQ=MONTHLY;BYMONTHDAY=20', 'feb 20')],
  ['add check smoke alarm every month on the first', 'create_recurring', rec('check smoke alarm', 'FREQ=MONTHLY;BYMONTHDAY=1', 'feb 1')],
  ['add wedding anniversary every year on 12 august', 'create_recurring', rec('wedding anniversary', 'FREQ=YEARLY', 'august 12')],
  ['add renew insurance annually on the 3rd of march', 'create_recurring', rec('renew insurance', 'FREQ=YEARLY', 'march 3')],
  ['add clean the filter every 3rd week', 'create_recurring', rec('clean the filter', 'FREQ=WEEKLY;INTERVAL=3')],
  ['could you set up a daily task to check the post', 'create_recurring', rec('check the post', 'daily')],
  ['pls add a recurring task every monday to plan the week', 'create_recurring', rec('plan the week', 'FREQ=WEEKLY;BYDAY=MO', 'monday')],
  ['I need a weekly task to clean the fish tank', 'create_recurring', rec('clean the fish tank', 'weekly')],
  ['every other month get a haircut', 'create_recurring', rec('get a haircut', 'FREQ=MONTHLY;INTERVAL=2')],
  ['every 6 weeks haircut', 'create_recurring', rec('haircut', 'FREQ=WEEKLY;INTERVAL=6')],
  ['each evening at 9 tidy the kitchen', 'create_recurring', rec('tidy the kitchen', 'daily', 'today 9pm')],
  ['every sat morning: parkrun', 'create_recurring', rec('parkrun', 'FREQ=WEEKLY;BYDAY=SA', 'saturday morning')],
  ['make the garden task happen every week', 'update_task', { recurring: 'weekly' }, t('garden')],
  ['change the repeat on the bins to every other week', 'update_task', { recurring: 'FREQ=WEEKLY;INTERVAL=2' }, t('bins')],
  ['change task 2 to repeat every tuesday', 'update_task', { recurring: 'FREQ=WEEKLY;BYDAY=TU' }, id(2)],
  ['set the newsletter to repeat monthly', 'update_task', { recurring: 'monthly' }, t('newsletter')],
  ['the gym task needs to repeat every mon and fri', 'update_task', { recurring: 'FREQ=WEEKLY;BYDAY=MO,FR' }, t('gym')],
  ['make it every weekday', 'update_task', { recurring: WD }, last],
  ['make it fortnightly', 'update_task', { recurring: 'FREQ=WEEKLY;INTERVAL=2' }, last],
  ['ok make it repeat every week', 'update_task', { recurring: 'weekly' }, last],
  ['hmm, make that one monthly', 'update_task', { recurring: 'monthly' }, last],
  ['stop repeating please', 'update_task', { recurring: null }, last],
  ['stop the repeats on 10', 'update_task', { recurring: null }, id(10)],
  ['no more repeats on the gym task please', 'update_task', { recurring: null }, t('gym')],
  ['the yoga task shouldnt repeat anymore', 'update_task', { recurring: null }, t('yoga')],
  ['turn off recurring on it', 'update_task', { recurring: null }, last],
];

const read = (sentence: string) => interpret(sentence, { projects: CORPUS_PROJECTS });

describe('the offline interpreter on rules said yet other ways', () => {
  it.each(ROWS)('reads %j', (phrase, tool, args = {}, target) => {
    expect(meaning(asCall(read(phrase)))).toBe(meaning({ tool, args, ...(target ? { target } : {}) }));
  });
});
