import { describe, it } from 'vitest';
import { reads, sampleChoices } from './grid-sample.ts';
import { id, last, type Said as Row, t } from './said-rows.ts';

// Rules said in other moods and shapes than a command: a wish, a habit, the rule in brackets or after a dash, the rule
// first, a reminder that repeats; a rule changed or stopped on a task that exists, said as a command, a question or
// news; reminders and dates on tasks that exist. A seeded sample of each grid, and the odd shapes by hand. Compared by
// meaning, as the language evaluation compares (its clock: Thursday 22 January 2026 at noon UTC).

interface RuleForm {
  said: string;
  pattern: string;
  day?: string;
}

const RULES: RuleForm[] = [
  { said: 'every day', pattern: 'daily' },
  { said: 'daily', pattern: 'daily' },
  { said: 'every week', pattern: 'weekly' },
  { said: 'on a weekly basis', pattern: 'weekly' },
  { said: 'every 3 days', pattern: 'FREQ=DAILY;INTERVAL=3' },
  { said: 'every other week', pattern: 'FREQ=WEEKLY;INTERVAL=2' },
  { said: 'once a month', pattern: 'monthly' },
  { said: 'every monday', pattern: 'FREQ=WEEKLY;BYDAY=MO', day: 'monday' },
  { said: 'on mondays', pattern: 'FREQ=WEEKLY;BYDAY=MO', day: 'monday' },
  { said: 'every tuesday and friday', pattern: 'FREQ=WEEKLY;BYDAY=TU,FR', day: 'tuesday or friday' },
  { said: 'every sunday evening', pattern: 'FREQ=WEEKLY;BYDAY=SU', day: 'sunday evening' },
  { said: 'on tuesday nights', pattern: 'FREQ=WEEKLY;BYDAY=TU', day: 'tuesday night' },
  { said: 'on the 1st of every month', pattern: 'FREQ=MONTHLY;BYMONTHDAY=1', day: 'the 1st' },
];
const TITLES = ['water the plants', 'call mum', 'take the bins out', 'pay the cleaner'];

/** How the errand and its rule are wrapped. */
const SHAPES: ((title: string, rule: string) => string)[] = [
  (title, rule) => `${title} ${rule}`,
  (title, rule) => `i'd like to ${title} ${rule}`,
  (title, rule) => `${title}, ${rule}`,
  (title, rule) => `${title} (${rule})`,
  (title, rule) => `${title} - ${rule}`,
  (title, rule) => `${rule}: ${title}`,
  (title, rule) => `remind me to ${title} ${rule}`,
  (title, rule) => `remind me ${rule} to ${title}`,
  (title, rule) => `${rule} remind me to ${title}`,
  (title, rule) => `add a recurring task to ${title} ${rule}`,
  (title, rule) => `new recurring task: ${title} ${rule}`,
  (title, rule) => `please add ${title} ${rule} thanks`,
];

const MOOD_ROWS = sampleChoices<[(title: string, rule: string) => string, RuleForm, string]>(
  [SHAPES, RULES, TITLES],
  109,
  53,
  (shape, rule, title) => [
    shape(title, rule.said),
    'create_recurring',
    { title, pattern: rule.pattern, ...(rule.day ? { due_date: rule.day } : {}) },
  ],
);

