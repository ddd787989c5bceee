/** A "Copy" button beside each read-only address or citation; without JavaScript the field can be copied by hand. */
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-button]')) {
  const source = button.parentElement?.querySelector<HTMLInputElement | HTMLTextAreaElement>('[data-copy-source]');
  if (!source || !navigator.clipboard) continue;
  const label = button.textContent;
  button.hidden = false;
  button.addEventListener('click', async () => {
    await navigator.clipboard.writeText(source.value);
    button.textContent = button.dataset.copied ?? label;
    setTimeout(() => (button.textContent = label), 3000);
  });
}
