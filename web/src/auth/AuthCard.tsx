import { useEffect, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { applyDefaultLanguage } from '../i18n/language';
import { LanguagePicker } from '../i18n/LanguagePicker';
import './account.css';

/**
 * The frame of every page for getting in (sign-in, codes, password reset, invitations): the
 * brand, one heading and the form. These pages have no external links, so a token in their
 * URL never leaves in a Referer header (the server also sends a strict Referrer-Policy).
 */
export function AuthCard({
  title,
  intro,
  notice,
  children,
  translated = false,
}: {
  title: string;
  intro?: ReactNode;
  notice?: string | null;
  children: ReactNode;
  /** Pages observers use (sign-in, codes, joining) speak their language and offer the picker. */
  translated?: boolean;
}) {
  useEffect(() => {
    if (translated) void applyDefaultLanguage();
  }, [translated]);
  useEffect(() => {
    document.title = `${title} · Pluralis`;
  }, [title]);

  return (
    <main id="main" className="auth-page" tabIndex={-1}>
      <div className="auth-card">
        {translated && (
          <div className="auth-language">
            <LanguagePicker />
          </div>
        )}
        <p className="auth-brand">
          {/* The way back to the public site (the home page and its calendar) for a visitor who
              changes her mind; an internal link, so no token leaves in a Referer header. */}
          <Link className="auth-brand-link" to="/">
            <span className="brand-mark" aria-hidden="true">
              P
            </span>
            Pluralis
          </Link>
        </p>
        <h1>{title}</h1>
        {notice && (
          <p className="auth-notice" role="status">
            {notice}
          </p>
        )}
        {intro && <p className="muted">{intro}</p>}
        {children}
      </div>
    </main>
  );
}
