// "the electrician's now wednesday", "the delivery's been moved to the 19th": after a task's name "'s" before "now" or
// "been" is "is" or "has", never a possessive (nothing of the electrician's is named). Said in full, so the task's name
// does not end in "'s".

const IS_NOW = /^((?:the|my|our)\s+[^,;:'"“”]+?)'s\s+(now|been)\b/i;

export function contractedVerbSaid(text: string): string {
  return text.replace(IS_NOW, (_all, task: string, next: string) => `${task} ${next.toLowerCase() === 'now' ? 'is' : 'has'} ${next}`);
}
