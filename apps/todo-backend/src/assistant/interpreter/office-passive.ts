import { englishTerms } from './word-roots.ts';

// The passive of a request, as it is written at work: "the audit task is to be renamed to …", "the recurrence on the
// payroll task should be changed to monthly", "the newsletter draft can be deprioritised for now", "task 31 has been
// actioned and can be closed", "could a task be created for the renewal of …", "please create a task for the board
// meeting …". Each is said once in the active voice the rest of the rules read; nothing here decides what is meant.

/**
 * The verbs of our changes a duty may name. "The report should be done by Friday" says when work is due, never asks
 * for a change: only these verbs turn the passive into a request.
 */
const CHANGE_VERBS = new Set([
  'rename',
  'retitle',
  'change',
  'amend',
  'update',
  'move',
  'reschedule',
  'postpone',
  'close',
  'complete',
  'remove',
  'delete',
  'cancel',
  'deprioritise',
  'deprioritize',
  'prioritise',
  'prioritize',
  'tag',
  'label',
  'reopen',
  'set',
  'clear',
  'mark',
  'push',
  'escalate',
]);

/** "the audit task is to be renamed …", "task 12 should now be moved …", "the draft can be deprioritised …". */
const DUTY =
  /^((?:the|our|my|this|that|task|item|ticket|action|number)\b.+?)\s+(?:is\s+to|are\s+to|should|must|needs?\s+to|has\s+to|have\s+to|can|could|may|will\s+need\s+to)\s+(?:now\s+|also\s+|please\s+)?be\s+([a-z]+)\b\s*(.*)$/i;
/** "…, as it is now ongoing", "… for now": when, or why, the duty holds; never the change. */
const FOR_NOW = /(?:^|\s+)(?:for\s+now|for\s+the\s+time\s+being|going\s+forward|from\s+now\s+on)$/i;
/** "task 31 has been actioned and can be closed", "the expense claim has been dealt with, it can be closed": done. */
const DONE_AND_CLOSED =
  /\s+(?:has|have)\s+(?:now\s+)?been\s+(?:actioned|dealt\s+with|resolved|completed|done|sorted|handled|processed)\s*(?:,\s*(?:it|they)|and)\s+(?:can|may|should)\s+(?:now\s+)?be\s+(?:closed|marked\s+(?:as\s+)?(?:done|complete|completed)|ticked\s+off|closed\s+off)$/i;
/** "Could a task be created for …", "can an item be added to …": a task asked for in the passive. */
const TASK_BE_MADE =
  /^(?:could|can|would|may|might)\s+(?:a|an)\s+(?:new\s+)?(?:task|item|todo|action|ticket)\s+(?:please\s+)?be\s+(?:created|added|set\s+up|raised|logged|opened)\s+(?:for|to)\s+(?:the\s+)?/i;
/**
 * "create a task for the board meeting on Tuesday": the task is the thing named ("for the day" or "for the weekend" is
 * its date, read as it is). "add a task for the parcel" is read by the rules for "add" (its title keeps "the").
 */
const TASK_FOR_THE =
  /\b(create|set\s+up|make|log|raise|open)\s+(?:a|an)\s+(?:new\s+)?(?:task|item|todo|action|ticket|entry)\s+for\s+the\s+(?!(?:day|week|weekend|month|year|morning|afternoon|evening|end|start|first|last)\b)/i;

function verbOf(participle: string): string | undefined {
  const term = englishTerms(`it was ${participle} today`)[2];
  const root = term?.tags.includes('Verb') && term.root && term.root !== participle ? term.root : undefined;
  const guessed = root ?? participle.replace(/(?<=[tvszcm])ed$/i, 'e').replace(/ed$/i, '');
  return CHANGE_VERBS.has(guessed.toLowerCase()) ? guessed : undefined;
}

/** The passive request said in the active voice, or the text as it was. */
export function inActiveVoice(text: string): string {
  let said = text.replace(TASK_BE_MADE, 'add ').replace(TASK_FOR_THE, 'add ');
  const done = DONE_AND_CLOSED.exec(said);
  if (done) said = `${said.slice(0, done.index)} is done`;
  const duty = DUTY.exec(said);
  const verb = duty?.[2] ? verbOf(duty[2]) : undefined;
  if (duty?.[1] && verb) {
    // "the hedge should be renamed trim the hedge": the new title, after "to" as the rules read it.
    const rest = (duty[3] ?? '')
      .replace(FOR_NOW, '')
      .replace(/^(?=\S)(?!(?:to|as|into)\b)/i, /^re(?:name|title)$/i.test(verb) ? 'to ' : '');
    said = `${verb} ${duty[1]} ${rest}`.trim();
  }
  return said;
}
