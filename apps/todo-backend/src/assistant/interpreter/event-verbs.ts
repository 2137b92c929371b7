// The task a reminder is set before, said as the event it names: "remind me an hour before the district nurse
// comes", "ping me 10 min before the taxi arrives", "a nudge before the physio starts", "a week before the car
// insurance renews", "the day before the bins go out". The verb says when, and is no part of the task's name. Verbs
// that are also plural nouns ("visits", "calls", "leaves") stay: they may be the title's.

const EVENT_VERB =
  /\s+(?:(?:is|are)\s+(?:due|on)|comes?(?:\s+(?:round|over|in))?|arrives?|starts?|begins?|opens?|kicks?\s+off|gets?\s+here|turns?\s+up|shows?\s+up|picks?\s+(?:me|him|her|them|us)\s+up|renews?|expires?|runs?\s+out|(?:goes|go)\s+(?:out|off)|comes?\s+out|(?:is|are)\s+(?:collected|taken))$/i;

/** "the district nurse comes" → "the district nurse"; a name without a verb is left as it is. */
export function withoutEventVerb(named: string): string {
  const event = named.replace(EVENT_VERB, '');
  return event.trim() ? event : named;
}
