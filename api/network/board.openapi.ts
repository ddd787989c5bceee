import { errors, json, queryParameters, type Paths } from '../openapi/describe.ts';
import { boardPageSchema, boardQuerySchema, boardThreadSchema } from './board.public.ts';

const example = { id: 7, title: 'Paying people for their time', lang: 'en', author: 'Siân Roberts', created_at: '2026-11-22T10:00:00.000Z', active_at: '2026-11-22T11:30:00.000Z', replies: 1 };

export const boardPaths: Paths = {
  '/api/network/board': {
    get: {
      operationId: 'listBoardThreads',
      summary: "A page of the members' board",
      description:
        'For a signed-in member of the network only (the `llofnod_member` cookie of /network/sign-in): published threads, most recently active first, 25 a page. `author` is null for a former member. Never stored by any cache.',
      tags: ['network'],
      parameters: queryParameters(boardQuerySchema, { after: 'The `next` of the page before.' }),
      responses: { 200: json('A page, and the `next` of the page after (null on the last).', boardPageSchema, { items: [example], next: null }), ...errors(401) },
    },
  },
  '/api/network/board/{id}': {
    get: {
      operationId: 'getBoardThread',
      summary: "A thread of the members' board and its replies",
      description:
        'For a signed-in member only. The thread and its replies, oldest first, each with its language; a hidden or removed post keeps its place and `state`, without its words or author.',
      tags: ['network'],
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }],
      responses: {
        200: json('The thread.', boardThreadSchema, {
          id: 7,
          state: 'published',
          title: 'Paying people for their time',
          body: 'How do you do it?\n\nWe pay for every meeting.',
          lang: 'en',
          author: 'Siân Roberts',
          created_at: '2026-11-22T10:00:00.000Z',
          replies: [{ id: 12, state: 'published', body: 'Rydym ni’n gwneud yr un peth.', lang: 'cy', author: null, created_at: '2026-11-22T11:30:00.000Z' }],
        }),
        ...errors(401, 404),
      },
    },
  },
};
