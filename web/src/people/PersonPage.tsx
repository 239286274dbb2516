import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { gqlRequest } from '../api/client';
import { personPageQuery, updatePersonDetailsMutation } from '../api/peopleOperations';
import { ErrorBanner, FieldMessage, invalidProps, NO_ERRORS, splitErrors, type SplitErrors } from '../components/FormErrors';
import type { PersonPageQuery, UpdatePersonInput } from '../gql/graphql';
import { expectedErrorMessage, isSessionGone, LANGUAGE_OPTIONS, languageLabel, ROLE_LABELS, timeZoneOptions } from '../lib/admin';
import { kindLabel } from '../lib/kinds';
import { ContactDetails, formatDate, LoadStatus, useQuery } from './shared';

type Person = PersonPageQuery['person'];
type PhoneDraft = { number: string; label: string };

const MAX_PHONES = 5;

/** One person: what the viewer may see of them, their memberships, and an edit form for those who may. */
export function PersonPage() {
  const { id = '' } = useParams();
  const [load, reload] = useQuery(() => gqlRequest(personPageQuery, { id }), [id]);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState('');
  const person = load.state === 'ready' ? load.data.person : null;

  useEffect(() => {
    document.title = `${person?.name ?? 'Person'} · Pluralis`;
  }, [person?.name]);

  if (!person) {
    return (
      <div className="page">
        <h1>Person</h1>
        <LoadStatus load={load} notFoundText="There is no such person, or you may not see them." onRetry={() => void reload()} />
      </div>
    );
  }
  return (
    <div className="page person-page">
      <div className="page-header">
        <p className="pp-breadcrumb">
          <Link to="/people">People</Link>
        </p>
        <h1>{person.name}</h1>
      </div>
      <p role="status" className="pp-status">
        {saved}
      </p>

      <section className="pp-panel" aria-labelledby="person-details">
        <h2 id="person-details">Details</h2>
        {editing ? (
          <EditPerson
            person={person}
            onCancel={() => setEditing(false)}
            onSaved={() => {
              setEditing(false);
              setSaved('Saved.');
              void reload();
            }}
          />
        ) : (
          <>
            <dl className="pp-facts">
              <div>
                <dt>Language</dt>
                <dd>{languageLabel(person.preferredLanguage)}</dd>
              </div>
              <div>
                <dt>Time zone</dt>
                <dd>{person.timeZone}</dd>
              </div>
            </dl>
            <ContactDetails email={person.email} phones={person.phones} />
            {!person.email && person.phones.length === 0 && <p className="muted">Contact details are shown only to those who need them.</p>}
            {person.viewerCan.edit && (
              <button
                type="button"
                className="button button-secondary"
                onClick={() => {
                  setSaved('');
                  setEditing(true);
                }}
              >
                Edit details
              </button>
            )}
          </>
        )}
      </section>

      <section className="pp-panel" aria-labelledby="person-memberships">
        <h2 id="person-memberships">Organizations</h2>
        {person.memberships.length === 0 ? (
          <p className="muted">No memberships you may see.</p>
        ) : (
          <ul className="pp-member-list">
            {person.memberships.map((m) => (
              <li key={m.id} className="pp-member-row">
                <div>
                  <Link to={`/organizations/${encodeURIComponent(m.organization.id)}`} className="pp-member-name">
                    {m.organization.name}
                  </Link>{' '}
                  <span className="role-badge">{ROLE_LABELS[m.role]}</span>
                </div>
                <span className="muted">
                  {kindLabel(m.organization.kind)} · member since {formatDate(m.createdAt)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function EditPerson({ person, onCancel, onSaved }: { person: Person; onCancel: () => void; onSaved: () => void }) {
  const id = useId();
  const zones = useMemo(() => {
    const all = timeZoneOptions();
    return all.includes(person.timeZone) ? all : [person.timeZone, ...all];
  }, [person.timeZone]);
  const [name, setName] = useState(person.name);
  const [email, setEmail] = useState(person.email ?? '');
  const [language, setLanguage] = useState(person.preferredLanguage);
  const [timeZone, setTimeZone] = useState(person.timeZone);
  const original = person.phones.map((p) => ({ number: p.e164, label: p.label ?? '' }));
  const [phones, setPhones] = useState<PhoneDraft[]>(original);
  const [errors, setErrors] = useState<SplitErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const contact = person.viewerCan.editContact;

  function setPhone(index: number, change: Partial<PhoneDraft>) {
    setPhones((list) => list.map((phone, i) => (i === index ? { ...phone, ...change } : phone)));
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setErrors(NO_ERRORS);
    // Only what the viewer may change is sent: contact details stay out unless allowed.
    const input: UpdatePersonInput = { name, preferredLanguage: language, timeZone };
    if (contact) input.email = email.trim();
    const kept = phones.filter((p) => p.number.trim()).map((p) => ({ number: p.number.trim(), label: p.label.trim() || null }));
    // Numbers are sent only when they changed: replacing them is checked against other people's.
    if (contact && JSON.stringify(kept) !== JSON.stringify(original.map((p) => ({ number: p.number, label: p.label || null })))) {
      input.phones = kept;
    }
    const aliases: Record<string, string> = {};
    phones.forEach((_, index) => {
      aliases[`phones.${index}.number`] = `phone-${index}`;
      aliases[`phones.${index}`] = `phone-${index}`;
    });
    const fields = ['name', 'email', 'preferredLanguage', 'timeZone', ...phones.map((_, index) => `phone-${index}`)];
    try {
      const { updatePerson } = await gqlRequest(updatePersonDetailsMutation, { id: person.id, input });
      if (updatePerson.errors.length > 0) setErrors(splitErrors(updatePerson.errors, fields, aliases));
      else onSaved();
    } catch (err) {
      if (!isSessionGone(err)) setErrors({ byField: new Map(), general: [expectedErrorMessage(err)] });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="pp-edit-person" onSubmit={(e) => void submit(e)} noValidate>
      {errors.general.length > 0 && <ErrorBanner messages={errors.general} />}
      <div className="field">
        <label htmlFor={`${id}-name`}>Name</label>
        <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" {...invalidProps(errors, 'name', `${id}-name-error`)} />
        <FieldMessage id={`${id}-name-error`} errors={errors} field="name" />
      </div>
      {contact && (
        <div className="field">
          <label htmlFor={`${id}-email`}>Email</label>
          <input id={`${id}-email`} type="email" value={email} onChange={(e) => setEmail(e.target.value)} autoComplete="off" {...invalidProps(errors, 'email', `${id}-email-error`)} />
          <FieldMessage id={`${id}-email-error`} errors={errors} field="email" />
        </div>
      )}
      {contact && (
        <fieldset className="pp-phones">
          <legend>Phone numbers</legend>
          <p id={`${id}-phone-hint`} className="hint">
            International form like +254 712 345 678, or national form in the organization’s country.
          </p>
          {phones.map((phone, index) => (
            <div className="pp-phone" key={index}>
              <div className="field">
                <label htmlFor={`${id}-phone-${index}`}>Phone {index + 1}</label>
                <input
                  id={`${id}-phone-${index}`}
                  type="tel"
                  value={phone.number}
                  maxLength={40}
                  autoComplete="off"
                  onChange={(e) => setPhone(index, { number: e.target.value })}
                  {...invalidProps(errors, `phone-${index}`, `${id}-phone-${index}-error`, `${id}-phone-hint`)}
                />
                <FieldMessage id={`${id}-phone-${index}-error`} errors={errors} field={`phone-${index}`} />
              </div>
              <div className="field">
                <label htmlFor={`${id}-label-${index}`}>Label of phone {index + 1}</label>
                <input id={`${id}-label-${index}`} value={phone.label} maxLength={40} placeholder="e.g. mobile" autoComplete="off" onChange={(e) => setPhone(index, { label: e.target.value })} />
              </div>
              <button type="button" className="button button-link" onClick={() => setPhones((list) => list.filter((_, i) => i !== index))}>
                Remove phone {index + 1}
              </button>
            </div>
          ))}
          {phones.length < MAX_PHONES && (
            <button type="button" className="button button-secondary button-small" onClick={() => setPhones((list) => [...list, { number: '', label: '' }])}>
              Add a phone
            </button>
          )}
        </fieldset>
      )}
      <div className="field">
        <label htmlFor={`${id}-language`}>Language for messages</label>
        <select id={`${id}-language`} value={language} onChange={(e) => setLanguage(e.target.value)} {...invalidProps(errors, 'preferredLanguage', `${id}-language-error`)}>
          {!LANGUAGE_OPTIONS.some((o) => o.tag === language) && <option value={language}>{language}</option>}
          {LANGUAGE_OPTIONS.map((o) => (
            <option key={o.tag} value={o.tag}>
              {o.label}
            </option>
          ))}
        </select>
        <FieldMessage id={`${id}-language-error`} errors={errors} field="preferredLanguage" />
      </div>
      <div className="field">
        <label htmlFor={`${id}-zone`}>Time zone</label>
        <select id={`${id}-zone`} value={timeZone} onChange={(e) => setTimeZone(e.target.value)} {...invalidProps(errors, 'timeZone', `${id}-zone-error`)}>
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replace(/_/g, ' ')}
            </option>
          ))}
        </select>
        <FieldMessage id={`${id}-zone-error`} errors={errors} field="timeZone" />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save'}
        </button>
        <button type="button" className="button button-link" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
