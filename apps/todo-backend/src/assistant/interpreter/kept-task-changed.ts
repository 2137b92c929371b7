// "keep the vet task but lose the reminder", "keep the report, just remove the tags": the task stays, and one of its
// parts goes. The sentence is said again as the change to that part of the named task ("lose the reminder on the vet
// task"), which the rules for reminders, tags and dates read; the task itself is never deleted.

const KEPT_BUT_CHANGED =
  /^keep\s+(.+?)(?:\s*[,;]\s*|\s+)(?:but|and|just|only)?\s*(?:just\s+|only\s+)?(lose|remove|delete|drop|clear|cancel|get\s+rid\s+of|turn\s+off|switch\s+off|take\s+off)\s+(?:the|its|their|that)\s+(reminders?|alerts?|alarms?|tags?|labels?|due\s+date|date|deadline)[.!]*$/i;

/** The change to the part of the task, said plainly, or the sentence as it came. */
export function keptTaskChanged(text: string): string {
  const said = KEPT_BUT_CHANGED.exec(text.trim());
  if (!said?.[1] || !said[2] || !said[3]) return text;
  return `${said[2]} the ${said[3]} ${/^(?:tags?|labels?|due|date|deadline)/i.test(said[3]) ? 'from' : 'on'} ${said[1]}`;
}
