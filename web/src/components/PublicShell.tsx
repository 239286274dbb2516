import { useEffect, useRef } from 'react';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { signInPathFor } from '../auth/AuthContext';

/**
 * The frame for visitors who are not signed in: home, the public calendar and events, not-found.
 * A minimal header (the brand leads home, where the calendar is one click away; every event
 * page links back to the calendar) and the way in, which returns to this page.
 */
export function PublicShell() {
  const mainRef = useRef<HTMLElement>(null);
  const location = useLocation();
  const firstRender = useRef(true);

  // As in the AppShell: after client-side navigation, focus the new page's content.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus();
  }, [location.pathname]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <Link className="brand" to="/">
            <span className="brand-mark" aria-hidden="true">
              P
            </span>
            <span className="brand-name">Pluralis</span>
          </Link>
          <div className="account">
            <Link className="button button-on-dark" to={signInPathFor(location.pathname + location.search)}>
              Sign in
            </Link>
          </div>
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="site-main">
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>Pluralis — coordination for democracy-support networks</p>
      </footer>
    </div>
  );
}
