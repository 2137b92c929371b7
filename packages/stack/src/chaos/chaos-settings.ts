import { z } from 'zod';

const settingsSchema = z.object({
  /**
   * Seconds of traffic under faults: 180 in `npm test` (one pass over every fault, alone and then overlapping, takes
   * about that long on a busy 2-core machine); `npm run chaos` asks for 600, and any length may be given. The pass
   * over every fault always completes, so a shorter value only means no random faults after it.
   */
  CHAOS_SOAK_SECONDS: z.coerce.number().int().min(30).max(86_400).default(180),
  /** Seeds the traffic's and the faults' random choices; printed with the figures, so a failing run can be replayed. */
  CHAOS_SEED: z.coerce
    .number()
    .int()
    .min(0)
    .max(2 ** 31)
    .optional(),
});

export type ChaosSettings = z.infer<typeof settingsSchema>;

/** The soak's settings, read from the environment once (here only), with a readable message for a bad value. */
export function chaosSettings(env: NodeJS.ProcessEnv = process.env): ChaosSettings {
  const parsed = settingsSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`invalid chaos soak setting: ${problems}`);
  }
  return parsed.data;
}
