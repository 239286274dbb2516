import { createContext, useContext } from 'react';
import type { QueueView } from './hooks';

export interface ObserverContextValue {
  /** The account whose cache and queue these pages use (known offline from the last session). */
  owner: string;
  /** True once the server confirmed the session (sending waits for it). */
  confirmed: boolean;
  online: boolean;
  queue: QueueView;
}

export const ObserverContext = createContext<ObserverContextValue | null>(null);

export function useObserver(): ObserverContextValue {
  const value = useContext(ObserverContext);
  if (!value) throw new Error('useObserver must be used inside <ObserverLayout>');
  return value;
}

/** Remembered so an app opened offline still finds its cache and queue. */
export const OWNER_KEY = 'pluralis.observer.owner';

export function rememberedOwner(): string | null {
  try {
    return localStorage.getItem(OWNER_KEY);
  } catch {
    return null;
  }
}

export function rememberOwner(owner: string): void {
  try {
    localStorage.setItem(OWNER_KEY, owner);
  } catch {
    // Offline starts will ask to sign in again; nothing else is lost.
  }
}
