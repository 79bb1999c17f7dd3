import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export interface VirtualWindow {
  /** First and last row index worth rendering (visible rows plus a margin). */
  first: number;
  last: number;
  /** How many rows fit on screen: the step of Page Up / Page Down. */
  perScreen: number;
}

const OVERSCAN = 8;

/**
 * Which rows of a fixed-height list are on screen in the scrolling element. Scroll events are
 * folded into one update per frame, so a fast scroll re-renders at most once a frame.
 */
export function useVirtualWindow(
  scroller: RefObject<HTMLElement | null>,
  rowHeight: number,
  total: number,
): VirtualWindow {
  const [view, setView] = useState({ top: 0, height: 600 });
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    let frame = 0;
    const measure = () => {
      frame = 0;
      setView((prev) =>
        prev.top === el.scrollTop && prev.height === el.clientHeight
          ? prev
          : { top: el.scrollTop, height: el.clientHeight },
      );
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    measure();
    el.addEventListener('scroll', onScroll, { passive: true });
    const resize = new ResizeObserver(onScroll);
    resize.observe(el);
    return () => {
      el.removeEventListener('scroll', onScroll);
      resize.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [scroller]);
  const perScreen = Math.max(1, Math.floor(view.height / rowHeight) - 1);
  const first = Math.max(0, Math.floor(view.top / rowHeight) - OVERSCAN);
  const last = Math.max(first, Math.min(total - 1, Math.ceil((view.top + view.height) / rowHeight) + OVERSCAN));
  return { first, last, perScreen };
}
