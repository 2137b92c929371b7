import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './task-cursor.ts';

const forge = (parts: unknown[]) => Buffer.from(JSON.stringify(parts)).toString('base64url');

describe('task cursors', () => {
  it.each([
    ['due_date', 'asc', '2031-03-03 09:00:00+00'],
    ['due_date', 'asc', null],
    ['created_at', 'desc', '2026-01-20 18:00:00.123456+00'],
    ['created_at', 'desc', '1899-12-31 23:06:32+00:53:28'],
    ['updated_at', 'desc', '2024-02-29 23:59:59-15:59:59'],
    ['priority', 'desc', '3'],
    ['relevance', 'desc', '0.41666666'],
    ['relevance', 'desc', '1'],
    ['title', 'asc', 'pay rent 😀'],
  ] as const)('round-trips a %s cursor', (sort, order, value) => {
    const cursor = { sort, order, value, id: 42 };
    expect(decodeCursor(encodeCursor(cursor), { sort, order })).toEqual(cursor);
  });

  it.each([
    ['due_date', '2031-01-01 00:00:00+16'],
    ['due_date', '2031-01-01 00:00:00+15:60'],
    ['due_date', '2031-02-29 00:00:00+00'],
    ['due_date', '2031-04-31 00:00:00+00'],
    ['due_date', '0000-01-01 00:00:00+00'],
    ['due_date', '2031-01-01 24:00:00+00'],
    ['due_date', '2031-01-01 00:00:00+00\u0000'],
    ['created_at', null],
    ['relevance', '1e999'],
    ['relevance', '1e-50'],
    ['relevance', '1.5'],
    ['relevance', 'Infinity'],
    ['title', 'a\u0000b'],
    ['title', '\ud800'],
    ['priority', '4'],
    ['priority', null],
  ] as const)('refuses a %s cursor holding %j', (sort, value) => {
    expect(() => decodeCursor(forge([sort, 'asc', value, 1]), { sort, order: 'asc' })).toThrow('The cursor is not valid');
  });

  it('takes the longest title, counted in characters rather than UTF-16 units', () => {
    const cursor = { sort: 'title', order: 'asc' as const, value: '😀'.repeat(500), id: 7 };
    expect(decodeCursor(encodeCursor(cursor), cursor)).toEqual(cursor);
  });

  it('refuses a title longer than any lower-cased title', () => {
    expect(() => decodeCursor(forge(['title', 'asc', 'x'.repeat(2001), 1]), { sort: 'title', order: 'asc' })).toThrow('not valid');
  });

  it.each(['0', '-1', '1.5', '9007199254740992', '"1"', 'null', '1e999'])('refuses the id %s', (id) => {
    const cursor = Buffer.from(`["title","asc","a",${id}]`).toString('base64url');
    expect(() => decodeCursor(cursor, { sort: 'title', order: 'asc' })).toThrow('The cursor is not valid');
  });
});
