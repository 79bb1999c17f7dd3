import { useEffect } from 'preact/hooks';

let markedPage: string | undefined;

/**
 * Marks when the first contact card of a page has been painted, once per page, so the benchmark
 * (bench/) can time "navigation → first useful paint" from outside the frame.
 */
export function markFirstCard(pageUrl: string): void {
  if (pageUrl === markedPage) return;
  markedPage = pageUrl;
  performance.mark('rapport:first-card');
}

/** Marks when news of a page reached the sidebar: the benchmark splits the warm first card's time there. */
export function markPageArrived(): void {
  performance.mark('rapport:page');
}

/** Effects run after the browser has painted the render, which is the moment worth marking. */
export function useFirstCardMark(pageUrl: string, cardShown: boolean): void {
  useEffect(() => {
    if (cardShown) markFirstCard(pageUrl);
  }, [pageUrl, cardShown]);
}
