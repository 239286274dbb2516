import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { gqlRequest } from '../api/client';
import { overrideStationValueMutation } from '../api/reviewOperations';
import type { StationResultFieldsFragment } from '../gql/graphql';
import { expectedErrorMessage, isSessionGone } from '../lib/admin';
import type { Question } from './format';

type Result = StationResultFieldsFragment;
type Field = Result['fields'][number];

/**
 * Set a station's value for one question by hand. The reason is required (here and by the
 * server): an override replaces what observers reported, so it must say why.
 */
export function OverrideForm({
  field,
  question,
  locationId,
  formId,
  onCancel,
  onDone,
}: {
  field: Field;
  question: Question | undefined;
  locationId: string;
  formId: string;
  onCancel: () => void;
  onDone: (result: Result) => void;
}) {
  const { t } = useTranslation('review');
  const id = useId();
  const [value, setValue] = useState(field.value ?? '');
  const [choices, setChoices] = useState<number[]>(field.choices ? [...field.choices] : []);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const multiple = question?.type === 'MULTIPLE_CHOICE';

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const why = reason.trim();
    if (!why) {
      setReasonError(t('station.reasonRequired'));
      return;
    }
    setReasonError(null);
    setErrors([]);
    setBusy(true);
    try {
      const { overrideStationValue: payload } = await gqlRequest(overrideStationValueMutation, {
        locationId,
        formId,
        question: field.question,
        value: multiple ? null : value.trim() || null,
        choices: multiple ? choices : null,
        reason: why,
      });
      if (payload.errors.length > 0) setErrors(payload.errors.map((e) => e.message));
      else if (payload.result) onDone(payload.result);
    } catch (err) {
      if (!isSessionGone(err)) setErrors([expectedErrorMessage(err)]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="review-override" aria-label={t('station.overrideHeading', { question: field.question })} noValidate onSubmit={(e) => void submit(e)}>
      <ValueInput id={`${id}-value`} question={question} value={value} choices={choices} onValue={setValue} onChoices={setChoices} />
      <div className="field">
        <label htmlFor={`${id}-reason`}>{t('station.reason')}</label>
        <input
          id={`${id}-reason`}
          value={reason}
          aria-invalid={reasonError ? true : undefined}
          aria-describedby={reasonError ? `${id}-reason-error` : undefined}
          onChange={(event) => setReason(event.target.value)}
        />
        {reasonError && (
          <p id={`${id}-reason-error`} className="field-error">
            {reasonError}
          </p>
        )}
      </div>
      {errors.length > 0 && (
        <div className="form-error" role="alert">
          <ul>
            {errors.map((message, index) => (
              <li key={index}>{message}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('station.save')}
        </button>
        <button type="button" className="button button-link" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

/** The input that fits the question's type (free text when the question is unknown). */
function ValueInput({
  id,
  question,
  value,
  choices,
  onValue,
  onChoices,
}: {
  id: string;
  question: Question | undefined;
  value: string;
  choices: number[];
  onValue: (value: string) => void;
  onChoices: (choices: number[]) => void;
}) {
  const { t } = useTranslation('review');
  const type = question?.type;
  if (type === 'MULTIPLE_CHOICE') {
    return (
      <fieldset className="review-choices">
        <legend>{t('station.newValue')}</legend>
        {question!.options.map((option) => (
          <label key={option.value}>
            <input
              type="checkbox"
              checked={choices.includes(option.value)}
              onChange={(event) =>
                onChoices(event.target.checked ? [...choices, option.value].sort((a, b) => a - b) : choices.filter((c) => c !== option.value))
              }
            />{' '}
            {option.label}
          </label>
        ))}
      </fieldset>
    );
  }
  const options =
    type === 'YES_NO'
      ? [
          { value: 'yes', label: t('common.yes') },
          { value: 'no', label: t('common.no') },
        ]
      : type === 'SINGLE_CHOICE'
        ? question!.options.map((o) => ({ value: String(o.value), label: o.label }))
        : null;
  return (
    <div className="field">
      <label htmlFor={id}>{t('station.newValue')}</label>
      {options ? (
        <select id={id} value={value} onChange={(event) => onValue(event.target.value)}>
          <option value="">{t('station.clearValue')}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          id={id}
          type={type === 'TIME' ? 'time' : 'text'}
          inputMode={type === 'INTEGER' ? 'numeric' : undefined}
          value={value}
          onChange={(event) => onValue(event.target.value)}
        />
      )}
    </div>
  );
}
