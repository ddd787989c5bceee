import { z } from 'zod';
import { email } from '../forms/fields.ts';

/** "What do you hold about me?": one address, checked as the sign form checks one. */
export const rightsRequestSchema = z.object({ email });
