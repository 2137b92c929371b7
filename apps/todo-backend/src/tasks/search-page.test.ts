import { describe, expect, it } from 'vitest';
import { exactMatchPieces } from './search-page.ts';

describe('the pieces a title holds when it matches a search exactly', () => {
  it('are each word’s three-letter pieces, a shorter word whole', () => {
    expect(exactMatchPieces('fix plumber')).toEqual(['fix', 'plu', 'lum', 'umb', 'mbe', 'ber']);
    expect(exactMatchPieces('go to the café')).toEqual(['go', 'to', 'the', 'caf', 'afé']);
  });

  it('split words where pg_trgm does: at anything but letters and digits', () => {
    expect(exactMatchPieces('50%-off, x2')).toEqual(['50', 'off', 'x2']);
  });

  it('are none when no piece has three letters, as the trigram index could not read them', () => {
    expect(exactMatchPieces('to do')).toBeUndefined();
    expect(exactMatchPieces('%')).toBeUndefined();
  });
});
