import { describe, expect, it } from 'vitest';
import { readPhrase } from '../eval/language-eval.ts';
import { across, sampleOf } from './grid-sample.ts';

// Negatives as a grid: a request said with "don't", "do not", "never", "no need to" (before any verb of ours, with
// what is said around it), and what is said instead of a request ("never mind", "not now", "cancel that" with nothing
// pending). None of them may call a tool: a change the user said not to make is the worst reading there is.

const NOT = ["don't", 'do not', 'dont', 'never', 'please do not', 'no need to', "you don't have to", "there's no need to"];
const REQUESTS = [
  'add milk',
  'add buy milk tomorrow',
  'delete the report',
  'remove task 4',
  'mark the report done',
  'mark 4 as done',
  'complete the report',
  'tick off the dishes',
  'move the dentist to friday',
  'reschedule the report',
  'rename the report to essay',
  'tag the report work',
  'set the report to high priority',
  'move the report to tomorrow',
  'change the due date of 4',
];
const LEADS = ['', 'actually, ', 'no, ', 'wait, ', 'hmm ', 'oh '];
const TAILS = ['', ' yet', ' please', ' after all', '!', ' for now', ' thanks'];

/** Not a request: "never mind", "not now", "cancel that" with nothing pending. */
const NOT_A_REQUEST = [
  'never mind',
  'nevermind',
  'nvm',
  'never mind, thanks',
  'not now',
  'not right now',
  'maybe later',
  'not yet',
  'cancel that',
  'cancel',
  'forget it',
  'forget that',
  'scratch that',
  'no',
  'nope',
  'nah',
  'no thanks',
  'no, leave it',
  'leave it',
  'leave it as it is',
  'stop',
  "that's all",
  "that's it for now",
  'nothing else',
  'actually no',
  'wait no',
];

const negated = across(across(LEADS, TAILS), across(NOT, REQUESTS)).map(
  ([[lead, tail], [not, request]]) => `${lead}${not} ${request}${tail}`,
);
const PHRASES = [...across(NOT, REQUESTS).map(([not, request]) => `${not} ${request}`), ...sampleOf(negated, 200, 79), ...NOT_A_REQUEST];

describe('the offline interpreter on a grid of negatives', () => {
  it.each(PHRASES)('calls nothing for %j', (phrase) => {
    expect(readPhrase(phrase).kind).not.toBe('call');
  });
});
