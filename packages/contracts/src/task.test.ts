import { describe, expect, it } from 'vitest';
import { createTaskBodySchema, listTasksQuerySchema, tagListSchema, tagSchema, taskIdSchema } from './task.ts';

describe('tag rules', () => {
  it.each([
    [' Work ', 'work'],
    ['ÄRGER', 'ärger'],
    ['ΣΟΦΊΑ', 'σοφία'],
    ['Home-Office', 'home-office'],
  ])('normalises %j to %j', (input, output) => {
    expect(tagSchema.parse(input)).toBe(output);
  });

  it.each(['', '   ', 'a,b', 'x'.repeat(41), 'nul\u0000'])('refuses %j', (input) => {
    expect(tagSchema.safeParse(input).success).toBe(false);
  });

  it('de-duplicates after normalising and allows at most 20 tags', () => {
    expect(tagListSchema.parse(['Home', 'home ', 'HOME', 'work'])).toEqual(['home', 'work']);
    expect(tagListSchema.safeParse(Array.from({ length: 20 }, (_, i) => `t${i}`)).success).toBe(true);
    expect(tagListSchema.safeParse(Array.from({ length: 21 }, (_, i) => `t${i}`)).success).toBe(false);
    // 21 spellings of one tag are one tag.
    expect(tagListSchema.parse(Array.from({ length: 21 }, () => 'Same'))).toEqual(['same']);
  });
});

describe('task bodies', () => {
  it('refuses both an absolute and a relative reminder', () => {
    const result = createTaskBodySchema.safeParse({ title: 'x', reminder_at: '2030-01-01T00:00:00Z', remind_before: '1h' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['remind_before']);
  });

  it('takes dates from the start of 1900 to the end of 9999 (UTC)', () => {
    expect(createTaskBodySchema.safeParse({ title: 'x', due_date: '0016-01-06T19:19:18Z' }).success).toBe(false);
    expect(createTaskBodySchema.safeParse({ title: 'x', due_date: '1900-01-01T00:00:00Z' }).success).toBe(true);
    expect(createTaskBodySchema.safeParse({ title: 'x', due_date: '9999-12-31T23:59:59.999Z' }).success).toBe(true);
    expect(createTaskBodySchema.safeParse({ title: 'x', due_date: '9999-12-31T23:59:59-01:00' }).success).toBe(false);
  });

  it('requires an offset in due dates', () => {
    expect(createTaskBodySchema.safeParse({ title: 'x', due_date: '2030-01-01T10:00:00' }).success).toBe(false);
    expect(createTaskBodySchema.parse({ title: 'x', due_date: '2030-01-01T10:00:00+02:00' }).due_date).toEqual(
      new Date('2030-01-01T08:00:00Z'),
    );
  });
});

describe('list query', () => {
  it('parses comma lists and defaults', () => {
    expect(listTasksQuerySchema.parse({ priority: 'high, low', tags: 'Work,,home' })).toMatchObject({
      priority: ['high', 'low'],
      tags: ['work', 'home'],
      status: 'all',
      tags_match: 'all',
      limit: 50,
    });
  });

  it('reads limit in decimal digits only', () => {
    expect(listTasksQuerySchema.parse({ limit: '200' }).limit).toBe(200);
    for (const limit of ['0x10', '1e1', ' 10', '+10', '010', '10.0', '0', '201']) {
      expect(listTasksQuerySchema.safeParse({ limit }).success, limit).toBe(false);
    }
  });

  it('refuses unknown priorities, sorts and parameters', () => {
    expect(listTasksQuerySchema.safeParse({ priority: 'urgent' }).success).toBe(false);
    expect(listTasksQuerySchema.safeParse({ sort: 'color' }).success).toBe(false);
    expect(listTasksQuerySchema.safeParse({ colour: 'red' }).success).toBe(false);
  });
});

describe('task ids in URLs', () => {
  it.each([
    ['1', 1],
    ['16', 16],
    ['9007199254740991', Number.MAX_SAFE_INTEGER],
  ])('reads %j as %j', (text, id) => {
    expect(taskIdSchema.parse(text)).toBe(id);
  });

  it.each([
    '0x10',
    '1e1',
    ' 10',
    '10 ',
    '+10',
    '010',
    '10.0',
    '1_0',
    '10n',
    '0b10',
    '0o10',
    '١٠',
    '１０',
    '',
    '0',
    '-1',
    'Infinity',
    'NaN',
    '9007199254740992',
    '9223372036854775808',
    '9'.repeat(400),
  ])('refuses %j', (text) => {
    expect(taskIdSchema.safeParse(text).success).toBe(false);
  });
});
