import { describe, expect, it } from 'vitest';
import { completionWindow, dateReader, resolveDate, resolveWindowStart } from './dates.ts';

// Wednesday 21 January 2026, 12:00 in New York (UTC-5).
const NOW = new Date('2026-01-21T17:00:00Z');
const ZONE = 'America/New_York';

describe('resolveDate', () => {
  it.each([
    // Times of day chrono implies are kept.
    ['tonight', '2026-01-22T03:00:00.000Z'],
    ['this evening', '2026-01-22T01:00:00.000Z'],
    ['tomorrow evening', '2026-01-23T01:00:00.000Z'],
    ['tomorrow night', '2026-01-23T01:00:00.000Z'],
    ['friday afternoon', '2026-01-23T20:00:00.000Z'],
    ['tomorrow morning', '2026-01-22T14:00:00.000Z'],
    ['tomorrow noon', '2026-01-22T17:00:00.000Z'],
    // Lunchtime after a day or a word that leads to a time is noon.
    ['tomorrow lunchtime', '2026-01-22T17:00:00.000Z'],
    ['friday lunch time', '2026-01-23T17:00:00.000Z'],
    ['by lunchtime tomorrow', '2026-01-22T17:00:00.000Z'],
    // After lunch, work, school or dinner: the hour that part of the day turns to.
    ['after lunch today', '2026-01-21T18:00:00.000Z'],
    ['tomorrow after work', '2026-01-22T23:00:00.000Z'],
    ['after school on friday', '2026-01-23T21:00:00.000Z'],
    ['after dinner', '2026-01-22T01:00:00.000Z'],
    // A day alone means 09:00; a certain time is kept.
    ['tomorrow', '2026-01-22T14:00:00.000Z'],
    ['friday', '2026-01-23T14:00:00.000Z'],
    ['monday', '2026-01-26T14:00:00.000Z'],
    ['tomorrow 5pm', '2026-01-22T22:00:00.000Z'],
    ['in 2 hours', '2026-01-21T19:00:00.000Z'],
    // Working days skip the weekend; a day of the month in words; a bare hour after a weekday (1 to 6: afternoon).
    ['in 3 business days', '2026-01-26T14:00:00.000Z'],
    ['5 working days from now', '2026-01-28T14:00:00.000Z'],
    ['on the first', '2026-02-01T14:00:00.000Z'],
    ['by the fifteenth of march', '2026-03-15T13:00:00.000Z'],
    ['tues 9', '2026-01-27T14:00:00.000Z'],
    // A holiday said alone is the whole date, with its time when one follows.
    ['christmas at 5pm', '2026-12-25T22:00:00.000Z'],
    ['halloween', '2026-10-31T13:00:00.000Z'],
    ["valentine's day 24:00", '2026-02-15T05:00:00.000Z'],
    ['fri 3', '2026-01-23T20:00:00.000Z'],
    // Past phrases point back.
    ['last monday', '2026-01-19T14:00:00.000Z'],
    ['yesterday', '2026-01-20T14:00:00.000Z'],
    ['3 days ago', '2026-01-18T14:00:00.000Z'],
    ['last friday at 3pm', '2026-01-16T20:00:00.000Z'],
    // A day of the month alone is the next such day.
    ['the 1st', '2026-02-01T14:00:00.000Z'],
    ['on the 21st', '2026-01-21T14:00:00.000Z'],
    ['the 25th at 6pm', '2026-01-25T23:00:00.000Z'],
    ['the 31st', '2026-01-31T14:00:00.000Z'],
    // …and said without "the".
    ['on 3rd', '2026-02-03T14:00:00.000Z'],
    ['25th at 6pm', '2026-01-25T23:00:00.000Z'],
    ['2nd of march', '2026-03-02T14:00:00.000Z'],
    // Days as people text them; "in 2day" is a slip for two days.
    ['tonite', '2026-01-22T03:00:00.000Z'],
    ['2nite at 8', '2026-01-22T01:00:00.000Z'],
    ['9 tonite', '2026-01-22T02:00:00.000Z'],
    ['2day 5pm', '2026-01-21T22:00:00.000Z'],
    ['tmw 10am', '2026-01-22T15:00:00.000Z'],
    ['in 2day', '2026-01-23T14:00:00.000Z'],
    // The end of a month named short.
    ['end of jan', '2026-01-31T14:00:00.000Z'],
    ['by the end of feb', '2026-02-28T14:00:00.000Z'],
    // A day's end (ISO 8601's 24:00) is the next day's start in the user's zone.
    ['thursday 24:00', '2026-01-23T05:00:00.000Z'],
    ['the 3rd 24:00', '2026-02-04T05:00:00.000Z'],
    // The end of a week is its Friday, of a month its last day: this one's or the next one's.
    ['end of the week', '2026-01-23T14:00:00.000Z'],
    ['end of next week', '2026-01-30T14:00:00.000Z'],
    ['by the end of next week', '2026-01-30T14:00:00.000Z'],
    ['end of next month', '2026-02-28T14:00:00.000Z'],
    // ISO input.
    ['2026-02-01', '2026-02-01T14:00:00.000Z'],
    ['2026-02-01T18:30:00Z', '2026-02-01T18:30:00.000Z'],
  ])('%s', (text, iso) => {
    expect(resolveDate(text, ZONE, NOW).toISOString()).toBe(iso);
  });

  it('skips months without the day', () => {
    expect(resolveDate('the 31st', ZONE, new Date('2026-02-10T17:00:00Z')).toISOString()).toBe('2026-03-31T13:00:00.000Z');
  });
});

