import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { gqlRequest } from '../api/client';
import { apiTokensQuery, createApiTokenMutation, revokeApiTokenMutation } from '../api/peopleOperations';
import { CopyField } from '../components/FeedLinks';
import { ErrorBanner, FieldMessage, invalidProps, NO_ERRORS, splitErrors, type SplitErrors } from '../components/FormErrors';
import type { ApiTokensQuery, Role } from '../gql/graphql';
import { expectedErrorMessage, formatInstant, isSessionGone, ROLE_LABELS, ROLE_OPTIONS } from '../lib/admin';
import { ConfirmButton, LoadStatus, useQuery } from './shared';

type Token = ApiTokensQuery['apiTokens'][number];

/** An organization's API tokens, for its admins: list, issue (the secret shown once), revoke. */
export function ApiTokensPage() {
  const { id = '' } = useParams();
  const [load, reload] = useQuery(() => gqlRequest(apiTokensQuery, { organizationId: id }), [id]);
  const [secret, setSecret] = useState<{ name: string; token: string } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<string | null>(null);
  const org = load.state === 'ready' ? load.data.organization : null;

  useEffect(() => {
    document.title = `API tokens${org ? ` of ${org.name}` : ''} · Pluralis`;
  }, [org]);

  async function revoke(token: Token) {
    setBusy(token.id);
    setError(null);
    setNotice('');
    try {
      await gqlRequest(revokeApiTokenMutation, { id: token.id });
      setNotice(`The token “${token.name}” no longer works.`);
      await reload();
    } catch (err) {
      if (!isSessionGone(err)) setError(expectedErrorMessage(err));
    } finally {
      setBusy(null);
    }
  }

  if (load.state !== 'ready' || !org) {
    return (
      <div className="page">
        <h1>API tokens</h1>
        <LoadStatus load={load} notFoundText="There is no such organization, or you do not manage its API tokens." onRetry={() => void reload()} />
      </div>
    );
  }
  const tokens = load.data.apiTokens;
  const active = tokens.filter((t) => !t.revokedAt);
  const revoked = tokens.filter((t) => t.revokedAt);
  return (
    <div className="page tokens-page">
      <div className="page-header">
        <p className="pp-breadcrumb">
          <Link to={`/organizations/${encodeURIComponent(org.id)}`}>{org.name}</Link>
        </p>
        <h1>API tokens of {org.name}</h1>
        <p className="muted">
          A token lets another program (a dashboard, a script) use Pluralis for {org.name}, seeing exactly what a member with the token’s role
          sees. Tokens do not expire: revoke one as soon as it is no longer needed or may have leaked.
        </p>
      </div>

      {secret && <NewSecret name={secret.name} token={secret.token} onDone={() => setSecret(null)} />}

      <p role="status" className="pp-status">
        {notice}
      </p>
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}

      <section className="pp-panel" aria-labelledby="tokens-active">
        <h2 id="tokens-active">Tokens in use</h2>
        {active.length === 0 ? <p className="muted">No tokens yet.</p> : <TokenTable tokens={active} busy={busy} onRevoke={(t) => void revoke(t)} />}
      </section>

      <CreateToken
        organizationId={org.id}
        onCreated={(name, token) => {
          setNotice('');
          setSecret({ name, token });
          void reload();
        }}
      />

      {revoked.length > 0 && (
        <section className="pp-panel" aria-labelledby="tokens-revoked">
          <h2 id="tokens-revoked">Revoked</h2>
          <TokenTable tokens={revoked} busy={null} />
        </section>
      )}
    </div>
  );
}

