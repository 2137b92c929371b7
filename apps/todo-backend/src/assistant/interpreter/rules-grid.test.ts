import { describe, it } from 'vitest';
import { reads, sampleChoices } from './grid-sample.ts';
import { type Said as Row, t } from './said-rows.ts';

// Rules, reminders and dates said as a grid of independent choices: the lead-in, the errand, the way the rule or the
// date is said, the time, where the rule stands (after the errand, or first with a colon), the tail ("please",
// "thanks") and capitals. A fixed, seeded sample of the combinations, with every form of a value at least once, each
// with the result it should give. Compared by meaning, as the language evaluation compares (its clock: Thursday
// 22 January 2026 at noon UTC).

const shout = (phrase: string, upper: boolean) => (upper ? phrase.toUpperCase() : phrase);

// --- New series -----------------------------------------------------------------------------------------------------

interface RuleForm {
  said: string;
  pattern: string;
  /** The series' first day when it names one ("monday", "the 3rd"). */
  day?: string;
  /** The days a time falls on when one is said ("saturday or sunday" for the weekend). */
  timedDay?: string;
  /** The part of the day it says, which a bare hour takes. */
  part?: 'am' | 'pm';
}

const WD = 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR';
const WORKDAYS = 'monday or tuesday or wednesday or thursday or friday';
const RULES: RuleForm[] = [
  { said: 'daily', pattern: 'daily' },
  { said: 'every day', pattern: 'daily' },
  { said: 'each day', pattern: 'daily' },
  { said: 'every single day', pattern: 'daily' },
  { said: 'once a day', pattern: 'daily' },
  { said: 'every morning', pattern: 'daily', part: 'am' },
  { said: 'every evening', pattern: 'daily', part: 'pm' },
  { said: 'every other day', pattern: 'FREQ=DAILY;INTERVAL=2' },
  { said: 'every 3 days', pattern: 'FREQ=DAILY;INTERVAL=3' },
  { said: 'every three days', pattern: 'FREQ=DAILY;INTERVAL=3' },
  { said: 'weekly', pattern: 'weekly' },
  { said: 'every week', pattern: 'weekly' },
  { said: 'once a week', pattern: 'weekly' },
  { said: 'fortnightly', pattern: 'FREQ=WEEKLY;INTERVAL=2' },
  { said: 'biweekly', pattern: 'FREQ=WEEKLY;INTERVAL=2' },
  { said: 'every other week', pattern: 'FREQ=WEEKLY;INTERVAL=2' },
  { said: 'every 2 weeks', pattern: 'FREQ=WEEKLY;INTERVAL=2' },
  { said: 'monthly', pattern: 'monthly' },
  { said: 'every month', pattern: 'monthly' },
  { said: 'once a month', pattern: 'monthly' },
  { said: 'monthly on the 3rd', pattern: 'FREQ=MONTHLY;BYMONTHDAY=3', day: 'the 3rd' },
  { said: 'on the 3rd of every month', pattern: 'FREQ=MONTHLY;BYMONTHDAY=3', day: 'the 3rd' },
  { said: 'every month on the 15th', pattern: 'FREQ=MONTHLY;BYMONTHDAY=15', day: 'the 15th' },
  // A monthly rule that names its day: a time said with it is given alone, and create_recurring moves the first due
  // date onto the rule (firstOnRule), which the interpreter, reading without a clock, cannot name.
  { said: 'on the last day of each month', pattern: 'FREQ=MONTHLY;BYMONTHDAY=-1' },
  { said: 'every quarter', pattern: 'FREQ=MONTHLY;INTERVAL=3' },
  { said: 'yearly', pattern: 'FREQ=YEARLY' },
  { said: 'every year', pattern: 'FREQ=YEARLY' },
  { said: 'annually', pattern: 'FREQ=YEARLY' },
  { said: 'yearly on 4 july', pattern: 'FREQ=YEARLY;BYMONTH=7;BYMONTHDAY=4', day: 'july 4' },
  { said: 'every 4th of july', pattern: 'FREQ=YEARLY;BYMONTH=7;BYMONTHDAY=4', day: 'july 4' },
  { said: 'every weekday', pattern: WD, timedDay: WORKDAYS },
  { said: 'on weekdays', pattern: WD, timedDay: WORKDAYS },
  { said: 'monday to friday', pattern: WD, timedDay: WORKDAYS },
  { said: 'every weekend', pattern: 'FREQ=WEEKLY;BYDAY=SA,SU', timedDay: 'saturday or sunday' },
  { said: 'on weekends', pattern: 'FREQ=WEEKLY;BYDAY=SA,SU', timedDay: 'saturday or sunday' },
  { said: 'every monday', pattern: 'FREQ=WEEKLY;BYDAY=MO', day: 'monday' },
  { said: 'every mon', pattern: 'FREQ=WEEKLY;BYDAY=MO', day: 'monday' },
  { said: 'on mondays', pattern: 'FREQ=WEEKLY;BYDAY=MO', day: 'monday' },
  { said: 'every mon, wed & fri', pattern: 'FREQ=WEEKLY;BYDAY=MO,WE,FR', day: 'monday or wednesday or friday' },
  { said: 'on mondays and thursdays', pattern: 'FREQ=WEEKLY;BYDAY=MO,TH', day: 'monday or thursday' },
  { said: 'every tuesday and friday', pattern: 'FREQ=WEEKLY;BYDAY=TU,FR', day: 'tuesday or friday' },
  { said: 'every other tuesday', pattern: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU', day: 'tuesday' },
  { said: 'every 2 weeks on friday', pattern: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=FR', day: 'friday' },
  // A weekday of the month with a time: that day said in words, which the date reader names with its clock.
  { said: 'the first monday of every month', pattern: 'FREQ=MONTHLY;BYDAY=1MO', timedDay: 'the first monday of the month' },
  { said: 'every sunday evening', pattern: 'FREQ=WEEKLY;BYDAY=SU', day: 'sunday evening', part: 'pm' },
];

/** A time said with the rule, and the time it is as a date phrase reads it ("7" in the morning or the evening). */
const TIMES: [said: string, am: string, pm: string][] = [
  ['', '', ''],
  [' at 7am', '7am', '7am'],
  [' at 7:30', '7:30am', '7:30pm'],
  [' at 19:30', '19:30', '19:30'],
  [' at noon', '12:00', '12:00'],
  [' at 6pm', '6pm', '6pm'],
  [' at 8', '8am', '8pm'],
];
const TITLES = ['water the plants', 'call mum', 'take the bins out', 'renew the passport', 'pay the cleaner'];
const LEADS = ['', 'add ', 'please add ', 'can you add ', 'hey, add ', 'i need to ', "don't let me forget to ", 'remember to '];
const TAILS = ['', ' please', ', thanks', '!'];

/** The first due date the rule and its time give, as a date phrase. */
function firstDue(rule: RuleForm, time: [string, string, string]): string | undefined {
  const [said, am, pm] = time;
  // A bare hour with no part of the day said is the morning's, as "at 8" for a task every day.
  const at = said ? (rule.part === 'pm' ? pm : am) : '';
  if (!at) return rule.day;
  const day = rule.day?.replace(/\s+(?:morning|evening)$/, '') ?? rule.timedDay;
  // A daily or yearly rule with a time: the next such time from now.
  return day ? `${day} at ${at}` : `at ${at}`;
}

const RULE_ROWS = sampleChoices<[RuleForm, [string, string, string], string, string, string, number, number]>(
  [RULES, TIMES, TITLES, LEADS, TAILS, [0, 1, 2], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]],
  259,
  17,
  (rule, time, title, lead, tail, order, caps) => {
    // The rule after the errand, or first: "every monday: call mum", "every monday call mum".
    const [said] = time;
    const phrase =
      order === 0 || lead !== ''
        ? `${lead}${title} ${rule.said}${said}${tail}`
        : order === 1
          ? `${rule.said}${said}: ${title}${tail}`
          : `${rule.said}${said} ${title}${tail}`;
    const due = firstDue(rule, time);
    return [shout(phrase, caps === 0), 'create_recurring', { title, pattern: rule.pattern, ...(due ? { due_date: due } : {}) }];
  },
);

// --- Reminders ------------------------------------------------------------------------------------------------------

const WHEN: [said: string, at: string][] = [
  ['tomorrow at 5pm', '2026-01-23T17:00'],
  ['friday at 10am', '2026-01-23T10:00'],
  ['on monday at 9:30', '2026-01-26T09:30'],
  ['tomorrow at noon', '2026-01-23T12:00'],
  ['the day after tomorrow at 8am', '2026-01-24T08:00'],
  ['on the 29th at 2pm', '2026-01-29T14:00'],
  ['saturday 11am', '2026-01-24T11:00'],
];
const REMIND_VERBS = ['remind me', 'ping me', 'nudge me', 'alert me', 'notify me', 'set a reminder', 'give me a reminder'];
const LEADS_BEFORE: [said: string, before: string][] = [
  ['15 min before', '15m'],
  ['15 minutes before', '15m'],
  ['an hour before', '1h'],
  ['an hour ahead', '1h'],
  ['2 hours before', '2h'],
  ['half an hour before', '30m'],
  ['30 mins early', '30m'],
  ['the day before', '1d'],
  ['a day before', '1d'],
  ['10 minutes beforehand', '10m'],
];
const SEPARATORS = [', ', ' - ', ' and ', '; '];

const REMINDER_ROWS = sampleChoices<[[string, string], string, [string, string], string, string, string, number]>(
  [LEADS_BEFORE, REMIND_VERBS, WHEN, TITLES, SEPARATORS, ['', 'add '], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]],
  120,
  29,
  ([lead, before], verb, [when, at], title, separator, add, caps) => [
    shout(`${add}${title} ${when}${separator}${verb} ${lead}`, caps === 0),
    'add_task',
    { title, due_date: at, remind_before: before },
  ],
);

