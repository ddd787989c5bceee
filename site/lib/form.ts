/** Form markup conventions shared by the field components and the pages that link to fields. */

/** The ids a control points at with `aria-describedby`, so its hint and error are read with it. */
export function describedBy(id: string, hint: string | undefined, error: string | undefined): string | undefined {
  return [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
}

export const groupClass = (error: string | undefined) => ['form-group', error && 'form-group--error'];

/** A field's radio or checkbox ids: the first option takes the field's own id, so an error link lands on it. */
export const optionId = (name: string, index: number, value: string) => (index === 0 ? name : `${name}-${value}`);
