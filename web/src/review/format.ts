/**
 * Shared helpers of the review pages: answers as people read them, observer references,
 * times in the mission's own zone, and the mission header every page loads.
 */
import { useEffect, useState } from 'react';
import type { TFunction } from 'i18next';
import { gqlRequest, GraphQLRequestError } from '../api/client';
import { reviewMissionQuery } from '../api/reviewOperations';
import type { ReviewMissionQuery, ReviewQuestionFieldsFragment } from '../gql/graphql';
import { expectedErrorMessage, isSessionGone } from '../lib/admin';
import { dayKey, formatDay, formatTime, zoneLabel } from '../lib/time';

export type Question = ReviewQuestionFieldsFragment;
export type ReviewMission = ReviewMissionQuery['mission'];

export interface AnswerLike {
  value: string | null;
  choices: readonly number[] | null;
}

/** An answer as people read it: yes/no and option labels instead of raw values. */
export function formatAnswer(t: TFunction, question: Question | undefined, answer: AnswerLike): string {
  const { value, choices } = answer;
  if (choices && choices.length > 0) {
    return choices.map((choice) => optionLabel(question, choice)).join(', ');
  }
  if (value === null || value === '') return t('common.unanswered');
  if (question?.type === 'YES_NO') {
    if (value === 'yes') return t('common.yes');
    if (value === 'no') return t('common.no');
  }
  if (question?.type === 'SINGLE_CHOICE') return optionLabel(question, Number(value));
  return value;
}

function optionLabel(question: Question | undefined, value: number): string {
  const option = question?.options.find((o) => o.value === value);
  return option ? `${option.label} (${value})` : String(value);
}

/** Two answers are the same when value and choices agree (choices in any order). */
export function sameAnswer(a: AnswerLike | undefined, b: AnswerLike | undefined): boolean {
  const norm = (x: AnswerLike | undefined) =>
    JSON.stringify([x?.value ?? null, x?.choices ? [...x.choices].sort((p, q) => p - q) : null]);
  return norm(a) === norm(b);
}

/** "Observer K7P2Q": observers are shown by code only, never by name. */
export function observerLabel(t: TFunction, observer: { observerCode: string | null } | null): string {
  if (!observer) return t('common.coordinatorLogged');
  return observer.observerCode ? t('common.observer', { code: observer.observerCode }) : t('common.observerUnknown');
}

/** "Sun 29 Mar 14:05" in the mission's zone: field work is read on the local clock. */
export function formatMissionTime(instant: string, timeZone: string): string {
  return `${formatDay(dayKey(instant, timeZone), 'short')} ${formatTime(instant, timeZone)}`;
}

export function zoneName(timeZone: string): string {
  return zoneLabel(timeZone);
}

export type MissionState = { phase: 'loading' } | { phase: 'loaded'; mission: ReviewMission } | { phase: 'error'; message: string };

/** The mission every review page names in its header and whose zone it shows times in. */
export function useReviewMission(missionId: string, t: TFunction): MissionState {
  const [state, setState] = useState<MissionState>({ phase: 'loading' });
  useEffect(() => {
    let live = true;
    setState({ phase: 'loading' });
    gqlRequest(reviewMissionQuery, { id: missionId })
      .then((data) => live && setState({ phase: 'loaded', mission: data.mission }))
      .catch((err: unknown) => {
        if (!live || isSessionGone(err)) return;
        const notFound = err instanceof GraphQLRequestError && err.codes.includes('NOT_FOUND');
        setState({ phase: 'error', message: notFound ? t('common.notFound') : expectedErrorMessage(err) });
      });
    return () => {
      live = false;
    };
  }, [missionId, t]);
  return state;
}

/** Coordinators review and handle incidents; analysts and partner viewers only read. */
export function canReview(state: MissionState): boolean {
  return state.phase === 'loaded' && (state.mission.myRole === 'COORDINATOR' || state.mission.myRole === 'REGIONAL_COORDINATOR');
}

/** The server's message for a NOT_FOUND or other expected error, else the generic one. */
export function loadError(err: unknown): string {
  return expectedErrorMessage(err);
}

export { isSessionGone };