const REMIND_TO = ['remind me to', 'ping me to', 'nudge me to', 'can you remind me to', 'please remind me to', 'set a reminder to'];
const REMIND_TO_ROWS = sampleChoices<[string, [string, string], string, number]>(
  [REMIND_TO, WHEN, TITLES, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]],
  37,
  31,
  (verb, [when, at], title, caps) => [
    shout(`${verb} ${title} ${when}`, caps === 0),
    'add_task',
    { title, due_date: at, remind_before: '0m' },
  ],
);

/** Reminders on a task that exists: a lead time, a moment, or none. */
const TARGETS: [said: string, ref: ReturnType<typeof t>][] = [
  ['the dentist', t('dentist')],
  ['the dentist task', t('dentist')],
  ['my dentist appointment', t('dentist appointment')],
  ['the car insurance', t('car insurance')],
];
const EXISTING_ROWS: Row[] = [
  ...sampleChoices<[[string, string], [string, ReturnType<typeof t>], string]>(
    [
      LEADS_BEFORE.filter(([said]) => !/^the\s+day/.test(said)),
      TARGETS,
      ['remind me about', 'ping me about', 'set a reminder for', 'nudge me about'],
    ],
    25,
    37,
    ([lead, before], [said, ref], verb) => [`${verb} ${said} ${lead}`, 'set_reminder', { before }, ref],
  ),
  ...sampleChoices<[[string, string], [string, ReturnType<typeof t>], string]>(
    [WHEN, TARGETS, ['remind me about', 'set a reminder on', 'set a reminder for']],
    19,
    41,
    ([when, at], [said, ref], verb) => [`${verb} ${said} ${when}`, 'set_reminder', { at }, ref],
  ),
];