describe('resolveDate: dates said the British and Australian way', () => {
  it.each([
    // "tomorrow week", "friday week": that day a week later.
    ['tomorrow week', '2026-01-29T14:00:00.000Z'],
    ['tomorrow week at 8am', '2026-01-29T13:00:00.000Z'],
    ['monday week at 8am', '2026-02-02T13:00:00.000Z'],
    // "a week today", "a fortnight tomorrow": counted from that day, with the time said after it.
    ['a week today', '2026-01-28T14:00:00.000Z'],
    ['a fortnight today at half six', '2026-02-04T23:30:00.000Z'],
    ['a week tomorrow at 5pm', '2026-01-29T22:00:00.000Z'],
    ['2 weeks from tomorrow at 10am', '2026-02-05T15:00:00.000Z'],
    // "saturday fortnight", "a fortnight on saturday": that day two weeks later.
    ['saturday fortnight', '2026-02-07T14:00:00.000Z'],
    ['a fortnight on saturday', '2026-02-07T14:00:00.000Z'],
    ['tomorrow fortnight at 10am', '2026-02-05T15:00:00.000Z'],
    // "half three on friday": an hour in words that starts the phrase is its time.
    ['half three on friday', '2026-01-23T20:30:00.000Z'],
    // "arvo": the afternoon.
    ['this arvo', '2026-01-21T20:00:00.000Z'],
    ['tomorrow arvo', '2026-01-22T20:00:00.000Z'],
    ['friday arvo', '2026-01-23T20:00:00.000Z'],
    // "day after tomorrow" without "the"; a loose hour before its day; noon and the middle of a part of the day, loosely;
    // a hedge after "in".
    ['day after tomorrow', '2026-01-23T14:00:00.000Z'],
    ['around 4 tomorrow', '2026-01-22T21:00:00.000Z'],
    ['noonish friday', '2026-01-23T17:00:00.000Z'],
    ['mid-afternoon sunday', '2026-01-25T20:00:00.000Z'],
    ['mid-morning tomorrow', '2026-01-22T15:00:00.000Z'],
    ['in like 2 hrs', '2026-01-21T19:00:00.000Z'],
  ])('%s', (text, iso) => {
    expect(resolveDate(text, ZONE, NOW).toISOString()).toBe(iso);
  });
});

