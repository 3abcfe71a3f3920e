// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jumpTo } from './jump';

describe('jump to a comment', () => {
  afterEach(() => vi.restoreAllMocks());
  const setup = () => {
    document.body.innerHTML = '<ol><li id="comment-7"><p>Texte</p></li></ol>';
    const el = document.getElementById('comment-7') as HTMLElement;
    const scroll = vi.fn();
    el.scrollIntoView = scroll;
    return { el, scroll };
  };

  it('finds the comment by its id and scrolls it to the middle', () => {
    const { scroll } = setup();
    expect(jumpTo(document, '7', null)).toBe(true);
    expect(scroll).toHaveBeenCalledWith(expect.objectContaining({ block: 'center' }));
  });

  it('scrolls smoothly only in a tab the reader sees, and never with reduced motion', () => {
    const { scroll } = setup();
    const visibility = vi.spyOn(document, 'visibilityState', 'get');
    visibility.mockReturnValue('visible');
    window.matchMedia = ((q: string) => ({ matches: false, media: q })) as unknown as typeof window.matchMedia;
    jumpTo(document, '7', null);
    expect(scroll).toHaveBeenLastCalledWith(expect.objectContaining({ behavior: 'smooth' }));
    visibility.mockReturnValue('hidden');
    jumpTo(document, '7', null);
    expect(scroll).toHaveBeenLastCalledWith(expect.objectContaining({ behavior: 'auto' }));
    visibility.mockReturnValue('visible');
    window.matchMedia = ((q: string) => ({ matches: q.includes('reduce'), media: q })) as unknown as typeof window.matchMedia;
    jumpTo(document, '7', null);
    expect(scroll).toHaveBeenLastCalledWith(expect.objectContaining({ behavior: 'auto' }));
  });

  it('says so when the comment is not on the page', () => {
    setup();
    expect(jumpTo(document, 'nope', '#missing')).toBe(false);
  });
});
