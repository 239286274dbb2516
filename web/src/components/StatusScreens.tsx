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
