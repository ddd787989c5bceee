import type { SignatoryQuery } from '../../api/signatories/signatory.schema.ts';

/** The list's filters and order, carried from page to page and into the CSV link. */
export type ListFilters = Pick<SignatoryQuery, 'kind' | 'country' | 'q' | 'order'>;

export const pageSize = 50;

export function listHref(path: string, filters: ListFilters, cursor?: string | null): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filters, cursor })) if (value) params.set(key, value);
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}
