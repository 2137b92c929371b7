import { isWholeDate } from './whole-dates.ts';

// A task named by its reminder, as people used to a voice assistant name it: "my reminder to call the bank", "my
// reminder about the boiler", "the gym reminder". The reminder is the task's: a change to it ("mark my reminder to
// call the bank as done", "make the gym reminder repeat") is a change to the task, and a reminder deleted is the
// reminder cleared, never the task deleted.

const OWNER_AFTER = /^(?:(?:the|my|that|this)\s+)?reminder\s+(?:to|about|for|of|on)\s+(.+)$/i;
const OWNER_BEFORE = /^(?:(?:the|my|that|this)\s+)?(.+?)\s+reminder$/i;
const CLEARED =
  /^(?:delete|remove|cancel|clear|drop|scrap|turn\s+off|switch\s+off|get\s+rid\s+of)\s+(?:the|my|that|this|its)\s+(?:reminders?\s+(?:to|for|about|on|of|from)\s+(.+)|(.+?)\s+reminder)$/i;

/** "remove call mom from my reminders": the task stays, its reminder goes. */
const OFF_REMINDERS = /^(?:remove|delete|take|drop)\s+(.+?)\s+(?:from|off|out\s+of)\s+(?:my|the)\s+reminders?(?:\s+list)?$/i;
/** "take the reminder off the dentist", "take off the reminder on task 4", "get the reminder off of the bins". */
const TAKEN_OFF = /^(?:take|get)\s+(?:off\s+)?(?:the|my|its)\s+reminders?\s+(?:off\s+(?:of\s+)?|from\s+|on\s+|for\s+)(.+?)(?:\s+off)?$/i;
/** "no need to remind me about the dentist", "you don't need to remind me about the bins any more". */
const NO_NEED =
  /^(?:there'?s\s+|there\s+is\s+)?(?:no\s+need|(?:you\s+)?(?:don'?t|do\s+not)\s+need)\s+to\s+remind\s+me\s+(?:about|of|for)\s+(.+?)(?:\s+any\s*more)?$/i;
/** "cancel that reminder", "delete the reminder": the reminder of the task the conversation is on, never a task so named. */
/** "the broadband bill doesn't need a reminder", "the gym needs no reminders any more": said of the task, first. */
const NEEDS_NONE =
  /^(?!(?:i|we|you|there)\s)(.+?)\s+(?:(?:doesn'?t|does\s+not|don'?t|do\s+not)\s+need\s+(?:a|an|any|the|its|their)?|needs\s+no|has\s+no\s+need\s+(?:of|for)\s+(?:a|any)?)\s*(?:reminders?|alerts?|alarms?|notifications?|nudges?)(?:\s+(?:any\s*more|now))?$/i;

const POINTED_AT =
  /^(?:delete|remove|cancel|clear|drop|scrap|turn\s+off|switch\s+off|get\s+rid\s+of|stop)\s+(?:the|that|this|its)\s+(?:reminder|alarm)$/i;
/** "the five o'clock reminder": an hour said as words, which no date reader reads alone. */
const SPOKEN_HOUR =
  /^(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?::\d\d)?\s*o'?clock$|^(?:noon|midday|midnight)$/i;

/** The task a reminder named as the reference belongs to ("my reminder to call the bank" → "call the bank"). */
export function reminderOwner(ref: string): string {
  const named = OWNER_AFTER.exec(ref.trim())?.[1] ?? OWNER_BEFORE.exec(ref.trim())?.[1];
  return named && !/^(?:a|an|the|my|that|this|its?)$/i.test(named) ? named : ref;
}

/**
 * "delete my reminder to call the bank", "cancel the dentist reminder", "take the reminder off the dentist": the
 * reminder cleared from its task. A reminder
 * named by its time ("delete my 3pm reminder") names no task: asked back.
 */
export function reminderCleared(text: string): { ref: string } | { ask: string } | undefined {
  if (POINTED_AT.test(text.trim())) return { ref: 'it' };
  const offReminders =
    OFF_REMINDERS.exec(text.trim()) ?? TAKEN_OFF.exec(text.trim()) ?? NO_NEED.exec(text.trim()) ?? NEEDS_NONE.exec(text.trim());
  if (offReminders?.[1]) return { ref: offReminders[1] };
  const match = CLEARED.exec(text.trim());
  const owner = match?.[1] ?? match?.[2];
  if (!owner) return undefined;
  if (isWholeDate(owner) || SPOKEN_HOUR.test(owner))
    return {
      ask: `Which task's reminder? Give the task's number or words of its title, for example "cancel the reminder for the dentist".`,
    };
  return { ref: owner };
}
