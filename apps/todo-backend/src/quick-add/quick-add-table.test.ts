import type { Priority } from '@doable/contracts';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { parseQuickAdd } from './quick-add-parser.ts';

// Lines typed the way people type into Todoist's quick add, each with what it must mean. The clock: Thursday
// 22 January 2026, 12:00 in New York. Due dates are written as local wall times there; a date alone is 09:00.
const NOW = new Date('2026-01-22T17:00:00Z');
const ZONE = 'America/New_York';

interface Row {
  title: string;
  /** Local 'yyyy-MM-dd HH:mm', or null: no due date. */
  due: string | null;
  rule?: string | null;
  basis?: 'due' | 'completion';
  priority?: Priority;
  tags?: string[];
  remind?: string | null;
  /** Local 'yyyy-MM-dd HH:mm' of a reminder at a time. */
  remindAt?: string;
  description?: string;
}

const local = (wall: string) => DateTime.fromFormat(wall, 'yyyy-MM-dd HH:mm', { zone: ZONE }).toUTC().toISO();

const ROWS: [string, Row][] = [
  // Days, in many forms.
  ['buy milk tomorrow', { title: 'buy milk', due: '2026-01-23 09:00' }],
  ['buy milk tmrw', { title: 'buy milk', due: '2026-01-23 09:00' }],
  ['buy milk tmr 6pm', { title: 'buy milk', due: '2026-01-23 18:00' }],
  ['dentist fri 3pm', { title: 'dentist', due: '2026-01-23 15:00' }],
  ['dentist on Fri at 3:30pm', { title: 'dentist', due: '2026-01-23 15:30' }],
  ['haircut sat', { title: 'haircut', due: '2026-01-24 09:00' }],
  ['haircut this sat 11am', { title: 'haircut', due: '2026-01-24 11:00' }],
  ['doctor next thursday', { title: 'doctor', due: '2026-01-29 09:00' }],
  ['follow up next fri', { title: 'follow up', due: '2026-01-30 09:00' }],
  ['call grandma the day after tomorrow', { title: 'call grandma', due: '2026-01-24 09:00' }],
  ['submit report end of next week', { title: 'submit report', due: '2026-01-30 09:00' }],
  ['submit report end of week', { title: 'submit report', due: '2026-01-23 09:00' }],
  ['pay invoice end of month', { title: 'pay invoice', due: '2026-01-31 09:00' }],
  ['pay invoice by the end of next month', { title: 'pay invoice', due: '2026-02-28 09:00' }],
  ['book flights next week', { title: 'book flights', due: '2026-01-26 09:00' }],
  ['plan trip next month', { title: 'plan trip', due: '2026-02-01 09:00' }],
  ['renew passport in 3 weeks', { title: 'renew passport', due: '2026-02-12 09:00' }],
  ['email Bob in a week', { title: 'email Bob', due: '2026-01-29 09:00' }],
  ['schedule vet appt in 2 days', { title: 'schedule vet appt', due: '2026-01-24 09:00' }],
  ['call back in 2 hours', { title: 'call back', due: '2026-01-22 14:00' }],
  ['water plants in 30 min', { title: 'water plants', due: '2026-01-22 12:30' }],
  ['taxes by april 15', { title: 'taxes', due: '2026-04-15 09:00' }],
  ['taxes due 15 april', { title: 'taxes', due: '2026-04-15 09:00' }],
  ['party 3/14', { title: 'party', due: '2026-03-14 09:00' }],
  ['trip 2026-06-01', { title: 'trip', due: '2026-06-01 09:00' }],
  ['meeting jan 30 at 10am', { title: 'meeting', due: '2026-01-30 10:00' }],
  ['meeting 30 jan 10:00', { title: 'meeting', due: '2026-01-30 10:00' }],
  ['renew car insurance 1 feb', { title: 'renew car insurance', due: '2026-02-01 09:00' }],
  ['send card on the 28th', { title: 'send card', due: '2026-01-28 09:00' }],
  ['pay water bill by the 5th', { title: 'pay water bill', due: '2026-02-05 09:00' }],
  ['clean garage this weekend', { title: 'clean garage', due: '2026-01-24 09:00' }],
  ['clean garage next weekend', { title: 'clean garage', due: '2026-01-31 09:00' }],
  ['email landlord re: heating by wed', { title: 'email landlord re: heating', due: '2026-01-28 09:00' }],
  ['Sprint 12 planning next monday 10am', { title: 'Sprint 12 planning', due: '2026-01-26 10:00' }],
  ['dentist (fri 3pm)', { title: 'dentist', due: '2026-01-23 15:00' }],
  ['standup — every monday', { title: 'standup', due: '2026-01-26 09:00', rule: 'FREQ=WEEKLY;BYDAY=MO' }],
  ['EVERY MONDAY standup', { title: 'standup', due: '2026-01-26 09:00', rule: 'FREQ=WEEKLY;BYDAY=MO' }],
  ['ship v2.0 friday', { title: 'ship v2.0', due: '2026-01-23 09:00' }],
  ['Monday: send the invoices', { title: 'send the invoices', due: '2026-01-26 09:00' }],
  ['tue - call the plumber', { title: 'call the plumber', due: '2026-01-27 09:00' }],
  ['Jan 28 dentist', { title: 'dentist', due: '2026-01-28 09:00' }],
  ['feb 2nd pay tuition', { title: 'pay tuition', due: '2026-02-02 09:00' }],
  ['recital thu jan 29 6pm', { title: 'recital', due: '2026-01-29 18:00' }],

  // Times.
  ['lunch with Ana tomorrow at noon', { title: 'lunch with Ana', due: '2026-01-23 12:00' }],
  ['take out the trash at 7', { title: 'take out the trash', due: '2026-01-23 07:00' }],
  ['standup mon 9:30', { title: 'standup', due: '2026-01-26 09:30' }],
  ['standup at 9:30 tomorrow', { title: 'standup', due: '2026-01-23 09:30' }],
  ['backup server midnight', { title: 'backup server', due: '2026-01-23 00:00' }],
  ['call Tokyo office at 17:00', { title: 'call Tokyo office', due: '2026-01-22 17:00' }],
  ['pick up kids at 3:15pm', { title: 'pick up kids', due: '2026-01-22 15:15' }],
  ['flight feb 14 6:45am', { title: 'flight', due: '2026-02-14 06:45' }],
  ['finish essay tonight', { title: 'finish essay', due: '2026-01-22 22:00' }],
  ['read tomorrow morning', { title: 'read', due: '2026-01-23 09:00' }],
  ['gym tomorrow evening', { title: 'gym', due: '2026-01-23 20:00' }],
  ['pay by monday noon', { title: 'pay', due: '2026-01-26 12:00' }],
  ['order 3 pizzas at 7pm', { title: 'order 3 pizzas', due: '2026-01-22 19:00' }],
  ['run 5k tomorrow 7 am', { title: 'run 5k', due: '2026-01-23 07:00' }],
  ['call mom sunday 18:30', { title: 'call mom', due: '2026-01-25 18:30' }],
  [
    'pick up Emma from school at 3:30 every weekday',
    { title: 'pick up Emma from school', due: '2026-01-22 15:30', rule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR' },
  ],
  ['call Jo on sat at 3', { title: 'call Jo', due: '2026-01-24 15:00' }],
  ['gym 06:30 tomorrow', { title: 'gym', due: '2026-01-23 06:30' }],
  ['lunch tomorrow @ noon', { title: 'lunch', due: '2026-01-23 12:00' }],
  ['dinner fri at 8pm', { title: 'dinner', due: '2026-01-23 20:00' }],

  // Recurrence.
  ['pay rent on the last day of every month', { title: 'pay rent', due: '2026-01-31 09:00', rule: 'FREQ=MONTHLY;BYMONTHDAY=-1' }],
  ['gym every mon wed fri 7am', { title: 'gym', due: '2026-01-23 07:00', rule: 'FREQ=WEEKLY;BYDAY=MO,WE,FR' }],
  ['every mon, wed and fri swim', { title: 'swim', due: '2026-01-23 09:00', rule: 'FREQ=WEEKLY;BYDAY=MO,WE,FR' }],
  ['every tue thu piano', { title: 'piano', due: '2026-01-27 09:00', rule: 'FREQ=WEEKLY;BYDAY=TU,TH' }],
  ['meds every 3rd tuesday', { title: 'meds', due: '2026-02-17 09:00', rule: 'FREQ=MONTHLY;BYDAY=3TU' }],
  ['every 2nd monday book club', { title: 'book club', due: '2026-02-09 09:00', rule: 'FREQ=MONTHLY;BYDAY=2MO' }],
  ['every last friday retro', { title: 'retro', due: '2026-01-30 09:00', rule: 'FREQ=MONTHLY;BYDAY=-1FR' }],
  ['every first monday of the month board meeting', { title: 'board meeting', due: '2026-02-02 09:00', rule: 'FREQ=MONTHLY;BYDAY=1MO' }],
  ['review every other week on friday', { title: 'review', due: '2026-01-23 09:00', rule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=FR' }],
  ['birthday every jan 1', { title: 'birthday', due: '2027-01-01 09:00', rule: 'FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=1' }],
  ['call family every december 25', { title: 'call family', due: '2026-12-25 09:00', rule: 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=25' }],
  ['file taxes every april 15', { title: 'file taxes', due: '2026-04-15 09:00', rule: 'FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=15' }],
  ['standup every weekday at 9', { title: 'standup', due: '2026-01-23 09:00', rule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR' }],
  ['every weekday 8:30 check email', { title: 'check email', due: '2026-01-23 08:30', rule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR' }],
  ['every workday standup', { title: 'standup', due: '2026-01-23 09:00', rule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR' }],
  ['invoice every month on the 15th and 30th', { title: 'invoice', due: '2026-01-30 09:00', rule: 'FREQ=MONTHLY;BYMONTHDAY=15,30' }],
  ['every! 2 weeks mow lawn', { title: 'mow lawn', due: '2026-01-23 09:00', rule: 'FREQ=WEEKLY;INTERVAL=2', basis: 'completion' }],
  ['every! month haircut', { title: 'haircut', due: '2026-01-23 09:00', rule: 'monthly', basis: 'completion' }],
  ['every weekend hike', { title: 'hike', due: '2026-01-24 09:00', rule: 'FREQ=WEEKLY;BYDAY=SA,SU' }],
  ['yoga every evening', { title: 'yoga', due: '2026-01-22 20:00', rule: 'daily' }],
  ['team retro every 2nd and 4th thursday', { title: 'team retro', due: '2026-02-12 09:00', rule: 'FREQ=MONTHLY;BYDAY=2TH,4TH' }],
  [
    'quarterly review every 3 months on the last friday',
    { title: 'quarterly review', due: '2026-01-30 09:00', rule: 'FREQ=MONTHLY;INTERVAL=3;BYDAY=-1FR' },
  ],
  ['every month on the first monday book club', { title: 'book club', due: '2026-02-02 09:00', rule: 'FREQ=MONTHLY;BYDAY=1MO' }],
  [
    'pay HOA dues every quarter on the 1st',
    { title: 'pay HOA dues', due: '2026-02-01 09:00', rule: 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=1' },
  ],
  ['review budget quarterly', { title: 'review budget', due: '2026-01-23 09:00', rule: 'FREQ=MONTHLY;INTERVAL=3' }],
  [
    'clean the fish tank every 2 weeks on sunday morning',
    { title: 'clean the fish tank', due: '2026-01-25 09:00', rule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=SU' },
  ],
  ['read 30 min before bed every night', { title: 'read 30 min before bed', due: '2026-01-22 22:00', rule: 'daily' }],
  ['every 1st pay rent', { title: 'pay rent', due: '2026-02-01 09:00', rule: 'FREQ=MONTHLY;BYMONTHDAY=1' }],
  ['every 10th pay card', { title: 'pay card', due: '2026-02-10 09:00', rule: 'FREQ=MONTHLY;BYMONTHDAY=10' }],
  ['every 6 months dentist checkup', { title: 'dentist checkup', due: '2026-01-23 09:00', rule: 'FREQ=MONTHLY;INTERVAL=6' }],
  ['change filter every 3 months starting feb 1', { title: 'change filter', due: '2026-02-01 09:00', rule: 'FREQ=MONTHLY;INTERVAL=3' }],
  ['call mom every sunday at 6pm', { title: 'call mom', due: '2026-01-25 18:00', rule: 'FREQ=WEEKLY;BYDAY=SU' }],
  ['every sat morning farmers market', { title: 'farmers market', due: '2026-01-24 09:00', rule: 'FREQ=WEEKLY;BYDAY=SA' }],
  ['bins every thursday night', { title: 'bins', due: '2026-01-22 22:00', rule: 'FREQ=WEEKLY;BYDAY=TH' }],
  ['weekly review every fri 4pm', { title: 'weekly review', due: '2026-01-23 16:00', rule: 'FREQ=WEEKLY;BYDAY=FR' }],
  ['every other day floss', { title: 'floss', due: '2026-01-23 09:00', rule: 'FREQ=DAILY;INTERVAL=2' }],
  ['every 2 weeks on tue and thu at 10am piano', { title: 'piano', due: '2026-01-27 10:00', rule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH' }],
  ['every morning at 6 run', { title: 'run', due: '2026-01-23 06:00', rule: 'daily' }],
  ['every day at 9:30pm meds', { title: 'meds', due: '2026-01-22 21:30', rule: 'daily' }],
  ['pay rent on the first day of every month', { title: 'pay rent', due: '2026-02-01 09:00', rule: 'FREQ=MONTHLY;BYMONTHDAY=1' }],
  ['1st of every month pay rent', { title: 'pay rent', due: '2026-02-01 09:00', rule: 'FREQ=MONTHLY;BYMONTHDAY=1' }],
  ['every last day of the month close books', { title: 'close books', due: '2026-01-31 09:00', rule: 'FREQ=MONTHLY;BYMONTHDAY=-1' }],
  ['every week on monday plan week', { title: 'plan week', due: '2026-01-26 09:00', rule: 'FREQ=WEEKLY;BYDAY=MO' }],
  [
    'quarterly taxes every 3 months on the 15th',
    { title: 'quarterly taxes', due: '2026-02-15 09:00', rule: 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15' },
  ],
  ['every monday 9am weekly planning', { title: 'weekly planning', due: '2026-01-26 09:00', rule: 'FREQ=WEEKLY;BYDAY=MO' }],
  ['Every Tuesday at 7pm choir', { title: 'choir', due: '2026-01-27 19:00', rule: 'FREQ=WEEKLY;BYDAY=TU' }],
  ['every year on jul 4 fireworks', { title: 'fireworks', due: '2026-07-04 09:00', rule: 'FREQ=YEARLY' }],
  ['every weekday except fri gym', { title: 'gym', due: '2026-01-26 09:00', rule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH' }],
  ['walk the dog every day but sunday', { title: 'walk the dog', due: '2026-01-23 09:00', rule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA' }],
  ['every evening at 9 read', { title: 'read', due: '2026-01-22 21:00', rule: 'daily' }],
  ['sync bi-weekly', { title: 'sync', due: '2026-01-23 09:00', rule: 'FREQ=WEEKLY;INTERVAL=2' }],
  ['call mom every other sunday', { title: 'call mom', due: '2026-01-25 09:00', rule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=SU' }],
  ['every 2 years renew passport', { title: 'renew passport', due: '2026-01-23 09:00', rule: 'FREQ=YEARLY;INTERVAL=2' }],

  // Ends of series: into the rule, never into the due date.
  ['every day until march: stretch', { title: 'stretch', due: '2026-01-23 09:00', rule: 'FREQ=DAILY;UNTIL=20260301' }],
  ['water plants every 3 days for 6 times', { title: 'water plants', due: '2026-01-23 09:00', rule: 'FREQ=DAILY;INTERVAL=3;COUNT=6' }],
  ['physio every monday 6 times', { title: 'physio', due: '2026-01-26 09:00', rule: 'FREQ=WEEKLY;BYDAY=MO;COUNT=6' }],
  ['standup daily until 2026-06-30', { title: 'standup', due: '2026-01-23 09:00', rule: 'FREQ=DAILY;UNTIL=20260630' }],
  [
    'water seedlings every 2 days until feb 15',
    { title: 'water seedlings', due: '2026-01-23 09:00', rule: 'FREQ=DAILY;INTERVAL=2;UNTIL=20260215' },
  ],
  ['meditate every day at 7am until feb 28', { title: 'meditate', due: '2026-01-23 07:00', rule: 'FREQ=DAILY;UNTIL=20260228' }],
  ['lessons every wed for 10 weeks', { title: 'lessons', due: '2026-01-28 09:00', rule: 'FREQ=WEEKLY;BYDAY=WE;UNTIL=20260407' }],
  ['read daily, ending on feb 1', { title: 'read', due: '2026-01-23 09:00', rule: 'FREQ=DAILY;UNTIL=20260201' }],
  ['gym every day through march 15', { title: 'gym', due: '2026-01-23 09:00', rule: 'FREQ=DAILY;UNTIL=20260315' }],
  ['work out every day until 5pm', { title: 'work out', due: '2026-01-22 17:00', rule: 'daily' }],
  ['run 10k every saturday morning until may', { title: 'run 10k', due: '2026-01-24 09:00', rule: 'FREQ=WEEKLY;BYDAY=SA;UNTIL=20260501' }],
  ['journal every day at 10pm until end of year', { title: 'journal', due: '2026-01-22 22:00', rule: 'FREQ=DAILY;UNTIL=20261231' }],
  ['take pills every day 3 times a day', { title: 'take pills 3 times a day', due: '2026-01-23 09:00', rule: 'daily' }],
  ['every week 4 times check in with mentor', { title: 'check in with mentor', due: '2026-01-23 09:00', rule: 'FREQ=WEEKLY;COUNT=4' }],

  // Priorities.
  ['p1 call the bank', { title: 'call the bank', due: null, priority: 'high' }],
  ['call the bank P2', { title: 'call the bank', due: null, priority: 'medium' }],
  ['p3 sort socks tomorrow', { title: 'sort socks', due: '2026-01-23 09:00', priority: 'low' }],
  ['tidy shed p4', { title: 'tidy shed', due: null, priority: 'medium' }],
  ['fix leak urgent', { title: 'fix leak', due: null, priority: 'high' }],
  ['fix leak asap', { title: 'fix leak', due: null, priority: 'high' }],
  ['book venue !1 fri', { title: 'book venue', due: '2026-01-23 09:00', priority: 'high' }],
  ['update CV, no rush', { title: 'update CV', due: null, priority: 'low' }],
  ['water the low plants', { title: 'water the low plants', due: null, priority: 'medium' }],

  // Labels and projects (no projects exist here, so #name is a tag).
  ['review PR @code-review', { title: 'review PR', due: null, tags: ['code-review'] }],
  ['prep slides @deep_work', { title: 'prep slides', due: null, tags: ['deep_work'] }],
  ['buy bread @épicerie', { title: 'buy bread', due: null, tags: ['épicerie'] }],
  ['ask the team @日本語', { title: 'ask the team', due: null, tags: ['日本語'] }],
  ['order parts #garage @online', { title: 'order parts', due: null, tags: ['garage', 'online'] }],
  ['plan #Q3-offsite', { title: 'plan', due: null, tags: ['q3-offsite'] }],
  ['email alice@example.com about the invoice', { title: 'email alice@example.com about the invoice', due: null, tags: [] }],
  ['pick up order #42', { title: 'pick up order #42', due: null, tags: [] }],
  ['fix bug #123 p1', { title: 'fix bug #123', due: null, priority: 'high', tags: [] }],
  [
    'p2 @work #clients follow up with ACME next tue 2pm',
    { title: 'follow up with ACME', due: '2026-01-27 14:00', priority: 'medium', tags: ['work', 'clients'] },
  ],
  ['Buy groceries tomorrow at 6pm @errands p3', { title: 'Buy groceries', due: '2026-01-23 18:00', priority: 'low', tags: ['errands'] }],

  // Descriptions, URLs, emoji.
  ['pay rent //ref 12345', { title: 'pay rent', due: null, description: 'ref 12345' }],
  [
    'call the vet tomorrow // ask about the friday slot',
    { title: 'call the vet', due: '2026-01-23 09:00', description: 'ask about the friday slot' },
  ],
  ['read https://example.com/article tomorrow', { title: 'read https://example.com/article', due: '2026-01-23 09:00' }],
  ['check https://example.com/?day=friday', { title: 'check https://example.com/?day=friday', due: null }],
  ['watch https://youtu.be/x?t=5pm-talk p2', { title: 'watch https://youtu.be/x?t=5pm-talk', due: null, priority: 'medium' }],
  ["🎂 buy cake for Sam's birthday saturday", { title: "🎂 buy cake for Sam's birthday", due: '2026-01-24 09:00' }],
  ['🏃 run 5k tomorrow 7am', { title: '🏃 run 5k', due: '2026-01-23 07:00' }],
  ['call mom 📞 sunday', { title: 'call mom 📞', due: '2026-01-25 09:00' }],

  // Titles with words that look like dates: they stay titles.
  ["read 'The 5th Wave'", { title: "read 'The 5th Wave'", due: null }],
  ['read "Tuesdays with Morrie" fri 7pm', { title: 'read "Tuesdays with Morrie"', due: '2026-01-23 19:00' }],
  ['call May', { title: 'call May', due: null }],
  ['march on washington notes', { title: 'march on washington notes', due: null }],
  ['watch Tomorrowland', { title: 'watch Tomorrowland', due: null }],
  ['read chapter 3', { title: 'read chapter 3', due: null }],
  ['buy 2 tickets', { title: 'buy 2 tickets', due: null }],
  ['meditate 10 min every morning', { title: 'meditate 10 min', due: '2026-01-23 09:00', rule: 'daily' }],
  [
    'Take out recycling every other tue night',
    { title: 'Take out recycling', due: '2026-01-27 22:00', rule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU' },
  ],
  ['book the hotel in May', { title: 'book the hotel', due: '2026-05-01 09:00' }],
  ['print boarding passes the night before the flight', { title: 'print boarding passes the night before the flight', due: null }],
  ['pay estimated tax sep 15 jan 15', { title: 'pay estimated tax sep 15 jan 15', due: null }],
  ['take meds every 8 hours', { title: 'take meds every 8 hours', due: null, rule: null }],
  ['finish the report by end of year', { title: 'finish the report', due: '2026-12-31 09:00' }],
  ['walk the dog twice a day', { title: 'walk the dog twice a day', due: null }],
  ['fix the 2nd floor light', { title: 'fix the 2nd floor light', due: null }],
  ['pay the 3rd invoice tomorrow', { title: 'pay the 3rd invoice', due: '2026-01-23 09:00' }],
  ['Sunday school snacks', { title: 'school snacks', due: '2026-01-25 09:00' }],
  ['read "Urgent Care" report', { title: 'read "Urgent Care" report', due: null, priority: 'medium' }],
  ['buy daily planner', { title: 'buy daily planner', due: null, rule: null }],
  ['write the weekly newsletter friday', { title: 'write the weekly newsletter', due: '2026-01-23 09:00', rule: null }],
  ['buy a weekly bus pass', { title: 'buy a weekly bus pass', due: null, rule: null }],
  ['plan trip in march', { title: 'plan trip', due: '2026-03-01 09:00' }],
  ['conference early march', { title: 'conference early march', due: null }],
  ['check in friday', { title: 'check in', due: '2026-01-23 09:00' }],
  ['sat exam registration', { title: 'exam registration', due: '2026-01-24 09:00' }],

  // Reminders.
  ['dentist fri 3pm remind me 30 min before', { title: 'dentist', due: '2026-01-23 15:00', remind: '30m' }],
  ['call bank tomorrow 10am remind me 1h before', { title: 'call bank', due: '2026-01-23 10:00', remind: '1h' }],
  ['flight sat 7am, remind me the day before', { title: 'flight', due: '2026-01-24 07:00', remind: '1d' }],
  [
    'pay rent every 1st remind me 2 days before',
    { title: 'pay rent', due: '2026-02-01 09:00', rule: 'FREQ=MONTHLY;BYMONTHDAY=1', remind: '2d' },
  ],
  ['meeting mon 2pm reminder 15m before', { title: 'meeting', due: '2026-01-26 14:00', remind: '15m' }],
  ['submit form tomorrow, remind me at 8am', { title: 'submit form', due: '2026-01-23 09:00', remindAt: '2026-01-23 08:00' }],
  ['remind me to call mom tomorrow', { title: 'call mom', due: '2026-01-23 09:00', remind: '0m' }],
  ['remind me to call mom', { title: 'remind me to call mom', due: null, remind: null }],
  ['pay rent the 1st, remind me the night before', { title: 'pay rent', due: '2026-02-01 09:00', remind: '1d' }],
  ['call the bank Thursday 10am, ping me 20 min before', { title: 'call the bank', due: '2026-01-29 10:00', remind: '20m' }],
];

describe('quick add, as people type it', () => {
  it.each(ROWS)('%s', (text, row) => {
    const { fields, tokens } = parseQuickAdd(text, { now: NOW, timeZone: ZONE });
    const expected: Record<string, unknown> = { title: row.title, due_date: row.due === null ? null : local(row.due) };
    if (row.rule !== undefined) expected.recurring = row.rule;
    if (row.rule) expected.recurrence_basis = row.basis ?? 'due';
    if (row.priority) expected.priority = row.priority;
    if (row.tags) expected.tags = row.tags;
    if (row.remind !== undefined) expected.remind_before = row.remind;
    if (row.remindAt) expected.reminder_at = local(row.remindAt);
    if (row.description !== undefined) expected.description = row.description;
    expect(fields).toMatchObject(expected);
    // Every token names its own characters: the web app's chips are drawn from these spans.
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
  });
});
