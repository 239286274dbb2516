import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage, LANGUAGES } from './index';
import { chooseLanguage, LANGUAGE_NAMES } from './language';
import './language.css';

/** A small select for the observer-facing pages; each language is named in itself. */
export function LanguagePicker() {
  const { t, i18n } = useTranslation('common');
  const id = useId();
  return (
    <div className="language-picker">
      <label htmlFor={id}>{t('language')}</label>
      <select
        id={id}
        value={i18n.resolvedLanguage ?? i18n.language}
        onChange={(e) => {
          if (isLanguage(e.target.value)) void chooseLanguage(e.target.value);
        }}
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {LANGUAGE_NAMES[language]}
          </option>
        ))}
      </select>
    </div>
  );
}
