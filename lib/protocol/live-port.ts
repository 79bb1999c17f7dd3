/**
 * The port a dashboard or popup holds open while it is shown, so the background keeps team sync live
 * (a long-poll on the team's changes) and tells it, with a `synced` event (events.ts), when the team's
 * changes arrived. The sidebar's own port (sidebar-port.ts) counts the same way.
 */
export const LIVE_PORT = 'live';
