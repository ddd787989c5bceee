/**
 * A letter's Markdown as plain blocks for the PDF: headings, paragraphs and list items, with
 * inline marks (emphasis, code, links) reduced to their words. The letters are prose written by
 * the campaign; anything richer is printed as its text.
 */
export type TextBlock = { kind: 'heading' | 'paragraph'; text: string } | { kind: 'item'; marker: string; text: string };

const inline = (s: string) =>
  s
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(\*|_)(.+?)\1/g, '$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();

export function markdownBlocks(markdown: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const chunk of markdown.replace(/\r\n?/g, '\n').split(/\n{2,}/)) {
    const lines = chunk.split('\n').filter((l) => l.trim() !== '');
    if (lines.length === 0) continue;
    const heading = /^#{1,6}\s+(.*)$/.exec(lines[0]!);
    if (heading && lines.length === 1) {
      blocks.push({ kind: 'heading', text: inline(heading[1] ?? '') });
      continue;
    }
    const items = lines.map((l) => /^\s*(\d+[.)]|[-*+])\s+(.*)$/.exec(l));
    if (items.every(Boolean)) {
      items.forEach((m, i) => blocks.push({ kind: 'item', marker: /^\d/.test(m![1]!) ? `${i + 1}.` : '•', text: inline(m![2] ?? '') }));
      continue;
    }
    blocks.push({ kind: 'paragraph', text: inline(lines.join(' ')) });
  }
  return blocks;
}
