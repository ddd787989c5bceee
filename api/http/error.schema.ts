import { z } from 'zod';

/** Every error the API answers, whatever went wrong: act on `code` (and `reason`), show `message` to people. */
export const errorBodySchema = z.strictObject({
  error: z.strictObject({
    code: z.string().meta({ description: 'Never changes with the language: `invalid_input`, `not_found`, `letter_closed` …' }),
    message: z.string().meta({ description: "In Welsh when Accept-Language prefers `cy`, else in English." }),
    fields: z.record(z.string(), z.string()).optional().meta({ description: 'With `invalid_input`: each field with its first problem.' }),
    reason: z.enum(['unknown', 'used', 'expired']).optional().meta({ description: 'With `token_invalid`.' }),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;
