/** Which user action sends a Gmail compose window. Pure: reads the event and the DOM, writes nothing. */
import { composeOf } from './compose';
import { sel } from './selectors';

/**
 * The compose window this event is about to send, or null: a click on (or Enter/Space on) its Send button,
 * or Ctrl/Cmd+Enter anywhere inside it.
 */
export function gmailComposeSentBy(event: Event): Element | null {
  const target = event.target instanceof Element ? event.target : null;
  const onSend = target?.closest(sel.send);
  if (event.type === 'click') return onSend ? composeOf(target) : null;
  if (event.type !== 'keydown') return null;
  const key = event as KeyboardEvent;
  const shortcut = key.key === 'Enter' && (key.ctrlKey || key.metaKey);
  const pressed = onSend && (key.key === 'Enter' || key.key === ' ');
  return shortcut || pressed ? composeOf(target) : null;
}
