import { describe, expect, it } from 'vitest';
import { titlesByRoots, titlesNamedBy, wordRoots } from './word-roots.ts';

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

  it('finds a task through a typing slip, preferring a title with the words as said', async () => {
    const tasks = [{ title: 'Dentist' }, { title: 'Feed the horse' }, { title: 'Clean the house' }, { title: 'Pay the bar tab' }];
    expect(await titlesByRoots('the dentsit', tasks)).toEqual([{ title: 'Dentist' }]);
    expect(await titlesByRoots('the horse', tasks)).toEqual([{ title: 'Feed the horse' }]);
    expect(await titlesByRoots('cleaning the hosue', tasks)).toEqual([{ title: 'Clean the house' }]);
    // Short words are told apart by every letter: "car" is not "bar".
    expect(await titlesByRoots('the car tab', tasks)).toEqual([]);
  });

  it('finds a task named with more words than its title has', async () => {
    const tasks = [{ title: 'Dentist' }, { title: 'Book appointment' }, { title: 'Wash car' }];
    expect(await titlesByRoots('the dentist appointment', tasks)).toEqual([{ title: 'Dentist' }]);
    expect(await titlesByRoots('washing the car on the drive', tasks)).toEqual([{ title: 'Wash car' }]);
    expect(await titlesByRoots('the vet appointment', tasks)).toEqual([]);
  });

  it('says when a title was found only loosely, so a deletion can be offered instead of done', async () => {
    const tasks = [{ title: 'Dentist' }, { title: 'Clean the garage' }];
    expect(await titlesNamedBy('cleaning the garage', tasks)).toEqual({ items: [{ title: 'Clean the garage' }], loose: false });
    expect(await titlesNamedBy('the dentsit', tasks)).toEqual({ items: [{ title: 'Dentist' }], loose: true });
    expect(await titlesNamedBy('the dentist appointment', tasks)).toEqual({ items: [{ title: 'Dentist' }], loose: true });
  });
});
