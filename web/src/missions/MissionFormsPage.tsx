import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { gqlRequest } from '../api/client';
import { addStandardFormsMutation, missionFormsQuery } from '../api/missionOperations';
import type { MissionFormsQuery } from '../gql/graphql';
import { expectedErrorMessage, isSessionGone } from '../lib/admin';
import { MissionFrame } from './MissionFrame';

type Form = MissionFormsQuery['missionForms'][number];

/** /missions/:id/forms — the mission's forms with their kinds and codes (the codes observers send by SMS). */
export function MissionFormsPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('missions');
  return (
    <MissionFrame missionId={id} title={t('forms.title')}>
      {(mission) => <FormList missionId={mission.id} manages={mission.myRole === 'COORDINATOR'} />}
    </MissionFrame>
  );
}

function FormList({ missionId, manages }: { missionId: string; manages: boolean }) {
  const { t } = useTranslation('missions');
  const [forms, setForms] = useState<Form[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [archived, setArchived] = useState(false);
  const [loads, setLoads] = useState(0);
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<string | null>(null);

  async function addStandard() {
    setAdding(true);
    setAdded(null);
    setError(null);
    try {
      const data = await gqlRequest(addStandardFormsMutation, { missionId });
      const payload = data.addStandardForms;
      if (payload.errors.length > 0) {
        setError(payload.errors.map((e) => e.message).join(' '));
      } else {
        const count = payload.forms.length;
        setAdded(count === 0 ? t('forms.addedNone') : t('forms.addedStandard', { count }));
        setLoads((n) => n + 1);
      }
    } catch (err: unknown) {
      if (!isSessionGone(err)) setError(expectedErrorMessage(err));
    } finally {
      setAdding(false);
    }
  }

  useEffect(() => {
    let live = true;
    setForms(null);
    gqlRequest(missionFormsQuery, { missionId, includeArchived: archived })
      .then((data) => {
        if (live) setForms(data.missionForms);
      })
      .catch((err: unknown) => {
        if (live && !isSessionGone(err)) setError(expectedErrorMessage(err));
      });
    return () => {
      live = false;
    };
  }, [missionId, archived, loads]);

  return (
    <>
      {manages && (
        <div className="notice form-standard">
          <p>{t('forms.addStandardHint')}</p>
          <button type="button" className="button button-primary" onClick={() => void addStandard()} disabled={adding}>
            {adding ? t('forms.addingStandard') : t('forms.addStandard')}
          </button>
          {added && <p role="status">{added}</p>}
        </div>
      )}
      <div className="checkbox-field field form-archived-toggle">
        <input id="forms-archived" type="checkbox" checked={archived} onChange={(e) => setArchived(e.target.checked)} />
        <label htmlFor="forms-archived">{t('forms.showArchived')}</label>
      </div>
      {error && (
        <div className="notice notice-error" role="alert">
          <p>{error}</p>
        </div>
      )}
      {forms === null && !error && <p role="status">{t('loading')}</p>}
      {forms !== null && forms.length === 0 && (
        <div className="notice">
          <p>{t('forms.empty')}</p>
        </div>
      )}
      {forms !== null && forms.length > 0 && (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">{t('forms.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('forms.code')}</th>
                <th scope="col">{t('forms.name')}</th>
                <th scope="col">{t('forms.kind')}</th>
                <th scope="col">{t('forms.version')}</th>
              </tr>
            </thead>
            <tbody>
              {forms.map((form) => (
                <tr key={form.id}>
                  <td data-label={t('forms.code')}>
                    <code>{form.code}</code>
                  </td>
                  <th scope="row">
                    <Link to={`/missions/${encodeURIComponent(missionId)}/forms/${encodeURIComponent(form.id)}`}>{form.name}</Link>
                    {form.archived && <span className="status-badge status-draft form-archived">{t('forms.archived')}</span>}
                  </th>
                  <td data-label={t('forms.kind')}>{t(`formKind.${form.kind}`)}</td>
                  <td data-label={t('forms.version')}>{form.currentVersion ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
