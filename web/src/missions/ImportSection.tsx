import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { importLocationsMutation, importObserversMutation } from '../api/missionOperations';
import { uploadMutation } from '../api/upload';
import { ErrorBanner } from '../components/FormErrors';
import type { ImportResultFieldsFragment } from '../gql/graphql';
import { expectedErrorMessage, isSessionGone } from '../lib/admin';
import { formatNumber } from './missionLabels';

export type ImportKind = 'locations' | 'observers';
type Result = NonNullable<ImportResultFieldsFragment['result']>;

async function send(kind: ImportKind, missionId: string, file: File, dryRun: boolean): Promise<ImportResultFieldsFragment> {
  if (kind === 'locations') return (await uploadMutation(importLocationsMutation, { missionId, dryRun }, { file })).importLocations;
  return (await uploadMutation(importObserversMutation, { missionId, dryRun }, { file })).importObservers;
}

/**
 * Import follows a clean check of this very choice: choosing a file again (even the same name)
 * gives a new File, whose content may have changed on disk since, so it needs a new check.
 */
function sameFile(a: File | null, b: File | null): boolean {
  return a !== null && b !== null && a === b;
}

/**
 * One CSV import: choose a file, check it (a dry run that lists every problem), and import it
 * only after a clean check of that very file. Choosing another file asks for a new check.
 */
export function ImportSection({ kind, missionId }: { kind: ImportKind; missionId: string }) {
  const { t } = useTranslation('missions');
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [checked, setChecked] = useState<{ file: File; result: Result } | null>(null);
  const [imported, setImported] = useState<Result | null>(null);
  const [busy, setBusy] = useState<'check' | 'import' | null>(null);
  const [errors, setErrors] = useState<string[]>([]);

  function choose(next: File | null) {
    setFile(next);
    setChecked(null);
    setImported(null);
    setErrors([]);
  }

  async function run(dryRun: boolean) {
    if (!file) return;
    setBusy(dryRun ? 'check' : 'import');
    setErrors([]);
    setImported(null);
    try {
      const payload = await send(kind, missionId, file, dryRun);
      if (payload.errors.length > 0 || !payload.result) {
        setErrors(payload.errors.length > 0 ? payload.errors.map((e) => e.message) : [t('import.failed')]);
        if (!dryRun) setChecked(null);
      } else if (dryRun) {
        setChecked({ file, result: payload.result });
      } else {
        setImported(payload.result);
        // The import itself may have found problems (the data changed since the check).
        setChecked(payload.result.ok ? null : { file, result: payload.result });
      }
    } catch (err) {
      if (!isSessionGone(err)) setErrors([expectedErrorMessage(err)]);
    }
    setBusy(null);
  }

  const cleanCheck = checked !== null && sameFile(checked.file, file) && checked.result.ok;
  const headingId = `${id}-heading`;
  return (
    <section className="import-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t(`import.${kind}.title`)}</h2>
      <ExpectedColumns kind={kind} />
      <div className="import-controls">
        <div className="field">
          <label htmlFor={`${id}-file`}>{t(`import.${kind}.file`)}</label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".csv,text/csv"
            onChange={(e) => choose(e.target.files?.[0] ?? null)}
          />
        </div>
        <div className="form-actions">
          <button type="button" className="button button-secondary" disabled={!file || busy !== null} onClick={() => void run(true)}>
            {busy === 'check' ? t('import.checking') : t('import.check')}
          </button>
          <button type="button" className="button button-primary" disabled={!cleanCheck || busy !== null} onClick={() => void run(false)}>
            {busy === 'import' ? t('import.importing') : t('import.import')}
          </button>
          {file && !cleanCheck && busy === null && <p className="hint">{t('import.checkFirst')}</p>}
        </div>
      </div>
      {errors.length > 0 && <ErrorBanner messages={errors} />}
      <div role="status" aria-live="polite" className="import-outcome">
        {imported?.ok && <p className="import-done">{t('import.done', counts(imported))}</p>}
        {checked && sameFile(checked.file, file) && <CheckOutcome result={checked.result} />}
      </div>
    </section>
  );
}

function counts(result: Result) {
  return { created: formatNumber(result.created), updated: formatNumber(result.updated), unchanged: formatNumber(result.unchanged) };
}

function CheckOutcome({ result }: { result: Result }) {
  const { t } = useTranslation('missions');
  if (result.ok) return <p className="import-clean">{t('import.clean', counts(result))}</p>;
  const more = result.problemCount - result.problems.length;
  return (
    <div className="import-problems">
      <p className="field-error">{t('import.problems', { count: result.problemCount })}</p>
      <div className="table-wrap">
        <table className="data-table">
          <caption className="visually-hidden">{t('import.problemsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('import.line')}</th>
              <th scope="col">{t('import.column')}</th>
              <th scope="col">{t('import.message')}</th>
            </tr>
          </thead>
          <tbody>
            {result.problems.map((problem, index) => (
              <tr key={index}>
                <td data-label={t('import.line')} className="numeric">
                  {problem.line}
                </td>
                <td data-label={t('import.column')}>
                  <code>{problem.column}</code>
                </td>
                <td data-label={t('import.message')}>{problem.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {more > 0 && <p>{t('import.andMore', { count: more, n: formatNumber(more) })}</p>}
    </div>
  );
}

const EXAMPLES: Record<ImportKind, string> = {
  locations: [
    'code;name;parent_code;registered_voters;latitude;longitude',
    'NR;Northern Region;;;;',
    'NR-01;Tamale Central;NR;;;',
    'NR-01-001;Tamale Islamic School A;NR-01;812;9.4034;-0.8424',
  ].join('\n'),
  observers: [
    'code;name;phone;email;language;kind;stations;forms',
    ';Abena Mensah;+233 20 000 0001;;en;short_term;NR-01-001;OP|CL',
    ';Kofi Boateng;+233 20 000 0002|+233 24 000 0002;kofi@example.org;fr;long_term;;',
  ].join('\n'),
};

const COLUMNS: Record<ImportKind, string[]> = {
  locations: ['code', 'name', 'parent_code', 'registered_voters', 'latitude', 'longitude'],
  observers: ['code', 'name', 'phone', 'email', 'language', 'kind', 'stations', 'forms'],
};

function ExpectedColumns({ kind }: { kind: ImportKind }) {
  const { t } = useTranslation('missions');
  return (
    <details className="import-help">
      <summary>{t('import.columnsSummary')}</summary>
      <p>{t('import.format')}</p>
      <dl className="import-columns">
        {COLUMNS[kind].map((column) => (
          <div key={column}>
            <dt>
              <code>{column}</code>
            </dt>
            <dd>{t(`import.${kind}.columns.${column}`)}</dd>
          </div>
        ))}
      </dl>
      <p>{t('import.example')}</p>
      <pre className="import-example">{EXAMPLES[kind]}</pre>
      <p className="hint">{t(`import.${kind}.docs`)}</p>
    </details>
  );
}
