import { describe, expect, it } from 'vitest';
import { titleSchema } from './task.ts';
import { addTagInputSchema, chatRequestSchema, postponeTaskInputSchema } from './tools.ts';

describe('text input', () => {
  it('refuses an unpaired surrogate, in a chat message as in a title, and accepts real astral characters', () => {
    for (const text of ['buy milk \ud800', '\udc00', 'a\ud83d']) {
      const chat = chatRequestSchema.safeParse({ message: text });
      expect(chat.success, text).toBe(false);
      expect(chat.error?.issues[0]?.message).toContain('unpaired surrogate');
      expect(titleSchema.safeParse(text).success).toBe(false);
    }
    expect(chatRequestSchema.safeParse({ message: 'buy milk 😀' }).success).toBe(true);
    expect(titleSchema.safeParse('𝄞 practice').success).toBe(true);
  });
});

describe('postpone_task and add_tag input', () => {
  it('takes an ISO 8601 duration, maybe negative, and refuses anything else', () => {
    const by = (value: string) => postponeTaskInputSchema.safeParse({ task_id: 1, by: value });
    for (const [said, read] of [
      ['P2D', 'P2D'],
      [' -pt1h ', '-PT1H'],
      ['P1M', 'P1M'],
      ['P1DT2H30M', 'P1DT2H30M'],
    ])
      expect(by(said as string).data?.by, said).toBe(read);
    for (const said of ['2 days', 'P', 'PT', 'P1DT', '+P1D', 'P99999D', '1d']) expect(by(said).success, said).toBe(false);
  });

  it('takes one tag or several, never both or none', () => {
    expect(addTagInputSchema.safeParse({ task_id: 1, tag: 'home' }).success).toBe(true);
    expect(addTagInputSchema.safeParse({ task_id: 1, tags: ['home', 'errands'] }).success).toBe(true);
    expect(addTagInputSchema.safeParse({ task_id: 1, tag: 'home', tags: ['errands'] }).success).toBe(false);
    expect(addTagInputSchema.safeParse({ task_id: 1 }).success).toBe(false);
    expect(addTagInputSchema.safeParse({ task_id: 1, tags: [] }).success).toBe(false);
  });
});
