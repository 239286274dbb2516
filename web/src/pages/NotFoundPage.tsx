import { useEffect } from 'react';
import { Link } from 'react-router-dom';

export function NotFoundPage() {
  useEffect(() => {
    document.title = 'Page not found · Pluralis';
  }, []);
  return (
    <div className="page">
      <h1>Page not found</h1>
      <p>
        There is nothing at this address. Go to <Link to="/organizations">Organizations</Link>.
      </p>
    </div>
  );
}
