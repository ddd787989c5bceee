/**
 * Small improvements when JavaScript runs; the form works the same without them.
 * The organisation's fields are only asked of organisations: hidden and disabled (so nothing
 * hidden is sent) while "as an individual" is chosen.
 */
// The network's join form (site/components/network/JoinForm.astro) asks the same of organisations.
for (const form of document.querySelectorAll<HTMLFormElement>('form[data-sign-form], form[data-join-form]')) {
  const fields = form.querySelector<HTMLElement>('[data-organisation-fields]');
  const controls = fields?.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select') ?? [];
  const kinds = form.querySelectorAll<HTMLInputElement>('input[name="kind"]');
  if (!fields) continue;
  const update = () => {
    const forOrganisation = [...kinds].some((k) => k.checked && k.value === 'organisation');
    fields.hidden = !forOrganisation;
    for (const control of controls) control.disabled = !forOrganisation;
  };
  for (const kind of kinds) kind.addEventListener('change', update);
  update();
}

// After a post with mistakes, the summary is where a keyboard or screen-reader user should start.
document.querySelector<HTMLElement>('[data-error-summary]')?.focus();
