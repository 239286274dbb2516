import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';

/** The main navigation's entry to missions (everyone signed in: the list shows their own). */
export function MissionsNavLink() {
  const { t } = useTranslation('missions');
  return (
    <li>
      <NavLink to="/missions">{t('nav.link')}</NavLink>
    </li>
  );
}
