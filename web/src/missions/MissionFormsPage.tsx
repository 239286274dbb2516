import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { gqlRequest } from '../api/client';
import { missionFormsQuery } from '../api/missionOperations';
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
      {(mission) => <FormList missionId={mission.id} />}
    </MissionFrame>
  );
}

function FormList({ missionId }: { missionId: string }) {
  const { t } = useTranslation('missions');
  const [forms, setForms] = useState<Form[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [archived, setArchived] = useState(false);

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
  }, [missionId, archived]);

  return (
    <>
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
                  <td>
                    <code>{form.code}</code>
                  </td>
                  <th scope="row">
                    <Link to={`/missions/${encodeURIComponent(missionId)}/forms/${encodeURIComponent(form.id)}`}>{form.name}</Link>
                    {form.archived && <span className="status-badge status-draft form-archived">{t('forms.archived')}</span>}
                  </th>
                  <td>{t(`formKind.${form.kind}`)}</td>
                  <td>{form.currentVersion ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
