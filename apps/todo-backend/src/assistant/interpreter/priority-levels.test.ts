import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { call, type Said, t } from './said-rows.ts';

describe("the offline interpreter on a task's level, its name ending in a place's \"'s\"", () => {
  it.each<Said>([
    ["make the garden tidy at mum's low priority", 'set_priority', { priority: 'low' }, t("garden tidy at mum's")],
    ["make the shed at mum's low priority", 'set_priority', { priority: 'low' }, t("shed at mum's")],
    ["make the party at Sam's high priority", 'set_priority', { priority: 'high' }, t("party at Sam's")],
    ["make the sleepover at Grace's medium priority", 'set_priority', { priority: 'medium' }, t("sleepover at Grace's")],
    // "'s" before the field's name is the task's own.
    ["set the report's priority to high", 'set_priority', { priority: 'high' }, t('report')],
    ["change the dentist's priority to low", 'set_priority', { priority: 'low' }, t('dentist')],
  ])('%s', (phrase, tool, args, target) => {
    expect(interpret(phrase)).toEqual(call(tool as string, args ?? {}, target));
  });
});
