import { describe, expect, it } from 'vitest';
import { commentParagraphs, linksIn } from '../../../api/comments/comment.text.ts';

describe('what in a comment counts as a link', () => {
  it('finds web addresses with or without a scheme, leaving the sentence around them', () => {
    expect(linksIn('See https://example.org/report. Or www.example.cymru/adroddiad, or mail me.')).toEqual([
      'https://example.org/report',
      'www.example.cymru/adroddiad',
    ]);
  });

  it('does not count a bare word with a dot or an email address as a link', () => {
    expect(linksIn('Co-production e.g. in Wales; write to siân@example.org')).toEqual([]);
  });

  it('keeps paragraphs and cuts each into text and http(s) links', () => {
    expect(commentParagraphs('First, www.example.org here.\n\nSecond (https://example.org/a).')).toEqual([
      [{ text: 'First, ' }, { text: 'www.example.org', href: 'https://www.example.org' }, { text: ' here.' }],
      [{ text: 'Second (' }, { text: 'https://example.org/a', href: 'https://example.org/a' }, { text: ').' }],
    ]);
  });

  it('never makes a link of a javascript: or data: address', () => {
    expect(linksIn('javascript:alert(1) data:text/html,x')).toEqual([]);
  });
});
