import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { call, id, last, type Said, t } from './said-rows.ts';

// Courtesy around a request ("please …", "…, thanks!") is taken off before any reader sees the request, so each
// reader reads it as it reads the request alone.
describe('a request framed by courtesy', () => {
  it.each<Said>([
    ['please we sold the car so delete the MOT task', 'delete_task', {}, t('MOT')],
    ['delete the reminder, not the task, thanks!', 'set_reminder', { clear: true }, last],
    ['complete 4, not 5, thanks!', 'complete_task', {}, id(4)],
    ['cancel friday drinks but keep the dentist, thanks!', 'delete_task', {}, t('friday drinks')],
    ['please ✓ 9', 'complete_task', {}, id(9)],
    ['pls take bread off the groceries list. thank you so much', 'delete_task', {}, t('bread')],
    // The words of a title stay: only a thanks marked off by a comma or a full stop is courtesy.
    ['add write a thank you card, thanks', 'add_task', { title: 'write a thank you card' }],
  ])('%s', (phrase, tool, args, target) => {
    expect(interpret(phrase, { projects: ['Inbox', 'Groceries', 'Work'] })).toEqual(call(tool as string, args ?? {}, target));
  });
});
