import { describe, expect, it } from 'vitest';
import { titlesByRoots, wordRoots } from './word-roots.ts';

describe('word roots', () => {
  it('reads inflected words as their roots and leaves out fillers', async () => {
    expect(await wordRoots('Cleaning the garages')).toEqual(['clean', 'garage']);
    expect(await wordRoots('called the bank')).toEqual(['call', 'bank']);
  });

  it('finds a task named in another inflection, and only by whole words', async () => {
    const tasks = [{ title: 'Clean the garage' }, { title: 'Wash car' }, { title: 'Scarf shopping' }, { title: 'Garage sale' }];
    expect(await titlesByRoots('cleaning the garage', tasks)).toEqual([{ title: 'Clean the garage' }]);
    expect(await titlesByRoots('washed the cars', tasks)).toEqual([{ title: 'Wash car' }]);
    expect(await titlesByRoots('car', tasks)).toEqual([{ title: 'Wash car' }]);
    expect(await titlesByRoots('the', tasks)).toEqual([]);
  });
});
