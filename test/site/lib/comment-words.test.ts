import { describe, expect, it } from 'vitest';
import { cy } from '../../../site/lib/messages/comments/cy.ts';
import { en } from '../../../site/lib/messages/comments/en.ts';

describe('the count in the comments heading', () => {
  it('reads right in English', () => {
    expect([0, 1, 6].map((n) => en.heading(n, 'Post'))).toEqual(['No thoughts on “Post” yet', '1 thought on “Post”', '6 thoughts on “Post”']);
  });

  it('takes the Welsh forms: the singular noun after small numbers, “o sylwadau” after others', () => {
    expect([0, 1, 2, 3, 6, 25].map((n) => cy.heading(n, 'Cofnod'))).toEqual([
      'Dim sylwadau ar “Cofnod” eto',
      '1 sylw ar “Cofnod”',
      '2 sylw ar “Cofnod”',
      '3 sylw ar “Cofnod”',
      '6 sylw ar “Cofnod”',
      '25 o sylwadau ar “Cofnod”',
    ]);
  });
});
