/**
 * Field errors from payloads (`errors { field code message }`), shown next to the
 * input they are about. Errors for a field the form does not show, or for the whole
 * input (field null), go to the form's banner so that nothing the server said is lost.
 */
export interface PayloadError {
  field: string | null;
  code: string;
  message: string;
}

export interface SplitErrors {
  byField: ReadonlyMap<string, string[]>;
  general: string[];
}

export const NO_ERRORS: SplitErrors = { byField: new Map(), general: [] };

/** `aliases` maps a server field name to the input that shows it (e.g. speakers → speakerIds). */
export function splitErrors(
  errors: readonly PayloadError[],
  knownFields: readonly string[],
  aliases: Readonly<Record<string, string>> = {},
): SplitErrors {
  const byField = new Map<string, string[]>();
  const general: string[] = [];
  for (const error of errors) {
    const field = error.field ? (aliases[error.field] ?? error.field) : null;
    if (field && knownFields.includes(field)) byField.set(field, [...(byField.get(field) ?? []), error.message]);
    else general.push(error.message);
  }
  return { byField, general };
}

/** Props for an input: marks it invalid and points it at its message. */
export function invalidProps(errors: SplitErrors, field: string, messageId: string, hintId?: string) {
  const invalid = errors.byField.has(field);
  const describedBy = [invalid ? messageId : null, hintId ?? null].filter(Boolean).join(' ');
  return {
    'aria-invalid': invalid || undefined,
    'aria-describedby': describedBy || undefined,
  } as const;
}

export function FieldMessage({ id, errors, field }: { id: string; errors: SplitErrors; field: string }) {
  const messages = errors.byField.get(field);
  if (!messages) return null;
  return (
    <p id={id} className="field-error">
      <span aria-hidden="true">✖ </span>
      {messages.join(' ')}
    </p>
  );
}

export function ErrorBanner({ messages }: { messages: readonly string[] }) {
  return (
    <div className="form-error" role="alert">
      {messages.length > 0 && (
        <ul>
          {messages.map((message, index) => (
            <li key={index}>{message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
