import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { gqlRequest, GraphQLRequestError } from '../api/client';
import { formViewerQuery } from '../api/missionOperations';
import type { FormViewerQuery } from '../gql/graphql';
import { direction, LANGUAGES, type Language } from '../i18n';
import { expectedErrorMessage, isSessionGone, languageLabel } from '../lib/admin';
import { formatInstant } from './missionLabels';
import { MissionFrame } from './MissionFrame';

type Form = FormViewerQuery['form'];
type Version = NonNullable<Form['version']>;
type Question = Version['questions'][number];
type Texts = ReadonlyArray<{ language: string; text: string }>;

/** The text in `language`, else English, else the first one there is. */
export function pick(texts: Texts, language: string): { text: string; language: string } {
  const found = texts.find((x) => x.language === language) ?? texts.find((x) => x.language === 'en') ?? texts[0];
  return found ?? { text: '', language };
}

/** /missions/:id/forms/:formId — every question with its code, type, labels, options and checks; the rules; the versions. */
export function FormViewerPage() {
  const { id = '', formId = '' } = useParams();
  const { t } = useTranslation('missions');
  const [form, setForm] = useState<Form | null>(null);
  const [number, setNumber] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [language, setLanguage] = useState<Language>('en');
  const pickerId = useId();

  useEffect(() => {
    let live = true;
    setError(null);
    gqlRequest(formViewerQuery, { id: formId, number })
      .then((data) => {
        if (live) setForm(data.form);
      })
      .catch((err: unknown) => {
        if (!live || isSessionGone(err)) return;
        const notFound = err instanceof GraphQLRequestError && err.codes.includes('NOT_FOUND');
        setError(notFound ? t('viewer.notFound') : expectedErrorMessage(err));
      });
    return () => {
      live = false;
    };
  }, [formId, number, t]);

  const title = form ? `${form.code} · ${pick(form.names, language).text || form.name}` : t('viewer.title');
  return (
    <MissionFrame missionId={id} title={title} className="form-viewer">
      {() => (
        <>
          <p className="back-link">
            <Link to={`/missions/${encodeURIComponent(id)}/forms`}>{t('viewer.allForms')}</Link>
          </p>
          {error && (
            <div className="notice notice-error" role="alert">
              <p>{error}</p>
            </div>
          )}
          {!form && !error && <p role="status">{t('loading')}</p>}
          {form && (
            <>
              <div className="viewer-toolbar">
                <p>
                  <span className="kind-badge">{t(`formKind.${form.kind}`)}</span>{' '}
                  {form.archived && <span className="status-badge status-draft">{t('forms.archived')}</span>}
                </p>
                <div className="field">
                  <label htmlFor={pickerId}>{t('viewer.language')}</label>
                  <select id={pickerId} value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
                    {LANGUAGES.map((tag) => (
                      <option key={tag} value={tag}>
                        {languageLabel(tag)}
                      </option>
                    ))}
                  </select>
                </div>
              </div>
              {form.version ? <VersionView version={form.version} language={language} /> : <p>{t('viewer.noVersion')}</p>}
              <Versions form={form} shown={form.version?.number ?? null} onShow={setNumber} />
            </>
          )}
        </>
      )}
    </MissionFrame>
  );
}

/** Text in a language, marked with its language and direction (Arabic reads right to left). */
function Localized({ texts, language }: { texts: Texts; language: string }) {
  const found = pick(texts, language);
  return (
    <span lang={found.language} dir={direction(found.language)}>
      {found.text}
    </span>
  );
}

/** A paragraph in one language: its own direction, so Arabic aligns to the right. */
function LocalizedParagraph({ texts, language, className }: { texts: Texts; language: string; className: string }) {
  const found = pick(texts, language);
  return (
    <p className={className} lang={found.language} dir={direction(found.language)}>
      {found.text}
    </p>
  );
}

