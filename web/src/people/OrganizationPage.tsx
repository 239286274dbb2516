import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { gqlRequest } from '../api/client';
import { addMembershipMutation, organizationPageQuery, removeMembershipMutation, requestMembershipByEmailMutation } from '../api/peopleOperations';
import { CopyField, SubscribeList } from '../components/FeedLinks';
import { EventTime } from '../components/EventTime';
import { eventStatusLabel } from '../components/eventLabels';
import { ErrorBanner, FieldMessage, invalidProps, NO_ERRORS, splitErrors, type SplitErrors } from '../components/FormErrors';
import { searchPeople } from '../components/PersonPicker';
import { SearchPicker } from '../components/SearchPicker';
import type { OrganizationPageQuery, Role } from '../gql/graphql';
import { expectedErrorMessage, isSessionGone, ROLE_LABELS, ROLE_OPTIONS } from '../lib/admin';
import { countryName } from '../lib/country';
import { kindLabel } from '../lib/kinds';
import { viewerTimeZone } from '../lib/time';
import { ConfirmButton, ContactDetails, LoadStatus, useQuery } from './shared';

type Organization = OrganizationPageQuery['organization'];
type Member = Organization['members'][number];

const VISIBILITY_LABELS: Record<string, string> = {
  PUBLIC: 'Public',
  NETWORK: 'Network',
  PARTNERS: 'Network and partners',
  INVITE_ONLY: 'Invite only',
};

