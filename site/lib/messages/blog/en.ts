import { formatNumber } from '../../format.ts';

/** The blog around its posts: authors, categories, tags, their pages and feeds, sharing a post. */
export const en = {
  aboutAuthor: (name: string) => `About ${name}`,
  categories: 'Categories',
  tags: 'Tags',
  /** Beside each post in a list of posts. */
  filedIn: 'In',
  alsoIn: (categories: number): string => (categories === 1 ? 'Also in this category' : 'Also in these categories'),
  shareHeading: 'Share this post',
  shareText: (title: string) => `Worth reading: “${title}”`,
  linkLabel: 'Link to this post',
  allCategories: 'Browse by category',
  category: {
    eyebrow: 'Category',
    description: (name: string) => `Blog posts in the category “${name}”, newest first.`,
    feedLink: 'Follow this category (RSS feed)',
    feedTitle: (name: string) => `Llofnod blog: ${name}`,
  },
  tag: {
    eyebrow: 'Tag',
    description: (name: string) => `Blog posts tagged “${name}”, newest first.`,
    feedLink: 'Follow this tag (RSS feed)',
    feedTitle: (name: string) => `Llofnod blog, tagged: ${name}`,
  },
  count: (count: number) => (count === 1 ? '1 post' : `${formatNumber(count, 'en')} posts`),
  none: 'Nothing has been posted here yet.',
  allPosts: 'All blog posts',
};
