import { z } from 'zod';
import { durationSchema } from './duration.ts';

export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const timeZoneSchema = z
  .string()
  .refine(isValidTimeZone, 'Use an IANA time zone such as Europe/Paris or America/New_York.')
  .describe('IANA time zone used for recurrence and plain-language dates.');

export const meSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  time_zone: z.string(),
  default_remind_before: z.string().nullable(),
});
export type Me = z.infer<typeof meSchema>;

export const updateMeBodySchema = z
  .object({ time_zone: timeZoneSchema.optional(), default_remind_before: durationSchema.nullable().optional() })
  .strict();
export type UpdateMeBody = z.infer<typeof updateMeBodySchema>;
