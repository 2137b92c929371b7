import { describe, expect, it } from 'vitest';
import { interpret } from './offline-interpreter.ts';
import { call, type Said, t } from './said-rows.ts';

describe('the offline interpreter on a reminder set before the event a task names', () => {
  it.each<Said>([
    ['remind me an hour before the district nurse comes', 'set_reminder', { before: '1h' }, t('district nurse')],
    ['remind me 30 min before the physio arrives', 'set_reminder', { before: '30m' }, t('physio')],
    ['ping me an hour before the taxi comes', 'set_reminder', { before: '1h' }, t('taxi')],
    ['remind me 2 hours before the report is due', 'set_reminder', { before: '2h' }, t('report')],
    ['nudge me 15 minutes before the hospital transport picks him up', 'set_reminder', { before: '15m' }, t('hospital transport')],
    ['remind me 10 minutes before the school play starts', 'set_reminder', { before: '10m' }, t('school play')],
    ['remind me a week before the car insurance renews', 'set_reminder', { before: '1w' }, t('car insurance')],
    ['remind me the day before the bins go out', 'set_reminder', { before: '1d' }, t('bins')],
    ['remind me 2 days before the direct debit comes out', 'set_reminder', { before: '2d' }, t('direct debit')],
    ['remind me a fortnight before the passport expires', 'set_reminder', { before: '2w' }, t('passport')],
  ])('%s', (phrase, tool, args, target) => {
    expect(interpret(phrase)).toEqual(call(tool as string, args ?? {}, target));
  });

  it('keeps a last word that may be a plural noun of the title', () => {
    expect(interpret('remind me 10 min before the nurse visits')).toEqual(call('set_reminder', { before: '10m' }, t('nurse visits')));
  });
});
