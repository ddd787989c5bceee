/**
 * Small improvements when JavaScript runs; the form works the same without them.
 * The organisation field is only asked of organisations: hidden and disabled (so nothing
 * hidden is sent) while "as an individual" is chosen.
 */
for (const form of document.querySelectorAll<HTMLFormElement>('form[data-sign-form]')) {
  const field = form.querySelector<HTMLElement>('[data-organisation-field]');
  const input = field?.querySelector<HTMLInputElement>('input');
  const kinds = form.querySelectorAll<HTMLInputElement>('input[name="kind"]');
  if (!field || !input) continue;
  const update = () => {
    const forOrganisation = [...kinds].some((k) => k.checked && k.value === 'organisation');
    field.hidden = !forOrganisation;
    input.disabled = !forOrganisation;
  };
  for (const kind of kinds) kind.addEventListener('change', update);
  update();
}

// After a post with mistakes, the summary is where a keyboard or screen-reader user should start.
document.querySelector<HTMLElement>('[data-error-summary]')?.focus();
