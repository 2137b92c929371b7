import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { call, type Said, t } from './said-rows.ts';

describe('the offline interpreter on a deletion after what someone else no longer does', () => {
  it.each<Said>([
    ["dad's not going to the day centre any more so bin that task", 'delete_task', {}, t('day centre')],
    ["dad's not going to the lunch club any more, delete it", 'delete_task', {}, t('lunch club')],
    ["mum isn't doing the swimming any more so delete it", 'delete_task', {}, t('swimming')],
    ["Grace won't be attending the holiday club, remove it", 'delete_task', {}, t('holiday club')],
    ['she is no longer doing the chair yoga, get rid of it', 'delete_task', {}, t('chair yoga')],
  ])('%s', (phrase, tool, args, target) => {
    expect(interpret(phrase)).toEqual(call(tool as string, args ?? {}, target));
  });

  it('deletes nothing on the news alone', () => {
    expect(interpret("dad's not going to the day centre any more").kind).toBe('help');
  });
});