// --- Dates ----------------------------------------------------------------------------------------------------------

const DATES: [said: string, due: string][] = [
  ['tomorrow', '2026-01-23T09:00'],
  ['tmrw', '2026-01-23T09:00'],
  ['tomorrow at noon', '2026-01-23T12:00'],
  ['tomorrow at 7:30am', '2026-01-23T07:30'],
  ['tomorrow morning', '2026-01-23T09:00'],
  ['today at 5pm', '2026-01-22T17:00'],
  ['at 6pm', '2026-01-22T18:00'],
  ['at 19:30', '2026-01-22T19:30'],
  ['the day after tomorrow', '2026-01-24T09:00'],
  ['the day after tomorrow at noon', '2026-01-24T12:00'],
  ['monday', '2026-01-26T09:00'],
  ['on monday', '2026-01-26T09:00'],
  ['by friday', '2026-01-23T09:00'],
  ['friday at noon', '2026-01-23T12:00'],
  ['on the 30th', '2026-01-30T09:00'],
  ['on the 20th at 6am', '2026-02-20T06:00'],
  ['a week from today', '2026-01-29T09:00'],
  ['by the end of the week', '2026-01-23T09:00'],
  ['end of the month', '2026-01-31T09:00'],
  ['on march 3rd', '2026-03-03T09:00'],
  ['on 3 march', '2026-03-03T09:00'],
  ['next wednesday at 3pm', 'next wednesday at 3pm'],
  ['in 3 days', 'in 3 days'],
  ['in two weeks', 'in 2 weeks'],
  ['this weekend', 'this weekend'],
];
const DATE_LEADS = ['add ', '', 'i need to ', 'can you add ', 'new task: ', 'remember to '];
const DATE_ROWS = sampleChoices<[[string, string], string, string, string, number]>(
  [DATES, TITLES, DATE_LEADS, TAILS, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]],
  120,
  43,
  ([said, due], title, lead, tail, caps) => [shout(`${lead}${title} ${said}${tail}`, caps === 0), 'add_task', { title, due_date: due }],
);

const MOVE_VERBS = ['move', 'push', 'reschedule', 'postpone', 'shift', 'bump'];
const MOVE_ROWS = sampleChoices<[[string, string], string, [string, ReturnType<typeof t>], string]>(
  [DATES.filter(([said]) => !/^(?:by|on|at|in)\s/.test(said)), MOVE_VERBS, TARGETS, [' to ', ' to ', ' till ']],
  57,
  47,
  ([said, due], verb, [name, ref], to) => [`${verb} ${name}${to}${said}`, 'set_due_date', { date: due }, ref],
);

describe('the offline interpreter on a grid of rules, reminders and dates', () => {
  it.each(RULE_ROWS)('reads the rule in %j', reads);
  it.each(REMINDER_ROWS)('reads the reminder in %j', reads);
  it.each(REMIND_TO_ROWS)('reads the reminder in %j', reads);
  it.each(EXISTING_ROWS)('reads the reminder on a task in %j', reads);
  it.each(DATE_ROWS)('reads the date in %j', reads);
  it.each(MOVE_ROWS)('reads the move in %j', reads);
});
