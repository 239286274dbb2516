import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { gqlRequest } from '../api/client';
import { myAssignmentsQuery, observerFormQuery } from '../api/observerOperations';
import { ErrorBanner } from '../components/FormErrors';
import type { MyAssignmentsQuery, ObserverFormQuery } from '../gql/graphql';
import {
  checkAnswers,
  fromAnswerInputs,
  localized,
  questionOfField,
  toAnswerInputs,
  type Answers,
  type FormVersion,
  type Problem,
} from './answers';
import { useCachedQuery } from './hooks';
import { LoadState } from './Loading';
import { useTitle } from './MyMissionsPage';
import { useObserver } from './ObserverContext';
import { enqueue, getQueued, newIdempotencyKey, removeQueued, syncQueue, type QueueItem } from './queue';
import { fieldId, QuestionField } from './QuestionField';

type Form = ObserverFormQuery['form'];

/** /observe/:missionId/report/:locationId/:formId — fill a form for a station (?fix=KEY reopens a refused one). */
export function ReportFormPage() {
  const { missionId = '', locationId = '', formId = '' } = useParams();
  const { owner } = useObserver();
  const form = useCachedQuery(owner, `form:${formId}`, async () => (await gqlRequest(observerFormQuery, { formId })).form);
  const assignments = useCachedQuery(owner, `assignments:${missionId}`, () => gqlRequest(myAssignmentsQuery, { missionId }));
  return (
    <LoadState loaded={form}>
      {(data) => (
        <ReportForm
          key={data.id}
          form={data}
          missionId={missionId}
          locationId={locationId}
          station={assignments.state === 'ready' ? stationOf(assignments.data, locationId) : null}
        />
      )}
    </LoadState>
  );
}

function stationOf(data: MyAssignmentsQuery, locationId: string) {
  return data.myAssignments.find((a) => a.location.id === locationId)?.location ?? null;
}

function ReportForm({
  form,
  missionId,
  locationId,
  station,
}: {
  form: Form;
  missionId: string;
  locationId: string;
  station: { code: string; name: string } | null;
}) {
  const { t, i18n } = useTranslation('observer');
  const { owner, confirmed } = useObserver();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const fixKey = params.get('fix');
  const [answers, setAnswers] = useState<Answers>({});
  const [problems, setProblems] = useState<ReadonlyMap<string, Problem>>(new Map());
  const [serverErrors, setServerErrors] = useState<ReadonlyMap<string, string[]>>(new Map());
  const [general, setGeneral] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const title = localized(form.names, i18n.language, form.name);
  useTitle(title);
  const version = form.version;

  // Reopening an item the server refused: its answers, and the server's words next to them.
  useEffect(() => {
    if (!fixKey || !version) return;
    void getQueued(fixKey).then((item) => {
      if (item?.kind !== 'report' || item.owner !== owner) return;
      setAnswers(fromAnswerInputs(item.input.answers));
      const codes = version.questions.map((q) => q.code);
      const byQuestion = new Map<string, string[]>();
      const rest: string[] = [];
      for (const error of item.errors) {
        const code = questionOfField(error.field, codes);
        if (code) byQuestion.set(code, [...(byQuestion.get(code) ?? []), error.message]);
        else rest.push(error.message);
      }
      setServerErrors(byQuestion);
      setGeneral(rest);
    });
  }, [fixKey, owner, version]);

  if (!version) return <p role="alert">{t('form.noVersion')}</p>;

  function change(code: string, answer: Answers[string]) {
    setAnswers((previous) => ({ ...previous, [code]: answer }));
    // A changed answer is re-checked on the next submit; its old messages go.
    setProblems((previous) => withoutKey(previous, code));
    setServerErrors((previous) => withoutKey(previous, code));
  }

  async function submit(event: FormEvent<HTMLFormElement>, current: FormVersion) {
    event.preventDefault();
    if (busy) return;
    const found = checkAnswers(current.questions, answers);
    setProblems(found);
    if (found.size > 0) {
      setGeneral([t('form.fixMarked')]);
      const first = current.questions.find((q) => found.has(q.code));
      if (first) focusQuestion(first.code);
      return;
    }
    setBusy(true);
    const key = newIdempotencyKey();
    const item: QueueItem = {
      kind: 'report',
      key,
      owner,
      missionId,
      createdAt: new Date().toISOString(),
      state: 'waiting',
      errors: [],
      attempts: 0,
      input: { idempotencyKey: key, formId: form.id, locationId, formVersion: current.number, answers: toAnswerInputs(current.questions, answers) },
    };
    // Stored first, sent after: a lost connection loses nothing.
    await enqueue(item);
    if (fixKey) await removeQueued(fixKey);
    if (confirmed) void syncQueue(owner);
    navigate(`/observe/${missionId}`, { state: { notice: t('form.queued') } });
  }

  const messagesFor = (code: string): string[] => {
    const problem = problems.get(code);
    return [...(problem ? [t(`problems.${problem.key}`, problem.params)] : []), ...(serverErrors.get(code) ?? [])];
  };

  return (
    <>
      <p className="observer-back">
        <Link to={`/observe/${missionId}`}>{t('form.back')}</Link>
      </p>
      <h1>{title}</h1>
      {station && (
        <p className="muted">
          {station.name} <span className="question-code">{station.code}</span>
        </p>
      )}
      <p className="hint">{t('form.requiredNote')}</p>
      <form className="report-form" aria-label={title} onSubmit={(e) => void submit(e, version)} noValidate>
        <ErrorBanner messages={general} />
        {version.questions.map((question) => (
          <QuestionField
            key={question.code}
            question={question}
            answer={answers[question.code]}
            messages={messagesFor(question.code)}
            onChange={(answer) => change(question.code, answer)}
          />
        ))}
        <button type="submit" className="button button-primary button-block" disabled={busy}>
          {busy ? t('form.saving') : t('form.submit')}
        </button>
      </form>
    </>
  );
}

function withoutKey<V>(map: ReadonlyMap<string, V>, key: string): ReadonlyMap<string, V> {
  if (!map.has(key)) return map;
  const next = new Map(map);
  next.delete(key);
  return next;
}

function focusQuestion(code: string): void {
  const element = document.getElementById(fieldId(code));
  const target = element instanceof HTMLFieldSetElement ? element.querySelector('input') : element;
  target?.focus();
}
