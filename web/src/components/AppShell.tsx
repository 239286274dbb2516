import { useEffect, useRef, useState } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router-dom';
import '../auth/account.css';
import { useAuth } from '../auth/AuthContext';
import { AdminNavLinks } from './AdminNavLinks';
import { MissionsNavLink } from '../missions/MissionsNavLink';

export function AppShell() {
  const { viewer, signOut } = useAuth();
  const [signingOut, setSigningOut] = useState(false);
  const mainRef = useRef<HTMLElement>(null);
  const location = useLocation();
  const firstRender = useRef(true);

  // After client-side navigation, move focus to the new page's content so
  // screen-reader and keyboard users start there (as on a full page load).
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus();
  }, [location.pathname]);

  async function handleSignOut() {
    setSigningOut(true);
    try {
      await signOut();
    } catch {
      setSigningOut(false);
    }
  }

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
          <nav className="site-nav" aria-label="Main">
            <ul>
              <li>
                <NavLink to="/events">Calendar</NavLink>
              </li>
              <li>
                <NavLink to="/people">People</NavLink>
              </li>
              <li>
                <NavLink to="/organizations">Organizations</NavLink>
              </li>
              <MissionsNavLink />
              <li>
                <NavLink to="/feeds">Calendar feeds</NavLink>
              </li>
              <li>
                <NavLink to="/requests">Requests</NavLink>
              </li>
              <AdminNavLinks />
            </ul>
          </nav>
          <div className="account">
            <NavLink className="account-name account-link" to="/account" title={viewer?.email ?? undefined}>
              <span className="visually-hidden">Your account: </span>
              {viewer?.displayName}
            </NavLink>
            <button
              type="button"
              className="button button-on-dark"
              onClick={() => void handleSignOut()}
              disabled={signingOut}
            >
              {signingOut ? 'Signing out…' : 'Sign out'}
            </button>
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