/** A rule changed on a task that exists. */
const CHANGES: ((ref: string, rule: string) => string)[] = [
  (ref, rule) => `make ${ref} repeat ${rule}`,
  (ref, rule) => `set ${ref} to repeat ${rule}`,
  (ref, rule) => `have ${ref} repeat ${rule}`,
  (ref, rule) => `${ref} should repeat ${rule} now`,
  (ref, rule) => `${ref} is now ${rule}`,
  (ref, rule) => `can ${ref} repeat ${rule}?`,
  (ref, rule) => `update the recurrence of ${ref} to ${rule}`,
  (ref, rule) => `change how often ${ref} repeats to ${rule}`,
];
const CHANGE_RULES = RULES.filter(({ said }) => !/^on\s+(?:a|the)\b|nights$/.test(said));
const REFS: [said: string, ref: ReturnType<typeof t>][] = [
  ['the gym task', t('gym')],
  ['the bins task', t('bins')],
  ['task 12', id(12)],
];
const CHANGE_ROWS = sampleChoices<[(ref: string, rule: string) => string, RuleForm, [string, ReturnType<typeof t>]]>(
  [CHANGES, CHANGE_RULES, REFS],
  52,
  59,
  (shape, rule, [said, ref]) => [shape(said, rule.said), 'update_task', { recurring: rule.pattern }, ref],
);