describe('resolveDate: dates and times as most of the world writes them', () => {
  const THURSDAY_NOON = new Date('2026-01-22T12:00:00Z');
  it.each([
    // A date that reads either way round: the day first, unless the zone writes the month first.
    ['3/2', 'UTC', '2026-02-03T09:00:00.000Z'],
    ['on 5/2 at 10:00', 'Europe/London', '2026-02-05T10:00:00.000Z'],
    ['03/02/2027', 'Africa/Lagos', '2027-02-03T08:00:00.000Z'],
    ['3/2', 'America/New_York', '2026-03-02T14:00:00.000Z'],
    ['3/2', 'Asia/Manila', '2026-03-02T01:00:00.000Z'],
    // The end of such a day, as a window's bound, is the same day's end.
    ['12/03 24:00', 'UTC', '2026-03-13T00:00:00.000Z'],
    ['12/03 00:00', 'Europe/London', '2026-03-12T00:00:00.000Z'],
    // One that reads one way only is read so everywhere.
    ['14/3', 'UTC', '2026-03-14T09:00:00.000Z'],
    ['3/14', 'UTC', '2026-03-14T09:00:00.000Z'],
    // The 24-hour clock as South Africa writes it and as India and Nigeria say it; the Scots "the morn".
    ['saturday 13h00', 'UTC', '2026-01-24T13:00:00.000Z'],
    ['tomorrow at 09h30', 'UTC', '2026-01-23T09:30:00.000Z'],
    ['tomorrow at 0900 hrs', 'UTC', '2026-01-23T09:00:00.000Z'],
    ['friday 1730 hours', 'UTC', '2026-01-23T17:30:00.000Z'],
    ['the morn', 'UTC', '2026-01-23T09:00:00.000Z'],
    ['the morn at 8', 'UTC', '2026-01-23T08:00:00.000Z'],
    // A clock written with a dot, where no month has the number or am/pm says so; "5.12" stays a date's to read.
    ['5.30', 'UTC', '2026-01-22T17:30:00.000Z'],
    ['6.45pm', 'UTC', '2026-01-22T18:45:00.000Z'],
    ['9.05am', 'UTC', '2026-01-23T09:05:00.000Z'],
    // A part of next month: its 1st, 15th or 21st.
    ['mid next month', 'UTC', '2026-02-15T09:00:00.000Z'],
    ['the middle of next month', 'UTC', '2026-02-15T09:00:00.000Z'],
    ['early next month', 'UTC', '2026-02-01T09:00:00.000Z'],
    ['late next month', 'UTC', '2026-02-21T09:00:00.000Z'],
  ])('%s in %s', (text, zone, iso) => {
    expect(resolveDate(text, zone, THURSDAY_NOON).toISOString()).toBe(iso);
  });

  it('keeps a count of hours a length of time', () => {
    expect(resolveDate('in 1000 hours', 'UTC', THURSDAY_NOON).toISOString()).toBe('2026-03-05T04:00:00.000Z');
  });
});

describe('dateReader: a date phrase as one', () => {
  const phrases = (text: string) => dateReader.parse(text, NOW, { forwardDate: true }).map((reading) => reading.text);
  it.each([
    ['drop the car at the garage monday week at 8am', ['monday week at 8am']],
    ['get the car serviced tomorrow week', ['tomorrow week']],
    ["dinner at nan's a fortnight today at 6:30", ['a fortnight today at 6:30']],
    ["parents' evening on friday at 6pm", ['on friday at 6pm']],
    ['parents evening on 24/02 at 18:00', ['on 24/02 at 18:00']],
    ['footy training sat arvo', ['sat arvo']],
    ["organise the kids' party for saturday fortnight", ['saturday fortnight']],
    ['move the dentist to half three on friday', ['half three on friday']],
    // A dotted time after a day of a month is its time, never a year; a long number before "mon" is no count of months.
    ['hair appt 14 feb 11.45', ['14 feb 11.45']],
    ['pay 14 feb 11.45 quid', ['14 feb']],
    ['call insurance about claim 4471 mon', ['mon']],
  ])('%s', (text, expected) => {
    expect(phrases(text)).toEqual(expected);
  });
});

describe('resolveDate: the quarter, the working day and the nth weekday of a month', () => {
  const now = new Date('2026-01-22T12:00:00Z');
  it.each([
    ['end of the quarter', '2026-03-31T09:00:00.000Z'],
    ['eoq', '2026-03-31T09:00:00.000Z'],
    ['the last working day of the month', '2026-01-30T09:00:00.000Z'],
    ['the first business day of the month', '2026-02-02T09:00:00.000Z'],
    ['the first Monday of next month', '2026-02-02T09:00:00.000Z'],
    // "of the month" is the next one to come: January's second Tuesday (the 13th) is gone on the 22nd.
    ['the second tuesday of the month at 7pm', '2026-02-10T19:00:00.000Z'],
    ['the last friday of the month', '2026-01-30T09:00:00.000Z'],
    ['the first monday of this month', '2026-01-05T09:00:00.000Z'],
    ['the last friday in march at 3pm', '2026-03-27T15:00:00.000Z'],
  ])('reads "%s"', (phrase, instant) => {
    expect(resolveDate(phrase, 'UTC', now).toISOString()).toBe(instant);
  });
});

describe('dateReader: a month alone after "for"', () => {
  const phrases = (text: string) => dateReader.parse(text, NOW, { forwardDate: true }).map((reading) => reading.text);

  it.each([
    ['buy a card for June', []],
    ['book the campsite for August', []],
    ['pay the window cleaner for March by friday', ['friday']],
    ['book flights for june 3rd', ['june 3rd']],
    ['renew the passport in June', ['in June']],
    // The span counted from a weekday goes with it, as in "a week on friday".
    ['dentist a week from friday', ['a week from friday']],
    ['dentist a fortnight from monday at 3', ['a fortnight from monday at 3']],
  ])('"%s" reads %j', (text, read) => {
    expect(phrases(text)).toEqual(read);
  });
});

