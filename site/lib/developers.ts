import type { JsonSchema, Operation, Parameter } from '../../api/openapi/describe.ts';
import { openApiDocument } from '../../api/openapi/openapi.ts';

/** The API page is the OpenAPI document read for people: built from it once, like the document itself. */
const document = openApiDocument();

export type ReferenceParameter = { name: string; where: Parameter['in'] | 'body'; required: boolean; values: string };
export type ReferenceOperation = { id: string; method: 'GET' | 'POST'; path: string; tag: string; parameters: ReferenceParameter[]; request: string; answer: string | undefined };

/** What a field may hold: its values where the schema lists them, else its JSON type (`string`, `integer`, `boolean`). */
const valuesOf = (schema: JsonSchema): string => (Array.isArray(schema.enum) ? schema.enum.map(String).join(', ') : String(schema.type ?? 'string'));

function bodyParameters(op: Operation): ReferenceParameter[] {
  const schema = op.requestBody?.content['application/json']?.schema;
  if (!schema) return [];
  const required = (schema.required ?? []) as string[];
  return Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>).map(([name, field]) => ({ name, where: 'body', required: required.includes(name), values: valuesOf(field) }));
}

/** A request someone can paste into a terminal: the example body for a POST, real values in the path and the required query. */
function curl(origin: string, method: 'GET' | 'POST', path: string, op: Operation, examples: Record<string, string>): string {
  const url = new URL(path.replace(/\{(\w+)\}/g, (_, name: string) => examples[name] ?? name), origin);
  for (const p of op.parameters ?? []) if (p.in === 'query' && p.required) url.searchParams.set(p.name, examples[p.name] ?? p.name);
  const body = op.requestBody?.content['application/json']?.example;
  if (method === 'GET') return `curl '${url.href}'`;
  if (body === undefined) return `curl -X POST '${url.href}'`;
  return `curl -X POST ${url.href} \\\n  -H 'Content-Type: application/json' \\\n  -d '${JSON.stringify(body).replaceAll("'", "'\\''")}'`;
}

/** Every operation of the document, in its order, with what the page shows of it. */
export function apiReference(origin: string, examples: Record<string, string>): ReferenceOperation[] {
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    (['get', 'post'] as const).flatMap((m) => {
      const op = methods[m];
      if (!op) return [];
      const method = m === 'get' ? 'GET' : 'POST';
      const ok = Object.entries(op.responses).find(([status]) => status.startsWith('2'))?.[1];
      const example = ok && 'content' in ok ? ok.content?.['application/json']?.example : undefined;
      const parameters = [...(op.parameters ?? []).map((p) => ({ name: p.name, where: p.in, required: p.required, values: valuesOf(p.schema) })), ...bodyParameters(op)];
      return [{ id: op.operationId, method, path, tag: op.tags[0] ?? 'meta', parameters, request: curl(origin, method, path, op, examples), answer: example === undefined ? undefined : JSON.stringify(example, null, 2) }];
    }),
  );
}
