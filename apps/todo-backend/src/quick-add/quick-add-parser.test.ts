import type { QuickAddFields } from '@doable/contracts';
import { describe, expect, it } from 'vitest';
import { parseQuickAdd } from './quick-add-parser.ts';

// Thursday 22 January 2026, 12:00 in New York (UTC-5).
const NOW = new Date('2026-01-22T17:00:00Z');
const ZONE = 'America/New_York';
const parse = (text: string, ignore?: { start: number; end: number }[]) =>
  parseQuickAdd(text, { now: NOW, timeZone: ZONE, ...(ignore ? { ignore } : {}) });

type Expected = Partial<QuickAddFields>;

describe('quick-add parser', () => {
  describe('priority', () => {
    it.each<[string, Expected]>([
      ['p1 file taxes', { title: 'file taxes', priority: 'high' }],
      ['file taxes p2', { title: 'file taxes', priority: 'medium' }],
      ['file taxes P3', { title: 'file taxes', priority: 'low' }],
      ['file taxes p4', { title: 'file taxes', priority: 'medium' }],
      ['!1 fix roof', { title: 'fix roof', priority: 'high' }],
      ['fix roof !2', { title: 'fix roof', priority: 'medium' }],
      ['fix roof !3', { title: 'fix roof', priority: 'low' }],
      ['fix roof !high', { title: 'fix roof', priority: 'high' }],
      ['fix roof !low', { title: 'fix roof', priority: 'low' }],
      ['urgent: call the plumber', { title: 'call the plumber', priority: 'high' }],
      ['send the invoice asap', { title: 'send the invoice', priority: 'high' }],
      ['send invoice, high priority', { title: 'send invoice', priority: 'high' }],
      ['sweep the porch low priority', { title: 'sweep the porch', priority: 'low' }],
      ['sweep the porch priority: low', { title: 'sweep the porch', priority: 'low' }],
      ['tidy desk, not urgent', { title: 'tidy desk', priority: 'low' }],
      ['sort photos no rush', { title: 'sort photos', priority: 'low' }],
      ['sort photos, not high priority', { title: 'sort photos', priority: 'low' }],
      ['sort photos (not very important)', { title: 'sort photos', priority: 'low' }],
      ['fix bug urgently p3', { title: 'fix bug', priority: 'low' }],
      ['buy p10 filters', { title: 'buy p10 filters', priority: 'medium' }],
      ['read chapter 3', { title: 'read chapter 3', priority: 'medium' }],
    ])('%s', (text, expected) => {
      expect(parse(text).fields).toMatchObject(expected);
    });
  });

  describe('tags', () => {
    it.each<[string, Expected]>([
      ['review PR @work', { title: 'review PR', tags: ['work'] }],
      ['review PR #frontend', { title: 'review PR', tags: ['frontend'] }],
      ['call mum #Family @home', { title: 'call mum', tags: ['family', 'home'] }],
      ['plan #trip-2026 trip', { title: 'plan trip', tags: ['trip-2026'] }],
      ['email bob@example.com', { title: 'email bob@example.com', tags: [] }],
      ['call supplier #1', { title: 'call supplier #1', tags: [] }],
      ['Café visit @café', { title: 'Café visit', tags: ['café'] }],
    ])('%s', (text, expected) => {
      expect(parse(text).fields).toMatchObject(expected);
    });
  });

  describe('projects', () => {
    const projects = [
      { id: 7, name: 'Work' },
      { id: 8, name: 'Home' },
      { id: 9, name: 'Home Projects' },
      { id: 10, name: 'Urgent stuff' },
    ];
    const read = (text: string) => parseQuickAdd(text, { now: NOW, timeZone: ZONE, projects });

    it.each<[string, Expected]>([
      ['review PR #work', { title: 'review PR', project_id: 7, tags: [] }],
      ['review PR #WORK p1', { title: 'review PR', project_id: 7, priority: 'high' }],
      ['fix the shelf #Home Projects tomorrow', { title: 'fix the shelf', project_id: 9, due_date: '2026-01-23T14:00:00.000Z' }],
      ['fix the shelf #home projects', { title: 'fix the shelf', project_id: 9 }],
      ['fix the shelf #Home improvements', { title: 'fix the shelf improvements', project_id: 8 }],
      ['fix the shelf #Homework', { title: 'fix the shelf', project_id: null, tags: ['homework'] }],
      ['fix the shelf #home-projects', { title: 'fix the shelf', project_id: 9, tags: [] }],
      ['fix the shelf #HomeProjects friday', { title: 'fix the shelf', project_id: 9, tags: [] }],
      ['call the bank #urgent_stuff', { title: 'call the bank', project_id: 10, tags: [] }],
      ['fix the shelf #homeproject', { title: 'fix the shelf', project_id: null, tags: ['homeproject'] }],
      ['call the bank #urgent stuff', { title: 'call the bank', project_id: 10, priority: 'medium' }],
      ['buy milk #groceries', { title: 'buy milk', project_id: null, tags: ['groceries'] }],
      ['review PR #home @x #work', { title: 'review PR', project_id: 7, tags: ['home', 'x'] }],
      ["read '#work' tomorrow", { title: "read '#work'", project_id: null }],
      ['email bob#work', { title: 'email bob#work', project_id: null }],
    ])('%s', (text, expected) => {
      expect(read(text).fields).toMatchObject(expected);
    });

    it('answers the project as a token with its id, and as a tag without the project', () => {
      expect(read('fix the shelf #Home Projects').tokens).toEqual([
        { start: 14, end: 28, text: '#Home Projects', kind: 'project', value: '9' },
      ]);
      expect(parse('fix the shelf #Home').tokens).toEqual([{ start: 14, end: 19, text: '#Home', kind: 'tag', value: 'home' }]);
      expect(parse('fix the shelf #Home').fields.project_id).toBeNull();
    });
  });

  describe('dates and times', () => {
    it.each<[string, string, string]>([
      ['buy milk tomorrow', 'buy milk', '2026-01-23T14:00:00.000Z'],
      ['buy milk tomorrow at 5pm', 'buy milk', '2026-01-23T22:00:00.000Z'],
      ['submit report by friday', 'submit report', '2026-01-23T14:00:00.000Z'],
      ['meet Sam on monday', 'meet Sam', '2026-01-26T14:00:00.000Z'],
      ['dinner with Sam at 7pm', 'dinner with Sam', '2026-01-23T00:00:00.000Z'],
      ['call the dentist next tuesday 3pm', 'call the dentist', '2026-01-27T20:00:00.000Z'],
      ['renew passport in 3 weeks', 'renew passport', '2026-02-12T14:00:00.000Z'],
      ['watch a movie tonight', 'watch a movie', '2026-01-23T03:00:00.000Z'],
      ['tidy up friday afternoon', 'tidy up', '2026-01-23T20:00:00.000Z'],
      ['pay the card on the 20th at 6am', 'pay the card', '2026-02-20T11:00:00.000Z'],
      ['plan party on friday at the office by 5pm', 'plan party at the office', '2026-01-23T22:00:00.000Z'],
      ['due by feb 3 send forms', 'send forms', '2026-02-03T14:00:00.000Z'],
      ['send forms 2026-03-01', 'send forms', '2026-03-01T14:00:00.000Z'],
      ['renew the lease a week from today', 'renew the lease', '2026-01-29T14:00:00.000Z'],
      ['pack 3 days from tomorrow', 'pack', '2026-01-26T14:00:00.000Z'],
      ['call back 2 hours from now', 'call back', '2026-01-22T19:00:00.000Z'],
      ['clean the garage this weekend', 'clean the garage', '2026-01-24T14:00:00.000Z'],
      ['pay the invoice by end of month', 'pay the invoice', '2026-01-31T14:00:00.000Z'],
      ['send the report by the end of the week', 'send the report', '2026-01-23T14:00:00.000Z'],
    ])('%s', (text, title, due) => {
      expect(parse(text).fields).toMatchObject({ title, due_date: due });
    });

    it('keeps words that only look like dates when they are quoted', () => {
      const { fields, tokens } = parse("read 'The 5th Wave' by friday");
      expect(fields).toMatchObject({ title: "read 'The 5th Wave'", due_date: '2026-01-23T14:00:00.000Z' });
      expect(tokens.map((token) => token.text)).toEqual(['by friday']);
      expect(parse('watch "Tomorrow Never Dies"').fields).toMatchObject({ title: 'watch "Tomorrow Never Dies"', due_date: null });
      expect(parse('"March on Sunday" p2').fields).toMatchObject({ title: 'March on Sunday', due_date: null, priority: 'medium' });
    });

    it('reads no date from an ordinary title', () => {
      for (const text of ['ask about the budget', 'read chapter 3', 'fix the 2 taps']) {
        expect(parse(text).fields, text).toMatchObject({ title: text, due_date: null });
      }
    });
  });

  describe('recurrence', () => {
    it.each<[string, string, string, string]>([
      ['vitamins every day at 7am', 'vitamins', 'daily', '2026-01-23T12:00:00.000Z'],
      ['stretch every morning', 'stretch', 'daily', '2026-01-23T14:00:00.000Z'],
      ['standup every weekday at 9am', 'standup', 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', '2026-01-23T14:00:00.000Z'],
      ['water plants every sunday evening', 'water plants', 'FREQ=WEEKLY;BYDAY=SU', '2026-01-26T01:00:00.000Z'],
      ['gym every tue and thu at 7pm', 'gym', 'FREQ=WEEKLY;BYDAY=TU,TH', '2026-01-23T00:00:00.000Z'],
      ['1:1 every other tuesday', '1:1', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU', '2026-01-27T14:00:00.000Z'],
      ['hike every weekend', 'hike', 'FREQ=WEEKLY;BYDAY=SA,SU', '2026-01-24T14:00:00.000Z'],
      ['clean filter every 2 weeks', 'clean filter', 'FREQ=WEEKLY;INTERVAL=2', '2026-01-23T14:00:00.000Z'],
      ['pay the cleaner every 2 weeks on friday', 'pay the cleaner', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=FR', '2026-01-23T14:00:00.000Z'],
      ['swim every other week on mon and wed', 'swim', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE', '2026-01-26T14:00:00.000Z'],
      ['sync biweekly', 'sync', 'FREQ=WEEKLY;INTERVAL=2', '2026-01-23T14:00:00.000Z'],
      ['pay rent every month on the 1st', 'pay rent', 'FREQ=MONTHLY;BYMONTHDAY=1', '2026-02-01T14:00:00.000Z'],
      ['pay card every 15th', 'pay card', 'FREQ=MONTHLY;BYMONTHDAY=15', '2026-02-15T14:00:00.000Z'],
      ['close the books every month on the last day', 'close the books', 'FREQ=MONTHLY;BYMONTHDAY=-1', '2026-01-31T14:00:00.000Z'],
      ['retro every last friday of the month', 'retro', 'FREQ=MONTHLY;BYDAY=-1FR', '2026-01-30T14:00:00.000Z'],
      ['book club every first monday', 'book club', 'FREQ=MONTHLY;BYDAY=1MO', '2026-02-02T14:00:00.000Z'],
      ['checkup yearly', 'checkup', 'FREQ=YEARLY', '2026-01-23T14:00:00.000Z'],
      ['standup daily 9:30am', 'standup', 'daily', '2026-01-23T14:30:00.000Z'],
      ['team sync every monday starting feb 9 at 10am', 'team sync', 'FREQ=WEEKLY;BYDAY=MO', '2026-02-09T15:00:00.000Z'],
    ])('%s', (text, title, recurring, due) => {
      expect(parse(text).fields).toMatchObject({ title, recurring, recurrence_basis: 'due', due_date: due });
    });

    it('puts the first due date on the rule, not on the day named', () => {
      // Friday 23 January is named, but the rule says Sundays.
      expect(parse('review week every sunday from friday').fields.due_date).toBe('2026-01-25T14:00:00.000Z');
    });

    it('reads the end of a series into the rule, as a chip of its own, never as the due date', () => {
      const text = 'every day until march: stretch';
      expect(parse(text)).toEqual({
        fields: expect.objectContaining({ title: 'stretch', recurring: 'FREQ=DAILY;UNTIL=20260301', due_date: '2026-01-23T14:00:00.000Z' }),
        tokens: [
          { start: 0, end: 9, text: 'every day', kind: 'recurrence', value: 'daily' },
          { start: 10, end: 21, text: 'until march', kind: 'recurrence', value: 'FREQ=DAILY;UNTIL=20260301' },
        ],
      });
      // The end kept as text leaves the series without one; the rule kept as text leaves "until march" a due date.
      expect(parse(text, [{ start: 10, end: 21 }]).fields).toMatchObject({ title: 'until march: stretch', recurring: 'daily' });
      expect(parse(text, [{ start: 0, end: 9 }]).fields).toMatchObject({
        title: 'every day: stretch',
        recurring: null,
        due_date: '2026-03-01T14:00:00.000Z',
      });
    });

    it('counts a span from the first due date, and reads no end without a rule', () => {
      // Wednesdays from 28 January for 10 weeks: the last is 1 April, the series ends on 7 April.
      expect(parse('lessons every wed for 10 weeks').fields.recurring).toBe('FREQ=WEEKLY;BYDAY=WE;UNTIL=20260407');
      expect(parse('stretch 6 times tomorrow').fields).toMatchObject({ title: 'stretch 6 times', recurring: null });
      expect(parse('work every day until 5pm').fields).toMatchObject({ recurring: 'daily', due_date: '2026-01-22T22:00:00.000Z' });
    });

    it('reads every! as a rhythm that counts from completion', () => {
      expect(parse('take out the trash every! 3 days').fields).toMatchObject({
        title: 'take out the trash',
        recurring: 'FREQ=DAILY;INTERVAL=3',
        recurrence_basis: 'completion',
      });
    });
  });

  describe('reminders', () => {
    it.each<[string, Expected]>([
      ['call mum tomorrow remind me 1h before', { title: 'call mum', remind_before: '1h', reminder_at: null }],
      ['call the bank thursday 10am, ping me 20 min before', { title: 'call the bank', remind_before: '20m' }],
      ['dentist next tuesday 3pm remind me the day before', { title: 'dentist', remind_before: '1d' }],
      ['email team friday, remind me an hour before', { title: 'email team', remind_before: '1h' }],
      ['pay bill friday, reminder 30m before', { title: 'pay bill', remind_before: '30m' }],
      ['call mum tomorrow, remind me at 9am', { title: 'call mum', reminder_at: '2026-01-23T14:00:00.000Z', remind_before: null }],
      ['pay bill remind me tomorrow at 10am', { title: 'pay bill', reminder_at: '2026-01-23T15:00:00.000Z', due_date: null }],
    ])('%s', (text, expected) => {
      expect(parse(text).fields).toMatchObject(expected);
    });

    it('never takes the due date from a reminder clause', () => {
      expect(parse('call the bank Friday 10am, ping me 20 min before').fields.due_date).toBe('2026-01-23T15:00:00.000Z');
      expect(parse('call the bank remind me 20 min before').fields.due_date).toBeNull();
      expect(parse('remind me the day before the dentist').fields).toMatchObject({ due_date: null, remind_before: '1d' });
      // A clause it cannot read stays in the title, and still sets no date.
      expect(parse('call mum remind me sometime tomorrow').fields).toMatchObject({
        title: 'call mum remind me sometime tomorrow',
        due_date: null,
        reminder_at: null,
      });
    });
  });

  describe('description', () => {
    it.each<[string, Expected]>([
      ['pay rent //transfer to the landlord', { title: 'pay rent', description: 'transfer to the landlord' }],
      [
        'pay rent p1 // ask about the deposit tomorrow',
        { title: 'pay rent', priority: 'high', description: 'ask about the deposit tomorrow', due_date: null },
      ],
      ['read https://example.com/a//b later', { title: 'read https://example.com/a//b later', description: '' }],
    ])('%s', (text, expected) => {
      expect(parse(text).fields).toMatchObject(expected);
    });
  });

  it('answers every token with its span, text, kind and value', () => {
    const text = 'pay rent every month on the 1st p1 @home //by transfer';
    const { fields, tokens } = parse(text);
    expect(fields).toMatchObject({ title: 'pay rent', tags: ['home'], priority: 'high', description: 'by transfer' });
    expect(tokens).toEqual([
      { start: 9, end: 31, text: 'every month on the 1st', kind: 'recurrence', value: 'FREQ=MONTHLY;BYMONTHDAY=1' },
      { start: 32, end: 34, text: 'p1', kind: 'priority', value: 'high' },
      { start: 35, end: 40, text: '@home', kind: 'tag', value: 'home' },
      { start: 41, end: 54, text: '//by transfer', kind: 'description', value: 'by transfer' },
    ]);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
  });

  it('keeps ignored spans as plain title text', () => {
    const text = 'buy milk tomorrow p1 #errands';
    expect(parse(text, [{ start: 9, end: 17 }]).fields).toMatchObject({ title: 'buy milk tomorrow', due_date: null, priority: 'high' });
    expect(parse(text, [{ start: 21, end: 29 }]).fields).toMatchObject({ title: 'buy milk #errands', tags: [] });
    // Spans past the end of the text are cut to it.
    expect(parse('p1 fix', [{ start: 0, end: 99 }]).fields).toMatchObject({ title: 'p1 fix', priority: 'medium' });
  });

  it('leaves no filler words or dangling separators in the title', () => {
    expect(parse('call mum on friday, p1').fields.title).toBe('call mum');
    expect(parse('finish the slides by tomorrow at noon and').fields.title).toBe('finish the slides');
    expect(parse('buy milk. tomorrow.').fields.title).toBe('buy milk.');
    expect(parse('ship v1.2 tomorrow, p1').fields.title).toBe('ship v1.2');
    expect(parse('tomorrow p1').fields.title).toBe('');
  });
});
