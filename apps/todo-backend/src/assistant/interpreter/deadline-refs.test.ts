import { describe, expect, it } from 'vitest';
import { parseTaskRef } from './phrases.ts';

// A deadline is its task's date: "the grant deadline" and "the deadline on the report" name the grant and the report.

describe('a task named by its deadline', () => {
  it.each([
    ['the grant deadline', 'grant'],
    ['the deadline on the report', 'report'],
    ['deadline for my tax return', 'tax return'],
    ["the essay's due date", 'essay'],
    ['the pitch hand-in date', 'pitch'],
    ['the deadline of the lab write-up', 'lab write-up'],
  ])('"%s" is the task %s', (words, title) => {
    expect(parseTaskRef(words)).toEqual({ title });
  });

  it.each([
    ['the VAT deadline', 'VAT deadline'],
    ['the UCAS deadline', 'UCAS deadline'],
    ['the deadline', 'deadline'],
    ['chase the deadline extension', 'chase the deadline extension'],
    ['deadlines board', 'deadlines board'],
  ])('"%s" keeps its words: %s', (words, title) => {
    expect(parseTaskRef(words)).toEqual({ title });
  });
});
