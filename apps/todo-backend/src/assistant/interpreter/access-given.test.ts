import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { call } from './said-rows.ts';

const known = { projects: ['Inbox', 'Groceries', 'Work', 'Garden Club', 'Home Projects'] };
const read = (sentence: string) => interpret(sentence, known);

describe('sharing said as access given', () => {
  it.each([
    ['give tom@example.com view access to Garden Club', { project: 'Garden Club', email: 'tom@example.com', role: 'viewer' }],
    ['grant ana@example.com edit access on the Work project', { project: 'Work', email: 'ana@example.com', role: 'editor' }],
    ['give lee@example.com access to Groceries', { project: 'Groceries', email: 'lee@example.com' }],
    ['give sam@example.com read-only access to Home Projects', { project: 'Home Projects', email: 'sam@example.com', role: 'viewer' }],
    ['grant jo@example.com editing rights to the garden club', { project: 'Garden Club', email: 'jo@example.com', role: 'editor' }],
  ])('"%s"', (sentence, args) => {
    expect(read(sentence)).toEqual(call('share_project', args));
  });
});