function VersionView({ version, language }: { version: Version; language: string }) {
  const { t } = useTranslation('missions');
  return (
    <>
      <section className="mission-section" aria-labelledby="viewer-questions">
        <h2 id="viewer-questions">{t('viewer.questions', { n: version.number })}</h2>
        <ol className="question-list">
          {version.questions.map((question) => (
            <QuestionItem key={question.code} question={question} language={language} />
          ))}
        </ol>
      </section>
      <section className="mission-section" aria-labelledby="viewer-rules">
        <h2 id="viewer-rules">{t('viewer.rules')}</h2>
        {version.rules.length === 0 ? (
          <p>{t('viewer.noRules')}</p>
        ) : (
          <div className="table-wrap">
            <table className="data-table">
              <caption className="visually-hidden">{t('viewer.rules')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('viewer.ruleCode')}</th>
                  <th scope="col">{t('viewer.expression')}</th>
                  <th scope="col">{t('viewer.severity')}</th>
                  <th scope="col">{t('viewer.message')}</th>
                </tr>
              </thead>
              <tbody>
                {version.rules.map((rule) => (
                  <tr key={rule.code}>
                    <td data-label={t('viewer.ruleCode')}>
                      <code>{rule.code}</code>
                    </td>
                    <td data-label={t('viewer.expression')}>
                      <code dir="ltr">{rule.expression}</code>
                    </td>
                    <td data-label={t('viewer.severity')}>
                      <span className={`severity-badge severity-${rule.severity.toLowerCase()}`}>{t(`severity.${rule.severity}`)}</span>
                    </td>
                    <td data-label={t('viewer.message')}>
                      <Localized texts={(['en', 'fr', 'es', 'ar'] as const).map((tag) => ({ language: tag, text: rule[tag] }))} language={language} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}

function QuestionItem({ question, language }: { question: Question; language: string }) {
  const { t } = useTranslation('missions');
  const checks: string[] = [];
  if (question.required) checks.push(t('viewer.required'));
  if (question.min !== null && question.max !== null) checks.push(t('viewer.range', { min: question.min, max: question.max }));
  else if (question.min !== null) checks.push(t('viewer.min', { min: question.min }));
  else if (question.max !== null) checks.push(t('viewer.max', { max: question.max }));
  if (question.type === 'TEXT') checks.push(t('viewer.maxLength', { n: question.maxLength }));
  return (
    <li className="question" aria-label={question.code}>
      <div className="question-head">
        <code className="question-code">{question.code}</code>
        <span className="question-type">{t(`questionType.${question.type}`)}</span>
      </div>
      <LocalizedParagraph className="question-label" texts={question.labels} language={language} />
      {question.options.length > 0 && (
        <ul className="question-options" aria-label={t('viewer.options')}>
          {question.options.map((option) => (
            <li key={option.value}>
              <code>{option.value}</code> <Localized texts={option.labels} language={language} />
            </li>
          ))}
        </ul>
      )}
      {checks.length > 0 && <p className="hint">{checks.join(' · ')}</p>}
    </li>
  );
}

function Versions({ form, shown, onShow }: { form: Form; shown: number | null; onShow: (n: number | null) => void }) {
  const { t } = useTranslation('missions');
  return (
    <section className="mission-section" aria-labelledby="viewer-versions">
      <h2 id="viewer-versions">{t('viewer.versions')}</h2>
      <ul className="version-list">
        {[...form.versions]
          .sort((a, b) => b.number - a.number)
          .map((version) => (
            <li key={version.number}>
              {version.number === shown ? (
                <strong aria-current="true">{t('viewer.versionN', { n: version.number })}</strong>
              ) : (
                <button type="button" className="button-inline" onClick={() => onShow(version.number === form.currentVersion ? null : version.number)}>
                  {t('viewer.versionN', { n: version.number })}
                </button>
              )}{' '}
              <span className="muted">
                {formatInstant(version.createdAt)}
                {version.number === form.currentVersion && ` · ${t('viewer.current')}`}
              </span>
            </li>
          ))}
      </ul>
    </section>
  );
}
