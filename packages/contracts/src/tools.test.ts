import { describe, expect, it } from 'vitest';
import { titleSchema } from './task.ts';
import { chatRequestSchema } from './tools.ts';

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
