import { describe, expect, it } from 'vitest';
import { searchVariants } from './search-variants.ts';

describe('searchVariants', () => {
  it('is the search, then each neighbouring pair of letters swapped within words', () => {
    expect(searchVariants('wtaer')).toEqual(['wtaer', 'twaer', 'water', 'wtear', 'wtare']);
    expect(searchVariants('a bc')).toEqual(['a bc', 'a cb']);
  });

  it('leaves doubled letters, digits and signs where they are', () => {
    expect(searchVariants('ss')).toEqual(['ss']);
    expect(searchVariants('50%')).toEqual(['50%']);
  });

  it('swaps letters of any script, whole code points', () => {
    expect(searchVariants('éa')).toEqual(['éa', 'aé']);
    expect(searchVariants('猫犬')).toEqual(['猫犬', '犬猫']);
  });

  it('matches a long search only as typed', () => {
    const long = 'plan the quarterly offsite with the whole team';
    expect(searchVariants(long)).toEqual([long]);
  });
});
