import { describe, it } from 'vitest';
import { expectRow, type Row } from './quick-add-table-row.ts';

// Lines that say a date, a rule, a reminder or a priority in other words than the main table's: short spellings,
// typos, words in another order. Each kind has several phrasings, so a reading holds for the kind, not for one line.

const ROWS: [string, Row][] = [
  // Short spellings of dates.
  ['renew visa in 6 wks', { title: 'renew visa', due: '2026-03-05 09:00' }],
  ['book MOT 2 wks from today', { title: 'book MOT', due: '2026-02-05 09:00' }],
  ['service the boiler in 3 mths', { title: 'service the boiler', due: '2026-04-22 09:00' }],
  ['bins out tues night', { title: 'bins out', due: '2026-01-27 20:00' }],
  ['yoga weds 7pm', { title: 'yoga', due: '2026-01-28 19:00' }],
  ['call mum 2moro 6pm', { title: 'call mum', due: '2026-01-23 18:00' }],
  ['dentist at half past 3 tomorrow', { title: 'dentist', due: '2026-01-23 15:30' }],
  ['call the school at quarter to 5', { title: 'call the school', due: '2026-01-22 16:45' }],
  ['standup quarter past 9 friday', { title: 'standup', due: '2026-01-23 09:15' }],
  ['call Jo feb the 3rd', { title: 'call Jo', due: '2026-02-03 09:00' }],
  ['call Jo the 3rd of feb at 5pm', { title: 'call Jo', due: '2026-02-03 17:00' }],
  ['dentist the 3rd feb', { title: 'dentist', due: '2026-02-03 09:00' }],
  // Words that lead to a date go with it; a span named alone stays in the title.
  ['call mom later today', { title: 'call mom', due: '2026-01-22 09:00' }],
  ['email Sam first thing monday', { title: 'email Sam', due: '2026-01-26 09:00' }],
  ['paint the fence over the weekend', { title: 'paint the fence', due: '2026-01-24 09:00' }],
  ['plan the weekend', { title: 'plan the weekend', due: null }],
  ['yoga every alternate monday', { title: 'yoga', due: '2026-01-26 09:00', rule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO' }],
  ['pay bill in a fortnight', { title: 'pay bill', due: '2026-02-05 09:00' }],
  ['report by eow', { title: 'report', due: '2026-01-23 09:00' }],
  ['invoice by eom', { title: 'invoice', due: '2026-01-31 09:00' }],
  ['dinner this coming monday', { title: 'dinner', due: '2026-01-26 09:00' }],
  ['pay the gas on the 5th of next month', { title: 'pay the gas', due: '2026-02-05 09:00' }],
  ['call the 3rd of next month at 6pm', { title: 'call', due: '2026-02-03 18:00' }],

  // A part of the day before a day of its own is the title's word.
  ['parents evening monday 6pm', { title: 'parents evening', due: '2026-01-26 18:00' }],
  ['parents evening on monday', { title: 'parents evening', due: '2026-01-26 09:00' }],
  ['night shift on sat 10pm', { title: 'night shift', due: '2026-01-24 22:00' }],
  ['morning run friday 7am', { title: 'morning run', due: '2026-01-23 07:00' }],

  // Rules with short units, typos and ordinals.
  ['water plants evry 3 days', { title: 'water plants', due: '2026-01-23 09:00', rule: 'FREQ=DAILY;INTERVAL=3' }],
  ['stretch evey morning', { title: 'stretch', due: '2026-01-23 09:00', rule: 'daily' }],
  ['defrost freezer every 6 mo', { title: 'defrost freezer', due: '2026-01-23 09:00', rule: 'FREQ=MONTHLY;INTERVAL=6' }],
  ['recycling every other wk', { title: 'recycling', due: '2026-01-23 09:00', rule: 'FREQ=WEEKLY;INTERVAL=2' }],
  ['water the basil every 2nd day', { title: 'water the basil', due: '2026-01-23 09:00', rule: 'FREQ=DAILY;INTERVAL=2' }],
  ['deep clean every third week', { title: 'deep clean', due: '2026-01-23 09:00', rule: 'FREQ=WEEKLY;INTERVAL=3' }],
  ['water plants every couple of days', { title: 'water plants', due: '2026-01-23 09:00', rule: 'FREQ=DAILY;INTERVAL=2' }],
  ['every fortnight clean the fridge', { title: 'clean the fridge', due: '2026-01-23 09:00', rule: 'FREQ=WEEKLY;INTERVAL=2' }],
  ['check tyres every ten days', { title: 'check tyres', due: '2026-01-23 09:00', rule: 'FREQ=DAILY;INTERVAL=10' }],
  ['pay the rent every 2nd of the month', { title: 'pay the rent', due: '2026-02-02 09:00', rule: 'FREQ=MONTHLY;BYMONTHDAY=2' }],

  // A word such as "monthly" with its days after it.
  ['pay the nanny monthly on the 1st', { title: 'pay the nanny', due: '2026-02-01 09:00', rule: 'FREQ=MONTHLY;BYMONTHDAY=1' }],
  ['rent monthly 1st', { title: 'rent', due: '2026-02-01 09:00', rule: 'FREQ=MONTHLY;BYMONTHDAY=1' }],
  ['insurance every month the 15', { title: 'insurance', due: '2026-02-15 09:00', rule: 'FREQ=MONTHLY;BYMONTHDAY=15' }],
  ['clean windows fortnightly on thursday', { title: 'clean windows', due: '2026-01-29 09:00', rule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH' }],
  ['team sync weekly on tue and thu 10am', { title: 'team sync', due: '2026-01-27 10:00', rule: 'FREQ=WEEKLY;BYDAY=TU,TH' }],
  ['write the monthly report friday', { title: 'write the monthly report', due: '2026-01-23 09:00', rule: null }],
  // A count before the word is no rule: one task holds one time a day.
  ['feed the cat twice daily', { title: 'feed the cat twice daily', due: null, rule: null }],
  ['check the hens 3 times weekly', { title: 'check the hens 3 times weekly', due: null, rule: null }],
  [
    'pay the cleaner every 2 weeks on a monday',
    { title: 'pay the cleaner', due: '2026-01-26 09:00', rule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO' },
  ],

  // Rules on working days and weekends, with a part of the day or days left out.
  ['check email every weekday morning', { title: 'check email', due: '2026-01-23 09:00', rule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR' }],
  ['long run every weekend morning', { title: 'long run', due: '2026-01-24 09:00', rule: 'FREQ=WEEKLY;BYDAY=SA,SU' }],
  [
    'walk to the office every day except weekends',
    { title: 'walk to the office', due: '2026-01-23 09:00', rule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR' },
  ],
  ['every day apart from the weekend: stretch', { title: 'stretch', due: '2026-01-23 09:00', rule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR' }],
  [
    'pay the cleaner every first friday in the month',
    { title: 'pay the cleaner', due: '2026-02-06 09:00', rule: 'FREQ=MONTHLY;BYDAY=1FR' },
  ],

  // A range of days, and "every single day".
  ['standup every mon-fri 9am', { title: 'standup', due: '2026-01-23 09:00', rule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR' }],
  ['standup every monday to friday', { title: 'standup', due: '2026-01-23 09:00', rule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR' }],
  ['market every fri through sun morning', { title: 'market', due: '2026-01-23 09:00', rule: 'FREQ=WEEKLY;BYDAY=FR,SA,SU' }],
  ['stretch every single day', { title: 'stretch', due: '2026-01-23 09:00', rule: 'daily' }],

  // Reminders said short.
  ['dentist tmrw 3pm remind 1h b4', { title: 'dentist', due: '2026-01-23 15:00', remind: '1h' }],
  ['train fri 7:50am, ping 1h b4', { title: 'train', due: '2026-01-23 07:50', remind: '1h' }],
  ['vet 2moro 11am + reminder 30m before', { title: 'vet', due: '2026-01-23 11:00', remind: '30m' }],
  ['call mum sat 5pm remind me 10 min beforehand', { title: 'call mum', due: '2026-01-24 17:00', remind: '10m' }],

  ['exam mon 9am, reminder: 1h before', { title: 'exam', due: '2026-01-26 09:00', remind: '1h' }],
  ['dinner sat 8pm with a 10 min reminder', { title: 'dinner', due: '2026-01-24 20:00', remind: '10m' }],
  ['trip fri remind me 2 days prior', { title: 'trip', due: '2026-01-23 09:00', remind: '2d' }],

  // Priorities said in words, typed fast.
  ['book flights urgnt', { title: 'book flights', due: null, priority: 'high' }],
  ['tax forms super urgent', { title: 'tax forms', due: null, priority: 'high' }],
  ['renew insurance, very important', { title: 'renew insurance', due: null, priority: 'high' }],
  ['reply to Jo, no rush at all', { title: 'reply to Jo', due: null, priority: 'low' }],
  ['fix the gate - whenever, not important', { title: 'fix the gate', due: null, priority: 'low' }],
  ['sort the photos, not very important', { title: 'sort the photos', due: null, priority: 'low' }],
  ['fix the tap - it can wait', { title: 'fix the tap', due: null, priority: 'low' }],
  // A stronger word inside a negation stays a negation: never read as high.
  ['taxes not super urgent', { title: 'taxes', due: null, priority: 'low' }],
  ['taxes least important', { title: 'taxes', due: null, priority: 'low' }],
  ['taxes not too important, no urgency', { title: 'taxes', due: null, priority: 'low' }],
  ['taxes high importance', { title: 'taxes', due: null, priority: 'high' }],
  ['taxes priority 1', { title: 'taxes', due: null, priority: 'high' }],
  ['taxes prio 3', { title: 'taxes', due: null, priority: 'low' }],
  ['taxes mid priority', { title: 'taxes', due: null, priority: 'medium' }],
  ['send important email', { title: 'send important email', due: null, priority: 'medium' }],
  ['call mom whenever you can', { title: 'call mom whenever you can', due: null, priority: 'medium' }],

  // Reminders asked for in other words, as the chat reads them.
  ["dentist fri 3pm don't let me forget 1h before", { title: 'dentist', due: '2026-01-23 15:00', remind: '1h' }],
  ['dentist fri 3pm buzz me 1h before', { title: 'dentist', due: '2026-01-23 15:00', remind: '1h' }],
  ['vet fri 3pm give me a buzz 30 min before', { title: 'vet', due: '2026-01-23 15:00', remind: '30m' }],
  ['dentist fri 3pm, remind me fifteen minutes before', { title: 'dentist', due: '2026-01-23 15:00', remind: '15m' }],
  // Counts in words beyond twelve, and the words that make a month or the weekend a date.
  ['call Jo in twenty minutes', { title: 'call Jo', due: '2026-01-22 12:20' }],
  ['stretch in fifteen mins', { title: 'stretch', due: '2026-01-22 12:15' }],
  ['check the roast in twenty-five minutes', { title: 'check the roast', due: '2026-01-22 12:25' }],
  ['fix the fence at the weekend', { title: 'fix the fence', due: '2026-01-24 09:00' }],
  ['visit gran on the weekend', { title: 'visit gran', due: '2026-01-24 09:00' }],
  ['tax return in march', { title: 'tax return', due: '2026-03-01 09:00' }],
  // A rhythm without a number, or on a day only the user knows, stays in the title whole: no date from half of it.
  ['hoover every few days', { title: 'hoover every few days', due: null, rule: null }],
  ['check the smoke alarm every several months', { title: 'check the smoke alarm every several months', due: null, rule: null }],
  ['call mum every year on her birthday', { title: 'call mum every year on her birthday', due: null, rule: null }],
  ['flowers on our anniversary every year', { title: 'flowers on our anniversary every year', due: null, rule: null }],
  ['renew the gym pass every january', { title: 'renew the gym pass every january', due: null, rule: null }],
  // The working week said other ways.
  ['check emails every working day', { title: 'check emails', due: '2026-01-23 09:00', rule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR' }],
  ['homework every weeknight at 6', { title: 'homework', due: '2026-01-22 18:00', rule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR' }],
  ['visit mum every other weekend', { title: 'visit mum', due: '2026-01-24 09:00', rule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=SA,SU' }],
  ['swim every mon + wed', { title: 'swim', due: '2026-01-26 09:00', rule: 'FREQ=WEEKLY;BYDAY=MO,WE' }],
  // That weekday a week later; "week" inside a title stays there.
  ['pay the builder a week on friday', { title: 'pay the builder', due: '2026-01-30 09:00' }],
  ['pay the builder friday week at 3pm', { title: 'pay the builder', due: '2026-01-30 15:00' }],
  ['review the friday week plan', { title: 'review the week plan', due: '2026-01-23 09:00' }],
];

describe('quick add, said in other words', () => {
  it.each(ROWS)('%s', expectRow);
});
