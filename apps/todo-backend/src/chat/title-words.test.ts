import { describe, expect, it } from 'vitest';
import { referenceWords, titleHasWords } from './title-words.ts';

describe('finding a reference’s words in a title', () => {
  it.each([
    ['the old sofa', 'Take old sofa to the tip'],
    ['the expenses', 'File expenses'],
    ['my passport', 'Renew passport'],
    ['dentist', 'Book the Dentist'],
    ['call mum', 'Call mum back'],
    ['letter to grandma', 'Post the letter to grandma'],
  ])('finds %j in %j', (reference, title) => {
    expect(titleHasWords(title, referenceWords(reference))).toBe(true);
  });

  it.each([
    ['car', 'Scarf shopping'],
    ['the gym', 'Gymnastics class'],
    ['tickets for the concert', 'Buy concert tickets'],
    ['call mum', 'Call dad'],
  ])('does not find %j in %j', (reference, title) => {
    expect(titleHasWords(title, referenceWords(reference))).toBe(false);
  });

  it('keeps words that only point when nothing else is said', () => {
    expect(referenceWords('the this')).toEqual(['the', 'this']);
    expect(referenceWords('The Old  Sofa')).toEqual(['old', 'sofa']);
  });
});
