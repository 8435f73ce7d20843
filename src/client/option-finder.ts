// Narrows a long filter list (licenses, organizations) to the options whose name holds what the
// reader types. It only hides options: nothing is ticked or unticked, so the table and the URL do
// not change, and a ticked option stays in sight.
export function enhanceOptionFinders(form: HTMLFormElement): void {
  for (const finder of form.querySelectorAll<HTMLInputElement>('[data-option-finder]')) {
    const group = finder.closest('details');
    if (group) finder.addEventListener('input', (event) => narrow(group, finder.value, event));
  }
}

function narrow(group: HTMLElement, typed: string, event: Event): void {
  // The form reads every input as a filter change; this one is not.
  event.stopPropagation();
  const query = typed.trim().toLowerCase();
  const options = [...group.querySelectorAll<HTMLLabelElement>('.filters-option')];
  for (const option of options) {
    const box = option.querySelector('input');
    const text = `${option.textContent ?? ''} ${box?.value ?? ''}`.toLowerCase();
    option.hidden = !(query === '' || box?.checked === true || text.includes(query));
  }
  for (const section of group.querySelectorAll<HTMLElement>('[role=group]'))
    section.hidden = !section.querySelector('.filters-option:not([hidden])');
  const none = group.querySelector<HTMLElement>('[data-option-none]');
  if (none) none.hidden = options.some((option) => !option.hidden);
}