const HAND: Row[] = [
  // A rule stopped.
  ['end the series for the gym', 'update_task', { recurring: null }, t('gym')],
  ['stop repeating the gym', 'update_task', { recurring: null }, t('gym')],
  ['make the gym a one-off', 'update_task', { recurring: null }, t('gym')],
  ['turn off the repeat on the gym', 'update_task', { recurring: null }, t('gym')],
  ['the gym is no longer recurring', 'update_task', { recurring: null }, t('gym')],
  ['make it not repeat', 'update_task', { recurring: null }, last],
  // A habit said as news about a task is asked about, never a task titled "the quiz is".
  ['the quiz is on tuesday nights', null],
  ['bins out tuesday nights', 'create_recurring', { title: 'bins out', pattern: 'FREQ=WEEKLY;BYDAY=TU', due_date: 'tuesday night' }],
  ['i go swimming every wednesday', 'create_recurring', { title: 'go swimming', pattern: 'FREQ=WEEKLY;BYDAY=WE', due_date: 'wednesday' }],
  // Days listed after the errand without "every": each week, or one of them once? Asked.
  ['water plants mon, wed, fri', null],
  ['gym monday and thursday at 7', null],
  ['call mum monday or tuesday', null],
  [
    'add gym every mon, wed & fri',
    'create_recurring',
    { title: 'gym', pattern: 'FREQ=WEEKLY;BYDAY=MO,WE,FR', due_date: 'monday or wednesday or friday' },
  ],
  ['pay the cleaner (on mondays)', 'create_recurring', { title: 'pay the cleaner', pattern: 'FREQ=WEEKLY;BYDAY=MO', due_date: 'monday' }],
  // Rhythms said in one word, and days said in the plural after the errand.
  ['backup semi-annually', 'create_recurring', { title: 'backup', pattern: 'FREQ=MONTHLY;INTERVAL=6' }],
  ['backup half-yearly', 'create_recurring', { title: 'backup', pattern: 'FREQ=MONTHLY;INTERVAL=6' }],
  ['backup bi-monthly', 'create_recurring', { title: 'backup', pattern: 'FREQ=MONTHLY;INTERVAL=2' }],
  ['backup quarterly', 'create_recurring', { title: 'backup', pattern: 'FREQ=MONTHLY;INTERVAL=3' }],
  ['add quarterly report', 'add_task', { title: 'quarterly report' }],
  ['stretch nightly at 10pm', 'create_recurring', { title: 'stretch', pattern: 'daily', due_date: '2026-01-22T22:00' }],
  ['standup weekday mornings', 'create_recurring', { title: 'standup', pattern: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR' }],
  ['standup weeknights', 'create_recurring', { title: 'standup', pattern: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR' }],
  ['standup on business days', 'create_recurring', { title: 'standup', pattern: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR' }],
  ['standup weekdays at 9', 'create_recurring', { title: 'standup', pattern: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', due_date: 'friday 9am' }],
  ['team sync mondays 9am', 'create_recurring', { title: 'team sync', pattern: 'FREQ=WEEKLY;BYDAY=MO', due_date: 'monday 9am' }],
  [
    'team sync every monday at 9am sharp',
    'create_recurring',
    { title: 'team sync', pattern: 'FREQ=WEEKLY;BYDAY=MO', due_date: 'monday 9am' },
  ],
  [
    'book club alternate fridays',
    'create_recurring',
    { title: 'book club', pattern: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=FR', due_date: 'friday' },
  ],
  [
    'pay bills on the 1st and 15th',
    'create_recurring',
    { title: 'pay bills', pattern: 'FREQ=MONTHLY;BYMONTHDAY=1,15', due_date: 'the 1st' },
  ],
  ['meal prep - repeat every monday', 'create_recurring', { title: 'meal prep', pattern: 'FREQ=WEEKLY;BYDAY=MO', due_date: 'monday' }],
  ['meal prep recurring weekly', 'create_recurring', { title: 'meal prep', pattern: 'weekly' }],
  // A rule with a reminder's lead time: create_recurring takes none, add_task takes both, never read into the title.
  [
    'every sunday at 6pm call mum, remind me an hour before',
    'add_task',
    { title: 'call mum', due_date: 'sunday at 6pm', recurring: 'FREQ=WEEKLY;BYDAY=SU', remind_before: '1h' },
  ],
  [
    'submit timesheet every friday at 5pm and remind me 30 minutes before',
    'add_task',
    { title: 'submit timesheet', due_date: 'friday at 5pm', recurring: 'FREQ=WEEKLY;BYDAY=FR', remind_before: '30m' },
  ],
  [
    'add call mum every sunday with a 1 hour reminder',
    'add_task',
    { title: 'call mum', due_date: 'sunday', recurring: 'FREQ=WEEKLY;BYDAY=SU', remind_before: '1h' },
  ],
  // A rule with no first date has nothing to remind before: still asked.
  ['water the plants every 3 days, remind me an hour before', null],
  [
    'water plants every 3 days remind me at 8am',
    'create_recurring',
    { title: 'water plants', pattern: 'FREQ=DAILY;INTERVAL=3', due_date: '2026-01-23T08:00' },
  ],
  [
    'water the garden every evening except sunday',
    'create_recurring',
    { title: 'water the garden', pattern: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA', due_date: '2026-01-22T20:00' },
  ],
  [
    'set up call mum as recurring every sunday',
    'create_recurring',
    { title: 'call mum', pattern: 'FREQ=WEEKLY;BYDAY=SU', due_date: 'sunday' },
  ],
  [
    'can you make me a task that repeats every monday to check the post',
    'create_recurring',
    { title: 'check the post', pattern: 'FREQ=WEEKLY;BYDAY=MO', due_date: 'monday' },
  ],
  // "cancel" with a rule or a reminder's lead time is an errand; alone it still deletes.
  [
    'cancel netflix wednesday 7pm - ping me 2h before',
    'add_task',
    { title: 'cancel netflix', due_date: '2026-01-28T19:00', remind_before: '2h' },
  ],
  [
    'cancel the gym trial monthly on the 1st',
    'create_recurring',
    { title: 'cancel the gym trial', pattern: 'FREQ=MONTHLY;BYMONTHDAY=1', due_date: 'the 1st' },
  ],
  ['cancel the dentist', 'delete_task', {}, t('dentist')],
  ['cancel the recurrence on the gym', 'update_task', { recurring: null }, t('gym')],
  // Rhythms without days or a number are asked about.
  ['water the plants three times a week', null],
  ['water the plants every few days', null],
  // Reminders on tasks that exist.
  ['turn off the dentist reminder', 'set_reminder', { clear: true }, t('dentist')],
  ['cancel the dentist reminder', 'set_reminder', { clear: true }, t('dentist')],
  ['turn off reminders for 12', 'set_reminder', { clear: true }, id(12)],
  ['no more reminders for 4', 'set_reminder', { clear: true }, id(4)],
  ['the dentist reminder should be at 8', 'set_reminder', { at: '2026-01-23T08:00' }, t('dentist')],
  ['move the reminder for the dentist to 8am', 'set_reminder', { at: '2026-01-23T08:00' }, t('dentist')],
  ['change the dentist reminder to 30 minutes before', 'set_reminder', { before: '30m' }, t('dentist')],
  ['notify me 15 minutes ahead of the meeting', 'set_reminder', { before: '15m' }, t('meeting')],
  ['remind me the night before the trip', 'set_reminder', { before: '1d' }, t('trip')],
  [
    "dentist friday 3pm, I'd like a reminder the day before",
    'add_task',
    { title: 'dentist', due_date: '2026-01-23T15:00', remind_before: '1d' },
  ],
  ['set reminder: call mum 6pm', 'add_task', { title: 'call mum', due_date: '2026-01-22T18:00', remind_before: '0m' }],
  ['call mum at 6 and remind me', 'add_task', { title: 'call mum', due_date: '2026-01-22T18:00', remind_before: '0m' }],
  ['call mum tomorrow, and remind me', 'add_task', { title: 'call mum', due_date: '2026-01-23T09:00', remind_before: '0m' }],
  // "the morning of": 09:00 on the due day, a lead time from a due date with its time; without one, asked.
  [
    'book club wednesday 7pm, remind me on the morning of',
    'add_task',
    { title: 'book club', due_date: '2026-01-28T19:00', remind_before: '10h' },
  ],
  ['remind me the morning of the trip', null],
  ['remind me in the evening to call mum', 'add_task', { title: 'call mum', due_date: '2026-01-22T20:00', remind_before: '0m' }],
  // Dates on new tasks and moves. An errand's verb said without "add", then its date.
  ['hand in the essay friday', 'add_task', { title: 'hand in the essay', due_date: '2026-01-23T09:00' }],
  ['sort the recycling tonight', 'add_task', { title: 'sort the recycling', due_date: 'tonight' }],
  ['review the contract tomorrow', 'add_task', { title: 'review the contract', due_date: '2026-01-23T09:00' }],
  ['sort out the spare room tomorrow', 'add_task', { title: 'sort out the spare room', due_date: '2026-01-23T09:00' }],
  ['ask sam about the invoice friday', 'add_task', { title: 'ask sam about the invoice', due_date: '2026-01-23T09:00' }],
  ['call mum in the morning', 'add_task', { title: 'call mum', due_date: '2026-01-23T09:00' }],
  ['call mum tomorrow in the morning', 'add_task', { title: 'call mum', due_date: '2026-01-23T09:00' }],
  ['call mum friday in the afternoon', 'add_task', { title: 'call mum', due_date: '2026-01-23T15:00' }],
  ['call mum at 7 in the morning', 'add_task', { title: 'call mum', due_date: '2026-01-23T07:00' }],
  ['call mum no later than friday', 'add_task', { title: 'call mum', due_date: '2026-01-23T09:00' }],
  ['dentist -> friday', 'set_due_date', { date: '2026-01-23T09:00' }, t('dentist')],
  ['park the newsletter until next week', 'set_due_date', { date: 'next week' }, t('newsletter')],
  ['park the reading list, low prio', 'set_priority', { priority: 'low' }, t('reading list')],
  ['leave the newsletter till next month', 'set_due_date', { date: 'next month' }, t('newsletter')],
  ['the dentist is now on friday', 'set_due_date', { date: '2026-01-23T09:00' }, t('dentist')],
  ['can the dentist be on friday instead?', 'set_due_date', { date: '2026-01-23T09:00' }, t('dentist')],
];

describe('the offline interpreter on rules in other moods, rule changes, reminders and dates on tasks', () => {
  it.each(MOOD_ROWS)('reads the rule in %j', reads);
  it.each(CHANGE_ROWS)('reads the change of rule in %j', reads);
  it.each(HAND)('reads %j', reads);
});
