import { useEffect } from 'react';
import { Link } from 'react-router-dom';
import './home.css';

/**
 * Any address the app does not know, signed in or not: a page that says so and leads home and
 * to the calendar (in the public shell for visitors), never the sign-in card.
 */
export function NotFoundPage() {
  useEffect(() => {
    document.title = 'Page not found · Pluralis';
  }, []);
  return (
    <div className="page">
      <section className="home-intro" aria-labelledby="not-found-title">
        <h1 id="not-found-title">Page not found</h1>
        <p>There is nothing at this address. The link may be mistyped, or the page has moved.</p>
        <div className="not-found-links">
          <Link className="button button-primary" to="/">
            Go to the home page
          </Link>
          <Link className="button button-secondary" to="/events">
            Open the calendar
          </Link>
        </div>
      </section>
    </div>
  );
}
