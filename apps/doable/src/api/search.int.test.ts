import { aTask, signUp } from '@doable/test-kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { STORAGE_KINDS, startTestApp, type TestApp } from '../testing/test-app.ts';

const TITLES = [
  'Buy groceries for the week',
  'Call the plumber about the leak',
  'Renew passport',
  'Water the plants',
  'Plan the team offsite',
  'Buy a silk scarf for Mum',
  'Book dentist appointment',
];

describe.each(STORAGE_KINDS)('search on %s', (kind) => {
  let t: TestApp;
  let token: string;
  const search = async (words: string) => {
    const res = await t.api.get(`/api/v1/tasks?status=all&limit=50&search=${encodeURIComponent(words)}`, token);
    expect(res.status).toBe(200);
    return (res.body.items as { title: string }[]).map((task) => task.title);
  };

  beforeAll(async () => {
    t = await startTestApp({ kind, postgresUrl: inject('postgresUrl') });
    token = (await signUp(t.api, 'Searcher')).token;
    for (const title of TITLES) await t.api.post('/api/v1/tasks', aTask({ title }), token);
  });
  afterAll(() => t.stop());

  it.each([
    ['a part of a word', 'grocer', 'Buy groceries for the week'],
    ['another case', 'PASSPORT', 'Renew passport'],
    ['one letter substituted', 'plumbar', 'Call the plumber about the leak'],
    ['one letter left out', 'appointmnt', 'Book dentist appointment'],
    ['one letter added', 'passsport', 'Renew passport'],
    ['two letters swapped', 'paspsort', 'Renew passport'],
    ['two letters swapped in a short word', 'wtaer', 'Water the plants'],
    ['a typo in one of two words', 'water the plnts', 'Water the plants'],
    ['typos in two words', 'dentst apointment', 'Book dentist appointment'],
    ['a swap in one of two words', 'renew pasrport', 'Renew passport'],
  ])('finds a title by %s ("%s")', async (_case, words, title) => {
    expect(await search(words)).toContain(title);
  });

  it.each([
    ['a word that only shares letters', 'milk', []],
    ['an unrelated word', 'invoice', []],
    ['a short unrelated word', 'cat', []],
    ['a word close to two titles finds only those', 'buy', ['Buy groceries for the week', 'Buy a silk scarf for Mum']],
  ])('does not find what it should not: %s ("%s")', async (_case, words, titles) => {
    expect((await search(words)).sort()).toEqual([...titles].sort());
  });
});
