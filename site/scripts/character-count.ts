import { messagesFor } from '../lib/messages.ts';

/** A live count under each limited textarea; without JavaScript the hint states the limit. */
const t = messagesFor(document.documentElement.lang);

for (const area of document.querySelectorAll<HTMLTextAreaElement>('textarea[data-character-count]')) {
  const counter = document.getElementById(`${area.id}-count`);
  if (!counter || area.maxLength <= 0) continue;
  // Characters as a person counts them (code points), as the server does, not UTF-16 units.
  const update = () => {
    counter.textContent = t.form.charactersLeft(area.maxLength - [...area.value].length);
  };
  counter.hidden = false;
  area.setAttribute('aria-describedby', [area.getAttribute('aria-describedby'), counter.id].filter(Boolean).join(' '));
  area.addEventListener('input', update);
  update();
}
