import { z } from 'zod';
import { signatureInputSchema, tokenInputSchema } from '../api/signatures/signature.schema.ts';
import { signatoryQuerySchema } from '../api/signatories/signatory.schema.ts';
import { supportInputSchema } from '../api/support/support.schema.ts';
for (const s of [signatureInputSchema, tokenInputSchema, supportInputSchema]) console.log(JSON.stringify(z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' })).slice(0, 1500));
for (const [k, s] of Object.entries(signatoryQuerySchema.shape)) console.log(k, JSON.stringify(z.toJSONSchema(s as any, { io: 'input', unrepresentable: 'any' })));