function TokenTable({ tokens, busy, onRevoke }: { tokens: Token[]; busy: string | null; onRevoke?: (token: Token) => void }) {
  return (
    <div className="table-wrap">
      <table role="table" className="data-table">
        <thead role="rowgroup">
          <tr role="row">
            <th role="columnheader" scope="col">Name</th>
            <th role="columnheader" scope="col">Role</th>
            <th role="columnheader" scope="col">Starts with</th>
            <th role="columnheader" scope="col">Created</th>
            <th role="columnheader" scope="col">{onRevoke ? 'Last used' : 'Revoked'}</th>
            {onRevoke && (
              <th role="columnheader" scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {tokens.map((token) => (
            <tr role="row" key={token.id}>
              <th role="rowheader" scope="row" data-label="Name">
                {token.name}
              </th>
              <td role="cell" data-label="Role">
                {ROLE_LABELS[token.role]}
              </td>
              <td role="cell" data-label="Starts with">
                <code>{token.prefix}…</code>
              </td>
              <td role="cell" data-label="Created">
                {formatInstant(token.createdAt)}
              </td>
              <td role="cell" data-label={onRevoke ? 'Last used' : 'Revoked'}>
                {onRevoke ? (token.lastUsedAt ? formatInstant(token.lastUsedAt) : 'Never') : formatInstant(token.revokedAt ?? '')}
              </td>
              {onRevoke && (
                <td role="cell" data-label="Actions">
                  <ConfirmButton
                    label="Revoke…"
                    accessibleName={`Revoke ${token.name}`}
                    question={`Revoke “${token.name}”? Programs using it stop working at once.`}
                    confirmLabel="Yes, revoke"
                    danger
                    busy={busy === token.id}
                    onConfirm={() => onRevoke(token)}
                  />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function CreateToken({ organizationId, onCreated }: { organizationId: string; onCreated: (name: string, token: string) => void }) {
  const id = useId();
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('OBSERVER');
  const [errors, setErrors] = useState<SplitErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setErrors(NO_ERRORS);
    try {
      const { createApiToken } = await gqlRequest(createApiTokenMutation, { organizationId, name: name.trim(), role });
      if (createApiToken.errors.length > 0 || !createApiToken.token) {
        setErrors(splitErrors(createApiToken.errors, ['name', 'role']));
      } else {
        onCreated(name.trim(), createApiToken.token);
        setName('');
      }
    } catch (err) {
      if (!isSessionGone(err)) setErrors({ byField: new Map(), general: [expectedErrorMessage(err)] });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="pp-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>New token</h2>
      <form className="pp-inline-form" onSubmit={(e) => void submit(e)} noValidate>
        {errors.general.length > 0 && <ErrorBanner messages={errors.general} />}
        <div className="field">
          <label htmlFor={`${id}-name`}>What it is for</label>
          <input
            id={`${id}-name`}
            value={name}
            placeholder="e.g. Reporting dashboard"
            autoComplete="off"
            onChange={(e) => setName(e.target.value)}
            {...invalidProps(errors, 'name', `${id}-name-error`)}
          />
          <FieldMessage id={`${id}-name-error`} errors={errors} field="name" />
        </div>
        <div className="field">
          <label htmlFor={`${id}-role`}>Acts as</label>
          <select id={`${id}-role`} value={role} onChange={(e) => setRole(e.target.value as Role)} {...invalidProps(errors, 'role', `${id}-role-error`)}>
            {ROLE_OPTIONS.map((option) => (
              <option key={option} value={option}>
                {ROLE_LABELS[option]}
              </option>
            ))}
          </select>
          <FieldMessage id={`${id}-role-error`} errors={errors} field="role" />
        </div>
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Creating…' : 'Create token'}
        </button>
      </form>
      <p className="muted">Give a token the smallest role that does the job: an observer token cannot see phone numbers.</p>
    </section>
  );
}

/** The secret, once: the server keeps only a digest, so this is the only chance to copy it. */
function NewSecret({ name, token, onDone }: { name: string; token: string; onDone: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="pp-panel pp-new-secret" aria-labelledby="new-secret">
      <h2 id="new-secret" ref={heading} tabIndex={-1}>
        Copy the token “{name}” now
      </h2>
      <p className="pp-warning" role="alert">
        This is the only time the token is shown. Pluralis keeps no copy: if you lose it, revoke it and create another. Keep it secret, like a
        password.
      </p>
      <CopyField label="Token" value={token} />
      <button type="button" className="button button-secondary" onClick={onDone}>
        I have stored it
      </button>
    </section>
  );
}
