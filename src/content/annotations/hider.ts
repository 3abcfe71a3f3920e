/**
 * Hides page elements with an inline `display: none !important` and puts the
 * `style` attribute back exactly as it was (absent stays absent) when shown
 * again or when the signal aborts. Counted, so two collapsed threads can hide
 * the same element.
 */
export interface Hider {
  hide(el: Element): void;
  show(el: Element): void;
  isHidden(el: Element): boolean;
}

interface Held {
  original: string | null;
  ours: string | null;
  count: number;
}

type Styled = Element & { style: CSSStyleDeclaration };
const styled = (el: Element): el is Styled => typeof (el as Partial<Styled>).style?.setProperty === 'function';

export function createHider(signal: AbortSignal): Hider {
  const held = new Map<Element, Held>();

  const restore = (el: Styled, h: Held) => {
    if (el.getAttribute('style') === h.ours) {
      if (h.original === null) el.removeAttribute('style');
      else el.setAttribute('style', h.original);
    } else {
      // The page changed the style meanwhile: take back only what we added.
      el.style.removeProperty('display');
      if (h.original === null && el.getAttribute('style') === '') el.removeAttribute('style');
    }
  };

  signal.addEventListener('abort', () => {
    for (const [el, h] of held) if (styled(el)) restore(el, h);
    held.clear();
  });

  return {
    hide(el) {
      if (signal.aborted || !styled(el)) return;
      const h = held.get(el);
      if (h) {
        h.count++;
        return;
      }
      const original = el.getAttribute('style');
      el.style.setProperty('display', 'none', 'important');
      held.set(el, { original, ours: el.getAttribute('style'), count: 1 });
    },
    show(el) {
      const h = held.get(el);
      if (!h || --h.count > 0) return;
      held.delete(el);
      if (styled(el)) restore(el, h);
    },
    isHidden(el) {
      for (let e: Element | null = el; e; e = e.parentElement) if (held.has(e)) return true;
      return false;
    },
  };
}
