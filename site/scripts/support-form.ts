/**
 * Small improvements when JavaScript runs; the form works the same without them.
 * A PDF over the limit is caught before the upload (the server would refuse the whole body,
 * and the letter typed with it), with the page's own words for it.
 */
for (const form of document.querySelectorAll<HTMLFormElement>('form[data-support-form]')) {
  const input = form.querySelector<HTMLInputElement>('input[type="file"]');
  const max = Number(form.dataset['pdfMax']);
  const message = form.dataset['pdfTooLarge'] ?? '';
  if (!input || !max) continue;
  const check = () => {
    const file = input.files?.[0];
    input.setCustomValidity(file && file.size > max ? message : '');
  };
  input.addEventListener('change', check);
  form.addEventListener('submit', (event) => {
    check();
    if (!input.checkValidity()) {
      event.preventDefault();
      input.reportValidity();
    }
  });
}

// After a post with mistakes, the summary is where a keyboard or screen-reader user should start.
document.querySelector<HTMLElement>('[data-error-summary]')?.focus();