/** One organization: what it is, its upcoming events, its feed, and (for those allowed) its members. */
export function OrganizationPage() {
  const { id = '' } = useParams();
  // "Upcoming" is fixed when the page opens: events still running or yet to start.
  const now = useMemo(() => new Date().toISOString(), []);
  const [load, reload] = useQuery(
    () => gqlRequest(organizationPageQuery, { id, events: { organizationId: id, endsAfter: now } }),
    [id, now],
  );
  const org = load.state === 'ready' ? load.data.organization : null;

  useEffect(() => {
    document.title = `${org?.name ?? 'Organization'} · Pluralis`;
  }, [org?.name]);

  if (load.state !== 'ready' || !org) {
    return (
      <div className="page">
        <h1>Organization</h1>
        <LoadStatus load={load} notFoundText="There is no such organization, or you may not see it." onRetry={() => void reload()} />
      </div>
    );
  }
  const country = countryName(org.country);
  const events = load.data.events.nodes;
  const can = org.viewerCan;
  return (
    <div className="page org-page">
      <div className="page-header">
        <p className="pp-breadcrumb">
          <Link to="/organizations">Organizations</Link>
        </p>
        <h1>{org.name}</h1>
        <dl className="pp-facts">
          <div>
            <dt>Kind</dt>
            <dd>{kindLabel(org.kind)}</dd>
          </div>
          {country && (
            <div>
              <dt>Country</dt>
              <dd>{country}</dd>
            </div>
          )}
          {org.parent && (
            <div>
              <dt>Network</dt>
              <dd>
                <Link to={`/organizations/${encodeURIComponent(org.parent.id)}`}>{org.parent.name}</Link>
              </dd>
            </div>
          )}
          {org.memberCount !== null && (
            <div>
              <dt>Members</dt>
              <dd>{org.memberCount.toLocaleString('en')}</dd>
            </div>
          )}
        </dl>
      </div>

      {(can.managePeople || can.manageMembers || can.manageApiTokens) && (
        <nav className="pp-actions" aria-label={`Manage ${org.name}`}>
          {can.managePeople && (
            <Link className="button button-secondary" to={`/organizations/${encodeURIComponent(org.id)}/people`}>
              People and accounts
            </Link>
          )}
          {can.manageMembers && (
            <Link className="button button-secondary" to="/requests">
              Requests
            </Link>
          )}
          {can.manageApiTokens && (
            <Link className="button button-secondary" to={`/organizations/${encodeURIComponent(org.id)}/tokens`}>
              API tokens
            </Link>
          )}
        </nav>
      )}

      <section className="pp-panel" aria-labelledby="org-events">
        <h2 id="org-events">Upcoming events</h2>
        {events.length === 0 ? (
          <p className="muted">No upcoming events that you may see.</p>
        ) : (
          <ul className="pp-plain-list">
            {events.map((event) => (
              <li key={event.id} className="pp-event">
                <Link to={`/events/${encodeURIComponent(event.id)}`} className="pp-event-title">
                  {event.title}
                </Link>
                <EventTime span={event} viewerZone={viewerTimeZone()} />
                <span className="pp-tag">{VISIBILITY_LABELS[event.visibility] ?? event.visibility}</span>
                {event.status !== 'PUBLISHED' && <span className="pp-tag">{eventStatusLabel(event.status)}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="pp-panel" aria-labelledby="org-feed">
        <h2 id="org-feed">Calendar feed</h2>
        <p className="muted">Its public events in your calendar app; the calendar updates itself.</p>
        <SubscribeList url={org.feedUrl} name={org.name} />
        <CopyField label="Feed address" value={org.feedUrl} />
      </section>

      <section className="pp-panel" aria-labelledby="org-members">
        <h2 id="org-members">Members</h2>
        {can.viewMembers ? (
          <MemberList organization={org} onChanged={() => void reload()} />
        ) : (
          <p className="muted">Only the organization’s admins, organizers and coordinators see who its members are.</p>
        )}
      </section>
    </div>
  );
}

function MemberList({ organization, onChanged }: { organization: Organization; onChanged: () => void }) {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const members = [...organization.members].sort((a, b) => a.person.name.localeCompare(b.person.name));

  async function remove(member: Member) {
    setBusy(member.id);
    setError(null);
    try {
      await gqlRequest(removeMembershipMutation, { id: member.id });
      setNotice(`${member.person.name} is no longer a member.`);
      onChanged();
    } catch (err) {
      if (!isSessionGone(err)) setError(expectedErrorMessage(err));
    } finally {
      setBusy(null);
    }
  }

  return (
    <>
      <p role="status" className="pp-status">
        {notice}
      </p>
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      {members.length === 0 ? (
        <p className="muted">No members yet.</p>
      ) : (
        <ul className="pp-member-list">
          {members.map((member) => (
            <li key={member.id} className="pp-member-row" aria-label={member.person.name}>
              <div>
                <Link to={`/people/${encodeURIComponent(member.person.id)}`} className="pp-member-name">
                  {member.person.name}
                </Link>{' '}
                <span className="role-badge">{ROLE_LABELS[member.role]}</span>
              </div>
              <ContactDetails email={member.person.email} phones={member.person.phones} />
              {organization.viewerCan.manageMembers && (
                <ConfirmButton
                  label="Remove…"
                  accessibleName={`Remove ${member.person.name}`}
                  question={`Remove ${member.person.name} from ${organization.name}?`}
                  confirmLabel="Yes, remove"
                  danger
                  busy={busy === member.id}
                  onConfirm={() => void remove(member)}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {organization.viewerCan.manageMembers && (
        <AddMember organization={organization} excludeIds={members.map((m) => m.person.id)} onAdded={onChanged} />
      )}
    </>
  );
}

/** Add someone the viewer can find by name, or ask someone by email; either may become a request they accept. */
function AddMember({ organization, excludeIds, onAdded }: { organization: Organization; excludeIds: string[]; onAdded: () => void }) {
  const id = useId();
  const [role, setRole] = useState<Role>('OBSERVER');
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<SplitErrors>(NO_ERRORS);
  const [result, setResult] = useState('');
  const [busy, setBusy] = useState(false);

  async function addPerson(person: { id: string; name: string }) {
    setBusy(true);
    setErrors(NO_ERRORS);
    setResult('');
    try {
      const { addMembership } = await gqlRequest(addMembershipMutation, { organizationId: organization.id, personId: person.id, role });
      if (addMembership.errors.length > 0) {
        setErrors(splitErrors(addMembership.errors, []));
      } else if (addMembership.request) {
        setResult(`${person.name} was asked to join as ${ROLE_LABELS[role].toLowerCase()}. They become a member once they (or a network admin) accept.`);
      } else {
        setResult(`${person.name} is now a member (${ROLE_LABELS[role].toLowerCase()}).`);
        onAdded();
      }
    } catch (err) {
      if (!isSessionGone(err)) setErrors({ byField: new Map(), general: [expectedErrorMessage(err)] });
    } finally {
      setBusy(false);
    }
  }

  async function askByEmail(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setErrors(NO_ERRORS);
    setResult('');
    try {
      const { requestMembershipByEmail } = await gqlRequest(requestMembershipByEmailMutation, {
        organizationId: organization.id,
        email: email.trim(),
        role,
      });
      if (requestMembershipByEmail.errors.length > 0) {
        setErrors(splitErrors(requestMembershipByEmail.errors, ['email']));
      } else {
        // The server answers the same whether or not anyone has this address.
        setResult(`Asked. Whoever signs in with ${email.trim()} will see the request and can accept it.`);
        setEmail('');
      }
    } catch (err) {
      if (!isSessionGone(err)) setErrors({ byField: new Map(), general: [expectedErrorMessage(err)] });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="pp-add-member">
      <h3>Add a member</h3>
      <div className="field">
        <label htmlFor={`${id}-role`}>Role in {organization.name}</label>
        <select id={`${id}-role`} value={role} onChange={(e) => setRole(e.target.value as Role)}>
          {ROLE_OPTIONS.map((option) => (
            <option key={option} value={option}>
              {ROLE_LABELS[option]}
            </option>
          ))}
        </select>
      </div>
      <SearchPicker
        label="Find a person you know in the network"
        actionLabel="Add"
        search={searchPeople}
        excludeIds={excludeIds}
        onPick={(person) => void addPerson(person)}
        hint="People you do not manage yet are asked first."
      />
      <form className="pp-inline-form" onSubmit={(e) => void askByEmail(e)} noValidate>
        <div className="field">
          <label htmlFor={`${id}-email`}>Or ask by email</label>
          <input
            id={`${id}-email`}
            type="email"
            value={email}
            autoComplete="off"
            onChange={(e) => setEmail(e.target.value)}
            {...invalidProps(errors, 'email', `${id}-email-error`)}
          />
          <FieldMessage id={`${id}-email-error`} errors={errors} field="email" />
        </div>
        <button type="submit" className="button button-secondary" disabled={busy || !email.trim()}>
          Send request
        </button>
      </form>
      {errors.general.length > 0 && <ErrorBanner messages={errors.general} />}
      <p role="status" className="pp-status">
        {result}
      </p>
    </div>
  );
}
