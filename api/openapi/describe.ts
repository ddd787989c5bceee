import { z } from 'zod';
import { publicCacheControl } from '../http/cache.ts';

/**
 * The few shapes of OpenAPI 3.1 a domain needs to describe its routes, each built from the
 * zod schema the route itself parses or answers with: the description cannot say one thing
 * while the code checks another.
 */
export type JsonSchema = Record<string, unknown>;
export type Parameter = { name: string; in: 'path' | 'query' | 'header'; required: boolean; description?: string; schema: JsonSchema };
export type MediaType = { schema: JsonSchema; example?: unknown };
export type Response = { description: string; content?: Record<string, MediaType>; headers?: Record<string, { description: string; schema: JsonSchema }> };
export type Operation = {
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  parameters?: Parameter[];
  requestBody?: { required: true; content: Record<string, MediaType> };
  responses: Record<string, Response | { $ref: string }>;
};
/** Paths in OpenAPI's spelling (`/api/letters/{slug}`), each with its methods. */
export type Paths = Record<string, Partial<Record<'get' | 'post', Operation>>>;

/** JSON Schema 2020-12 (OpenAPI 3.1's own dialect), without the `$schema` line each would repeat. */
export function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

/** The object inside a schema that refines or transforms it afterwards (`.superRefine().transform()`). */
function objectOf(schema: z.ZodType): z.ZodObject {
  let inner: z.ZodType = schema;
  while (inner instanceof z.ZodPipe) inner = inner.in as z.ZodType;
  if (!(inner instanceof z.ZodObject)) throw new Error('expected an object schema');
  return inner;
}

/** A field may be left out exactly when the schema accepts it missing (a default, an unticked box): asked of the schema itself. */
const optionalField = (field: z.ZodType) => field.safeParse(undefined).success;

/**
 * What a route reads from a body: `required` is what the schema refuses when missing, which
 * the converter cannot see through a preprocess that supplies a default.
 */
export function inputSchema(schema: z.ZodType): JsonSchema {
  const { shape } = objectOf(schema);
  const required = Object.keys(shape).filter((k) => !optionalField(shape[k] as z.ZodType));
  return { ...jsonSchema(objectOf(schema), 'input'), required };
}

/** One query parameter per field of the schema the route parses `c.req.query()` with. */
export function queryParameters(schema: z.ZodObject, descriptions: Record<string, string> = {}): Parameter[] {
  return Object.entries(schema.shape).map(([name, field]) => ({
    name,
    in: 'query' as const,
    required: !optionalField(field as z.ZodType),
    ...(descriptions[name] ? { description: descriptions[name] } : {}),
    schema: jsonSchema(field as z.ZodType, 'input'),
  }));
}

export const pathParameter = (name: string, description: string): Parameter => ({ name, in: 'path', required: true, description, schema: { type: 'string' } });

export const slugParameter = pathParameter('slug', "The letter's slug, as in its address (`make-co-production-count`).");

/** A JSON answer: its schema is the one tests parse real answers with, and the example must parse with it too. */
export function json(description: string, schema: z.ZodType, example: unknown): Response {
  return { description, content: { 'application/json': { schema: jsonSchema(schema, 'output'), example: schema.parse(example) } } };
}

/** A body the route takes as JSON or as either kind of form (every POST does: api/http/body.ts). */
export function body(schema: z.ZodType, example: unknown): Operation['requestBody'] {
  const described = { schema: inputSchema(schema), example };
  return {
    required: true,
    content: {
      'application/json': described,
      'application/x-www-form-urlencoded': { schema: described.schema },
      'multipart/form-data': { schema: described.schema },
    },
  };
}

/** A download: the bytes, with the type named. */
export const file = (description: string, type: string): Response => ({ description, content: { [type]: { schema: { type: 'string', contentMediaType: type } } } });

/** The error answers an operation can give, each pointing at the one error shape. */
export const errors = (...statuses: number[]): Record<string, { $ref: string }> =>
  Object.fromEntries(statuses.map((s) => [String(s), { $ref: `#/components/responses/Error${s}` }]));

/**
 * A public read served through the cache middleware (api/http/cache.ts): validators on the
 * answer, and `304` when the client's copy is still current.
 */
export function cacheable(responses: Operation['responses']): Operation['responses'] {
  const [ok, ...rest] = Object.entries(responses);
  if (!ok || !('description' in ok[1])) throw new Error('a cacheable operation starts with its 200');
  const header = (description: string) => ({ description, schema: { type: 'string' } });
  const headers = {
    ETag: header('Changes whenever the answer would; send it back as `If-None-Match`.'),
    'Last-Modified': header("When the letter's public list last changed, where there is a list to change."),
    'Cache-Control': header(`\`${publicCacheControl}\`; \`private, no-store\` for a request with a campaigner's session.`),
  };
  return { [ok[0]]: { ...ok[1], headers }, '304': { description: 'Not modified: the copy the client holds is current.' }, ...Object.fromEntries(rest) };
}
