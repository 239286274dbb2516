import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { gqlRequest } from '../api/client';
import { createPersonMutation } from '../api/adminOperations';
import type { Role } from '../gql/graphql';
import { expectedErrorMessage, isSessionGone, LANGUAGE_OPTIONS, ROLE_LABELS, ROLE_OPTIONS, timeZoneOptions } from '../lib/admin';
import { viewerTimeZone } from '../lib/time';
import { ErrorBanner, FieldMessage, invalidProps, NO_ERRORS, splitErrors, type PayloadError, type SplitErrors } from './FormErrors';

interface Draft {
  name: string;
  role: Role;
  email: string;
  phones: string[];
  preferredLanguage: string;
  timeZone: string;
}

function emptyDraft(): Draft {
  const zone = viewerTimeZone();
  return { name: '', role: 'OBSERVER', email: '', phones: [''], preferredLanguage: 'en', timeZone: zone };
}

const MAX_PHONES = 5;

/**
 * "Add person": creates a person in the organization with a role. Field errors
 * from the server (`phones.1.number` …) are shown next to their input.
 */
export function AddPersonForm({
  organizationId,
  onCreated,
}: {
  organizationId: string;
  onCreated: (person: { id: string; name: string }) => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [errors, setErrors] = useState<SplitErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const zones = useMemo(() => {
    const all = timeZoneOptions();
    return all.includes(draft.timeZone) ? all : [draft.timeZone, ...all];
  }, [draft.timeZone]);

  const phoneFields = draft.phones.map((_, index) => `phone-${index}`);
  const known = ['name', 'role', 'email', 'preferredLanguage', 'timeZone', ...phoneFields];

  function show(problems: readonly PayloadError[]) {
    const aliases: Record<string, string> = {};
    draft.phones.forEach((_, index) => {
      aliases[`phones.${index}.number`] = `phone-${index}`;
      aliases[`phones.${index}`] = `phone-${index}`;
    });
    const split = splitErrors(problems, known, aliases);
    setErrors(split);
    // Errors the form shows next to no input are read out by the banner (role=alert);
    // otherwise put the keyboard on the first input that needs fixing.
    if (split.general.length === 0) {
      const first = known.find((field) => split.byField.has(field));
      if (first) document.getElementById(`${id}-${first}`)?.focus();
    }
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!draft.name.trim()) {
      show([{ field: 'name', code: 'required', message: 'Enter the person’s name.' }]);
      return;
    }
    setBusy(true);
    setErrors(NO_ERRORS);
    try {
      const payload = (
        await gqlRequest(createPersonMutation, {
          input: {
            organizationId,
            role: draft.role,
            name: draft.name.trim(),
            email: draft.email.trim() || null,
            phones: draft.phones.map((number) => number.trim()).filter(Boolean).map((number) => ({ number })),
            preferredLanguage: draft.preferredLanguage,
            timeZone: draft.timeZone,
          },
        })
      ).createPerson;
      if (payload.person && payload.errors.length === 0) {
        setDraft({ ...emptyDraft(), role: draft.role, timeZone: draft.timeZone });
        onCreated(payload.person);
        nameRef.current?.focus();
      } else {
        show(payload.errors.length > 0 ? payload.errors : [{ field: null, code: 'unknown', message: 'The person could not be added.' }]);
      }
    } catch (err) {
      if (!isSessionGone(err)) show([{ field: null, code: 'error', message: expectedErrorMessage(err) }]);
    } finally {
      setBusy(false);
    }
  }

  function setPhone(index: number, value: string) {
    setDraft((d) => ({ ...d, phones: d.phones.map((old, i) => (i === index ? value : old)) }));
  }

  const field = (name: string, hint?: string) => invalidProps(errors, name, `${id}-${name}-error`, hint);

  return (
    <section className="add-person" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Add a person</h2>
      <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-heading`}>
        {errors.general.length > 0 && <ErrorBanner messages={errors.general} />}
        <div className="form-grid">
          <div className="field">
            <label htmlFor={`${id}-name`}>Name</label>
            <input
              id={`${id}-name`}
              ref={nameRef}
              value={draft.name}
              autoComplete="off"
              required
              maxLength={200}
              onChange={(e) => setDraft({ ...draft, name: e.target.value })}
              {...field('name')}
            />
            <FieldMessage id={`${id}-name-error`} errors={errors} field="name" />
          </div>
          <div className="field">
            <label htmlFor={`${id}-role`}>Role</label>
            <select id={`${id}-role`} value={draft.role} onChange={(e) => setDraft({ ...draft, role: e.target.value as Role })} {...field('role')}>
              {ROLE_OPTIONS.map((role) => (
                <option key={role} value={role}>
                  {ROLE_LABELS[role]}
                </option>
              ))}
            </select>
            <FieldMessage id={`${id}-role-error`} errors={errors} field="role" />
          </div>
          <div className="field">
            <label htmlFor={`${id}-email`}>Email</label>
            <input
              id={`${id}-email`}
              type="email"
              value={draft.email}
              autoComplete="off"
              maxLength={320}
              onChange={(e) => setDraft({ ...draft, email: e.target.value })}
              {...field('email', `${id}-email-hint`)}
            />
            <p id={`${id}-email-hint`} className="hint">
              Optional. Needed to invite them by email.
            </p>
            <FieldMessage id={`${id}-email-error`} errors={errors} field="email" />
          </div>
          {draft.phones.map((number, index) => {
            const name = `phone-${index}`;
            return (
              <div className="field" key={index}>
                <label htmlFor={`${id}-${name}`}>{index === 0 ? 'Phone' : `Phone ${index + 1}`}</label>
                <input
                  id={`${id}-${name}`}
                  type="tel"
                  value={number}
                  autoComplete="off"
                  maxLength={40}
                  onChange={(e) => setPhone(index, e.target.value)}
                  {...field(name, index === 0 ? `${id}-phone-hint` : undefined)}
                />
                {index === 0 && (
                  <p id={`${id}-phone-hint`} className="hint">
                    Optional. International form like +254 712 345 678, or national form in the organization’s country.
                  </p>
                )}
                <FieldMessage id={`${id}-${name}-error`} errors={errors} field={name} />
              </div>
            );
          })}
          <div className="field">
            <label htmlFor={`${id}-preferredLanguage`}>Language</label>
            <select
              id={`${id}-preferredLanguage`}
              value={draft.preferredLanguage}
              onChange={(e) => setDraft({ ...draft, preferredLanguage: e.target.value })}
              {...field('preferredLanguage')}
            >
              {LANGUAGE_OPTIONS.map((option) => (
                <option key={option.tag} value={option.tag}>
                  {option.label}
                </option>
              ))}
            </select>
            <FieldMessage id={`${id}-preferredLanguage-error`} errors={errors} field="preferredLanguage" />
          </div>
          <div className="field">
            <label htmlFor={`${id}-timeZone`}>Time zone</label>
            <select id={`${id}-timeZone`} value={draft.timeZone} onChange={(e) => setDraft({ ...draft, timeZone: e.target.value })} {...field('timeZone')}>
              {zones.map((zone) => (
                <option key={zone} value={zone}>
                  {zone.replace(/_/g, ' ')}
                </option>
              ))}
            </select>
            <FieldMessage id={`${id}-timeZone-error`} errors={errors} field="timeZone" />
          </div>
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? 'Adding…' : 'Add person'}
          </button>
          {draft.phones.length < MAX_PHONES && (
            <button type="button" className="button button-link" onClick={() => setDraft({ ...draft, phones: [...draft.phones, ''] })}>
              Add another phone
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
