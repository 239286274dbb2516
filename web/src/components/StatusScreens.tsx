export function LoadingScreen() {
  return (
    <main id="main" className="status-screen" tabIndex={-1}>
      <p role="status" aria-live="polite">
        Loading…
      </p>
    </main>
  );
}

export function SessionErrorScreen({ onRetry }: { onRetry: () => void }) {
  return (
    <main id="main" className="status-screen" tabIndex={-1}>
      <h1>Pluralis is unreachable</h1>
      <p role="alert">We could not check your session. Check your connection and try again.</p>
      <button type="button" className="button button-primary" onClick={onRetry}>
        Try again
      </button>
    </main>
  );
}

/** A page's own content while it loads (inside the shell, which keeps its landmarks). */
export function PageLoading({ children }: { children: string }) {
  return (
    <div className="page">
      <p role="status">{children}</p>
    </div>
  );
}

/** A page that could not load: its heading, the reason in words and a way to try again. */
export function PageLoadError({ title, message, onRetry }: { title: string; message: string; onRetry: () => void }) {
  return (
    <div className="page">
      <h1>{title}</h1>
      <div className="notice notice-error" role="alert">
        <p>{message}</p>
        <button type="button" className="button button-secondary" onClick={onRetry}>
          Try again
        </button>
      </div>
    </div>
  );
}