describe('resolveDate: an hour said before a day of the month', () => {
  it.each([
    ['at 8am on the 1st', '2026-02-01T13:00:00.000Z'],
    ['10:30 on the 28th', '2026-01-28T15:30:00.000Z'],
    ['at 9am on the 3rd of next month', '2026-02-03T14:00:00.000Z'],
  ])('"%s" is %s', (phrase, instant) => {
    expect(resolveDate(phrase, ZONE, NOW).toISOString()).toBe(instant);
  });
});

describe('dateReader: an amount of money', () => {
  const phrases = (text: string) => dateReader.parse(text, NOW, { forwardDate: true }).map((reading) => reading.text);

  it.each([
    ['pay the milkman £14.50 saturday', ['saturday']],
    ['pay the window cleaner €12.30 monday', ['monday']],
    ['pay Jo 20 quid at 5', ['at 5']],
    ['pay the plumber £120 friday at 10.30', ['friday at 10.30']],
  ])('"%s" reads %j', (text, read) => {
    expect(phrases(text)).toEqual(read);
  });
});

describe('completionWindow: the days a question about done tasks covers', () => {
  // Thursday 3 December 2026, 14:30 in New York (19:30 UTC).
  const now = new Date('2026-12-03T19:30:00Z');
  const zone = 'America/New_York';
  const window = (name: Parameters<typeof completionWindow>[0]) => {
    const { after, before } = completionWindow(name, zone, now);
    return [after.toISOString(), before.toISOString()];
  };

  it('runs from midnight to midnight in the user’s zone', () => {
    expect(window('today')).toEqual(['2026-12-03T05:00:00.000Z', '2026-12-04T05:00:00.000Z']);
    expect(window('yesterday')).toEqual(['2026-12-02T05:00:00.000Z', '2026-12-03T05:00:00.000Z']);
  });

  it('counts this week from Monday to the end of today, last week Monday to Monday', () => {
    expect(window('this_week')).toEqual(['2026-11-30T05:00:00.000Z', '2026-12-04T05:00:00.000Z']);
    expect(window('last_week')).toEqual(['2026-11-23T05:00:00.000Z', '2026-11-30T05:00:00.000Z']);
  });

  it('counts this month from its 1st to the end of today, last month from its 1st to this one', () => {
    expect(window('this_month')).toEqual(['2026-12-01T05:00:00.000Z', '2026-12-04T05:00:00.000Z']);
    expect(window('last_month')).toEqual(['2026-11-01T04:00:00.000Z', '2026-12-01T05:00:00.000Z']);
  });
});

describe('resolveWindowStart: a window said in words starts before it ends', () => {
  // Thursday 22 January 2026, noon in London.
  const now = new Date('2026-01-22T12:00:00Z');
  const zone = 'Europe/London';
  const start = (text: string, end: string) => resolveWindowStart(text, resolveDate(end, zone, now), zone, now).toISOString();

  it('reads a start already past when the next one would come after the end', () => {
    // "what's due in january", asked in January: this January, not next year's.
    expect(start('1 january 00:00', '1 february 00:00')).toBe('2026-01-01T00:00:00.000Z');
    // "between the 1st and the 25th", asked on the 22nd: this month's 1st.
    expect(start('the 1st 00:00', 'the 25th 24:00')).toBe('2026-01-01T00:00:00.000Z');
    // "between monday and friday", asked on Thursday, with the end read as Friday of the same week: this Monday.
    expect(start('monday 00:00', '2026-01-24T00:00:00Z')).toBe('2026-01-19T00:00:00.000Z');
  });

  it('keeps a start to come when it comes before the end', () => {
    expect(start('1 march 00:00', '1 april 00:00')).toBe('2026-03-01T00:00:00.000Z');
    expect(start('monday 00:00', 'friday 24:00 after monday')).toBe('2026-01-26T00:00:00.000Z');
    expect(start('tomorrow', '1 march 00:00')).toBe(resolveDate('tomorrow', zone, now).toISOString());
  });

  it('leaves a start that no earlier reading puts before the end as it was read', () => {
    expect(start('1 march 00:00', '1 february 00:00')).toBe('2026-03-01T00:00:00.000Z');
  });
});
