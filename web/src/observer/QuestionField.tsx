import { useTranslation } from 'react-i18next';
import { localized, type Answer, type Question } from './answers';

interface FieldProps {
  question: Question;
  answer: Answer | undefined;
  messages: readonly string[];
  onChange: (answer: Answer) => void;
}

export const fieldId = (code: string) => `q-${code}`;

/** The label's text: the question in the chosen language, its required mark and its SMS code. */
function LabelText({ question }: { question: Question }) {
  const { t, i18n } = useTranslation('observer');
  return (
    <>
      <span className="question-code" title={t('form.codeHint')}>
        {question.code}
      </span>{' '}
      {/* bdi: a label without a translation falls back to English and must not be reordered in Arabic. */}
      <bdi>{localized(question.labels, i18n.language, question.code)}</bdi>
      {question.required && (
        <>
          <span className="required-mark" aria-hidden="true">
            {' '}
            *
          </span>
          {' '}
          <span className="visually-hidden">({t('form.required')})</span>
        </>
      )}
    </>
  );
}

function Messages({ code, messages }: { code: string; messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <p id={`${fieldId(code)}-error`} className="field-error">
      <span aria-hidden="true">✖ </span>
      {messages.join(' ')}
    </p>
  );
}

function hintFor(question: Question, t: (key: string, options?: Record<string, unknown>) => string): string | null {
  if (question.type !== 'INTEGER') return null;
  const { min, max } = question;
  if (min != null && max != null) return t('form.range', { min, max });
  if (min != null) return t('problems.atLeast', { min });
  if (max != null) return t('problems.atMost', { max });
  return null;
}

/** One question, with the input its type calls for. */
export function QuestionField({ question, answer, messages, onChange }: FieldProps) {
  const { t, i18n } = useTranslation('observer');
  const id = fieldId(question.code);
  const invalid = messages.length > 0;
  const hint = hintFor(question, t);
  const describedBy = [invalid ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ') || undefined;
  const aria = { 'aria-invalid': invalid || undefined, 'aria-describedby': describedBy };

  if (question.type === 'YES_NO' || question.type === 'SINGLE_CHOICE' || question.type === 'MULTIPLE_CHOICE') {
    const multiple = question.type === 'MULTIPLE_CHOICE';
    const options =
      question.type === 'YES_NO'
        ? [
            { value: 'yes', label: t('form.yes') },
            { value: 'no', label: t('form.no') },
          ]
        : question.options.map((o) => ({ value: String(o.value), label: localized(o.labels, i18n.language, String(o.value)) }));
    const chosen = (value: string) =>
      multiple ? (answer?.choices ?? []).includes(Number(value)) : answer?.value === value;
    const toggle = (value: string, on: boolean) => {
      if (!multiple) return onChange({ value });
      const rest = (answer?.choices ?? []).filter((c) => c !== Number(value));
      onChange({ choices: on ? [...rest, Number(value)] : rest });
    };
    return (
      <fieldset className={`question question-${question.type.toLowerCase()}`} id={id} {...aria}>
        <legend>
          <LabelText question={question} />
        </legend>
        <div className={question.type === 'YES_NO' ? 'yes-no' : 'choices'}>
          {options.map((option) => (
            <label key={option.value} className={question.type === 'YES_NO' ? 'big-choice' : 'choice'}>
              <input
                type={multiple ? 'checkbox' : 'radio'}
                name={question.code}
                value={option.value}
                checked={chosen(option.value)}
                onChange={(e) => toggle(option.value, e.target.checked)}
              />{' '}
              <bdi>{option.label}</bdi>
            </label>
          ))}
        </div>
        <Messages code={question.code} messages={messages} />
      </fieldset>
    );
  }

  const value = answer?.value ?? '';
  const set = (v: string) => onChange({ value: v });
  return (
    <div className="question field">
      <label htmlFor={id}>
        <LabelText question={question} />
      </label>
      {question.type === 'TEXT' ? (
        <textarea id={id} name={question.code} rows={3} maxLength={question.maxLength} value={value} onChange={(e) => set(e.target.value)} {...aria} />
      ) : question.type === 'TIME' ? (
        <input id={id} name={question.code} type="time" value={value} onChange={(e) => set(e.target.value)} {...aria} />
      ) : (
        <input
          id={id}
          name={question.code}
          type="text"
          inputMode="numeric"
          pattern="-?[0-9]*"
          autoComplete="off"
          value={value}
          onChange={(e) => set(e.target.value)}
          {...aria}
        />
      )}
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      <Messages code={question.code} messages={messages} />
    </div>
  );
}
