// Shows a verdict's reasons beside it on hover and focus. The reasons are in the page once for
// every row that shares them, in the element each verdict names with aria-describedby; this copies
// that text into one floating tip, so assistive technology hears it once, from the description.
// The tip can be hovered itself and Escape dismisses it (WCAG 1.4.13).

const TRIGGER = 'a.verdict[aria-describedby]';
/** Space kept between the tip and the window's edges, in pixels. */
const EDGE = 8;

export function enhanceReasonTips(container: HTMLElement): void {
  const tip = document.createElement('div');
  tip.className = 'reason-tip';
  tip.setAttribute('aria-hidden', 'true');
  tip.hidden = true;
  document.body.append(tip);
  let shownFor: HTMLElement | null = null;

  const triggerOf = (target: EventTarget | null): HTMLElement | null =>
    target instanceof Element ? target.closest<HTMLElement>(TRIGGER) : null;

  const show = (trigger: HTMLElement): void => {
    const reasons = document.getElementById(trigger.getAttribute('aria-describedby') ?? '');
    if (!reasons || trigger === shownFor) return;
    shownFor = trigger;
    tip.textContent = reasons.textContent;
    tip.hidden = false;
    // Below the label, its right edge at the label's but inside the window; no gap between the
    // two, so the pointer can move onto the tip.
    const label = trigger.getBoundingClientRect();
    const viewport = document.documentElement.clientWidth;
    const left = Math.max(EDGE, Math.min(label.right - tip.offsetWidth, viewport - tip.offsetWidth - EDGE));
    tip.style.left = `${left + window.scrollX}px`;
    tip.style.top = `${label.bottom + window.scrollY}px`;
  };
  const hide = (): void => {
    shownFor = null;
    tip.hidden = true;
  };
  const leaving = (event: PointerEvent): void => {
    const to = event.relatedTarget instanceof Node ? event.relatedTarget : null;
    if (shownFor && !(to && (shownFor.contains(to) || tip.contains(to)))) hide();
  };

  container.addEventListener('pointerover', (event) => {
    const trigger = triggerOf(event.target);
    if (trigger) show(trigger);
  });
  container.addEventListener('pointerout', leaving);
  tip.addEventListener('pointerout', leaving);
  container.addEventListener('focusin', (event) => {
    const trigger = triggerOf(event.target);
    if (trigger) show(trigger);
  });
  container.addEventListener('focusout', hide);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hide();
  });
}
