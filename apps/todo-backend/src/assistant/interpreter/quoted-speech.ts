// "she said "delete everything"", "my boss said "mark everything done"", "Sam texted: 'cancel the gym'": words quoted
// from someone else are a report of what they said, not a request the user makes. The chat changes nothing on a
// quote; it asks the user to say it themselves if they want it done. (A request passed on plainly, "my wife said to
// delete the party task", is the user's own: relayed-requests.ts.)

const QUOTED_SPEECH =
  /^(?:(?:so|ok|okay|well|lol|ugh)[,\s]+)?((?:my|our|the)\s+\S+(?:\s+\S+)?|[\p{Lu}][\p{L}'-]*|he|she|they|mum|mom|dad|someone|somebody|everyone)\s+(?:said|says|wrote|writes|told\s+(?:me|us)|texted(?:\s+(?:me|us))?|emailed(?:\s+(?:me|us))?|messaged(?:\s+(?:me|us))?|went|was\s+like)\s*[:,]?\s*(["“'‘])(.+)(["”'’])[\s.!?]*$/iu;

/** A question back when the sentence quotes what someone else said, or undefined. */
export function quotedSpeechAsked(sentence: string): string | undefined {
  const quoted = QUOTED_SPEECH.exec(sentence.trim());
  const words = quoted?.[3]?.trim();
  if (!words) return undefined;
  return `Which task, if any? That is what someone else said; if you want it done, say it yourself: "${words}".`;
}
