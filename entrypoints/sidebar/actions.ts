import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ToastMessage } from '@/components/Toast';

/** What any part of the sidebar can do: announce a change (with Undo) or a failure. */
export interface SidebarActions {
  show(text: string, extra?: Partial<ToastMessage>): void;
  fail(error: unknown): void;
}

const Actions = createContext<SidebarActions>({ show: () => undefined, fail: () => undefined });
export const ActionsProvider = Actions.Provider;
export const useActions = () => useContext(Actions);
