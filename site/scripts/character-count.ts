/**
 * A live count under each limited textarea; without JavaScript the hint states the limit.
 * Its sentences come from the page (data-left-one, data-over-other …: the catalogue's
 * templates), so this script carries no words of any language.
 */
const lang = document.documentElement.lang;
const plurals = new Intl.PluralRules(lang);
const numbers = new Intl.NumberFormat(lang);

for (const area of document.querySelectorAll<HTMLTextAreaElement>('textarea[data-character-count]')) {
  const counter = document.getElementById(`${area.id}-count`);
  if (!counter || area.maxLength <= 0) continue;
  const say = (side: 'left' | 'over', n: number) => {
    const form = plurals.select(n) === 'one' ? 'One' : 'Other';
    return (counter.dataset[`${side}${form}`] ?? '').replace('{count}', numbers.format(n));
  };
  // Characters as a person counts them (code points), as the server does, not UTF-16 units.
  const update = () => {
    const left = area.maxLength - [...area.value].length;
    counter.textContent = left >= 0 ? say('left', left) : say('over', -left);
  };
  counter.hidden = false;
  area.setAttribute('aria-describedby', [area.getAttribute('aria-describedby'), counter.id].filter(Boolean).join(' '));
  area.addEventListener('input', update);
  update();
}
