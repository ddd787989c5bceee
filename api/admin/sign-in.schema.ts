import { z } from 'zod';
import { email } from '../forms/fields.ts';

/** The sign-in form: one address, checked as the sign form checks one. */
export const signInInputSchema = z.object({ email });
