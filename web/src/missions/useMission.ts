import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { gqlRequest, GraphQLRequestError } from '../api/client';
import { missionQuery } from '../api/missionOperations';
import type { MissionFieldsFragment } from '../gql/graphql';
import { expectedErrorMessage, isSessionGone } from '../lib/admin';

export type MissionState =
  | { phase: 'loading' }
  | { phase: 'loaded'; mission: MissionFieldsFragment }
  | { phase: 'error'; message: string };

/** The mission a page is about, for its header and the role-dependent parts. */
export function useMission(id: string) {
  const { t } = useTranslation('missions');
  const [state, setState] = useState<MissionState>({ phase: 'loading' });

  const load = useCallback(async () => {
    try {
      const data = await gqlRequest(missionQuery, { id });
      setState({ phase: 'loaded', mission: data.mission });
    } catch (err) {
      if (isSessionGone(err)) return;
      const notFound = err instanceof GraphQLRequestError && err.codes.includes('NOT_FOUND');
      setState({ phase: 'error', message: notFound ? t('mission.notFound') : expectedErrorMessage(err) });
    }
  }, [id, t]);

  useEffect(() => {
    setState({ phase: 'loading' });
    void load();
  }, [load]);

  return { state, setMission: (mission: MissionFieldsFragment) => setState({ phase: 'loaded', mission }), reload: load };
}
