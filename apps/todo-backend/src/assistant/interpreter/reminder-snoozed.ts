// A reminder put off for a while, as people used to a voice assistant say it when one goes off: "snooze that for 10
// minutes", "snooze it for an hour". Minutes or hours put off the reminder of the task pointed at, from now: the task's
// due date stays (a dentist at 3pm reminded at 2pm and snoozed 10 minutes is still at 3pm). Days or more put the task
// itself off, which the shift rules read ("snooze it for 2 days").

const SNOOZED =
  /^snooze\s+(?:it|that|this|that\s+one|this\s+one|the\s+(?:reminder|alarm)|that\s+(?:reminder|alarm))\s+(?:for|by)\s+(?:another\s+)?((?:\d+|an?|one|two|three|four|five|ten|fifteen|twenty|thirty|forty[\s-]five|half\s+an)\s*(?:more\s+)?(?:minutes?|mins?|hours?|hrs?|[mh]))$/i;

/** When the reminder of the task pointed at is due again ("in 10 minutes"), or undefined. */
export function reminderSnoozed(text: string): string | undefined {
  const snoozed = SNOOZED.exec(text.trim());
  return snoozed?.[1] ? `in ${snoozed[1].replace(/\s+more\b/i, '')}` : undefined;
}
