import type { ReactNode } from 'react';
import { COMMON_LANGUAGES, languageCode, languageName } from './eventLabels';
import { FieldMessage, invalidProps, type SplitErrors } from './FormErrors';

/* Pieces of the event form: a labelled field, the languages, the waitlist hold. */

export function Field({
  label,
  htmlFor,
  message,
  hint,
  wide,
  children,
}: {
  label: string;
  htmlFor: string;
  message: ReactNode;
  hint?: { id: string; text: string };
  wide?: boolean;
  children: ReactNode;
}) {
  return (
    <div className={wide ? 'field field-wide' : 'field'}>
      <label htmlFor={htmlFor}>{label}</label>
      {hint && (
        <p id={hint.id} className="hint">
          {hint.text}
        </p>
      )}
      {children}
      {message}
    </div>
  );
}

/** How long a freed seat is held for the next person waiting, in people's units. */
const OFFER_CHOICES: readonly [number, string][] = [
  [60, '1 hour'],
  [180, '3 hours'],
  [360, '6 hours'],
  [720, '12 hours'],
  [1440, '1 day'],
  [2880, '2 days'],
  [4320, '3 days'],
  [10080, '1 week'],
];

function offerLabel(minutes: number): string {
  const known = OFFER_CHOICES.find(([m]) => m === minutes);
  if (known) return known[1];
  if (minutes % 1440 === 0) return `${minutes / 1440} days`;
  if (minutes % 60 === 0) return `${minutes / 60} hours`;
  return `${minutes} minutes`;
}

/** The hold choices, with the event's own value when it is not one of them (set over the API). */
export function offerChoices(current: number): [number, string][] {
  return [...new Set([...OFFER_CHOICES.map(([m]) => m), current])].sort((a, b) => a - b).map((m) => [m, offerLabel(m)]);
}

/**
 * The language tags to send: the ticked ones and the typed names (or codes), or a message
 * naming the first typed language nobody knows.
 */
export function resolveLanguages(checked: readonly string[], typed: string): { codes: string[] } | { unknown: string } {
  const names = typed
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  const unknown = names.find((name) => languageCode(name) === null);
  if (unknown !== undefined) {
    return { unknown: `We do not know the language “${unknown}”. Use its English name, like Swahili, or a code like sw.` };
  }
  return { codes: [...new Set([...checked, ...names.map((name) => languageCode(name)!)])] };
}

/** Common languages as checkboxes (plus any the event already has), others typed by name. */
export function LanguagesFieldset({
  id,
  checked,
  typed,
  onChecked,
  onTyped,
  errors,
}: {
  id: string;
  checked: readonly string[];
  typed: string;
  onChecked: (codes: string[]) => void;
  onTyped: (text: string) => void;
  errors: SplitErrors;
}) {
  const errorId = `${id}-languages-error`;
  const hintId = `${id}-otherLanguages-hint`;
  return (
    <fieldset className="languages" aria-describedby={errors.byField.has('languages') ? errorId : undefined}>
      <legend>Languages spoken</legend>
      <div className="language-options">
        {[...new Set([...COMMON_LANGUAGES, ...checked])].map((code) => (
          <label key={code}>
            <input
              type="checkbox"
              checked={checked.includes(code)}
              onChange={(e) => onChecked(e.target.checked ? [...checked, code] : checked.filter((l) => l !== code))}
            />
            {languageName(code)}
          </label>
        ))}
      </div>
      <Field
        label="Other languages"
        htmlFor={`${id}-otherLanguages`}
        message={<FieldMessage id={errorId} errors={errors} field="languages" />}
        hint={{ id: hintId, text: 'Names in English, separated with commas, e.g. Hausa, Brazilian Portuguese.' }}
      >
        <input
          id={`${id}-otherLanguages`}
          value={typed}
          onChange={(e) => onTyped(e.target.value)}
          {...invalidProps(errors, 'languages', errorId, hintId)}
        />
      </Field>
    </fieldset>
  );
}
