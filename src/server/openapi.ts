/**
 * The OpenAPI 3.1 description of the API, served at /api/openapi.json. Request bodies are described by
 * converting the very zod schemas that validate them (z.toJSONSchema), so the document cannot drift from
 * what the server accepts. Each routes module lists its operations next to its handlers.
 */
import { z } from 'zod';

export interface QueryParam {
  name: string;
  in: 'query' | 'path';
  required?: boolean;
  description: string;
  schema: Record<string, unknown>;
}

export interface Operation {
  method: 'get' | 'post' | 'put' | 'delete';
  /** Hono path (`/api/x/:id`); converted to OpenAPI's `{id}`. */
  path: string;
  summary: string;
  tag: string;
  params?: QueryParam[];
  body?: z.ZodType | Record<string, unknown>;
  /** Status → description. */
  responses?: Record<string, string>;
}

export const dateParam = (name: string, required: boolean, description: string): QueryParam => ({
  name,
  in: 'query',
  required,
  description,
  schema: { type: 'string', format: 'date' },
});

const errorSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['status', 'code', 'message', 'issues'],
      properties: {
        status: { type: 'integer' },
        code: { type: 'string' },
        message: { type: 'string', description: 'in the language asked for (?lang= or Accept-Language)' },
        issues: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              code: { type: 'string' },
              field: { type: 'string' },
              text: { type: 'string' },
              message: { type: 'object', properties: { en: { type: 'string' }, es: { type: 'string' } } },
            },
          },
        },
      },
    },
  },
};

function jsonSchemaOf(body: z.ZodType | Record<string, unknown>): Record<string, unknown> {
  if (body instanceof z.ZodType) {
    return z.toJSONSchema(body, { unrepresentable: 'any', io: 'input' }) as Record<string, unknown>;
  }
  return body;
}

export function openApiDocument(ops: Operation[], version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of ops) {
    const p = op.path.replace(/:([A-Za-z]+)/g, '{$1}');
    const params = [
      ...(op.params ?? []),
      {
        name: 'lang',
        in: 'query',
        required: false,
        description:
          'language of messages and explanations (es or en); default from Accept-Language, else en',
        schema: { type: 'string', enum: ['es', 'en'] },
      },
    ];
    const responses: Record<string, unknown> = {};
    for (const [status, description] of Object.entries(op.responses ?? { '200': 'OK' })) {
      responses[status] = { description, content: { 'application/json': { schema: {} } } };
    }
    responses['400'] = {
      description: 'malformed request (not JSON)',
      content: { 'application/json': { schema: errorSchema } },
    };
    responses['422'] = {
      description: 'invalid input, with every issue',
      content: { 'application/json': { schema: errorSchema } },
    };
    if (op.body)
      responses['413'] = {
        description: 'body too large',
        content: { 'application/json': { schema: errorSchema } },
      };
    (paths[p] ??= {})[op.method] = {
      summary: op.summary,
      tags: [op.tag],
      operationId: `${op.method}${p.replace(/[^A-Za-z0-9]+(.)?/g, (_m, ch: string | undefined) => (ch ?? '').toUpperCase())}`,
      parameters: params,
      ...(op.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: jsonSchemaOf(op.body) } },
            },
          }
        : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'contrapeso',
      version,
      description:
        "Peru's constitutional checks and balances as executable, effective-dated, sourced rules. The same functions as the contrapeso CLI; every verdict cites its law.",
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/' }],
    paths,
    components: { schemas: { Error: errorSchema } },
  };
}
