import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage, gqlRequest, GraphQLRequestError } from '../api/client';
import {
  createAgendaFeedMutation,
  createFeedSubscriptionMutation,
  feedOrganizationsQuery,
  myFeedSubscriptionsQuery,
  revokeFeedSubscriptionMutation,
} from '../api/feedOperations';
import { eventKindLabel, languageName } from '../components/eventLabels';
import { FeedForm, splitFeedErrors, type FeedDraft, type FeedOrganization } from '../components/FeedForm';
import { CopyField, SubscribeList } from '../components/FeedLinks';
import { NO_ERRORS, type SplitErrors } from '../components/FormErrors';
import type { FeedSubscriptionFieldsFragment } from '../gql/graphql';
import { countryName } from '../lib/country';
import { absoluteFeedUrl, webcalUrl } from '../lib/calendarLinks';
import '../components/feeds.css';

type Feed = FeedSubscriptionFieldsFragment;

/** A feed just created, with the address the server shows this once. */
interface Created {
  feed: Feed;
  url: string;
  webcal: string;
}

type ListState = { phase: 'loading' } | { phase: 'loaded'; feeds: Feed[] } | { phase: 'error'; message: string };

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatWhen(iso: string): string {
  return when.format(new Date(iso));
}

/** What a feed keeps, in words; organizations the viewer no longer sees are counted, not named. */
export function describeFilters(feed: Feed, orgNames: ReadonlyMap<string, string>): string {
  if (feed.kind === 'AGENDA') return 'Your registrations and the sessions you speak in or moderate';
  const f = feed.filters;
  const parts: string[] = [];
  if (f.organizationIds.length > 0) {
    const known = f.organizationIds.map((id) => orgNames.get(id)).filter((n): n is string => Boolean(n));
    const unknown = f.organizationIds.length - known.length;
    const names = unknown > 0 ? [...known, `${unknown} other organization${unknown === 1 ? '' : 's'}`] : known;
    parts.push(`Hosts: ${names.join(', ')}`);
  }
  if (f.kinds.length > 0) parts.push(`Kinds: ${f.kinds.map(eventKindLabel).join(', ')}`);
  if (f.tags.length > 0) parts.push(`Tags: ${f.tags.join(', ')}`);
  if (f.countries.length > 0) parts.push(`Countries: ${f.countries.map((c) => countryName(c) ?? c).join(', ')}`);
  if (f.languages.length > 0) parts.push(`Languages: ${f.languages.map(languageName).join(', ')}`);
  return parts.length > 0 ? parts.join(' · ') : 'Every event you may see';
}

/** Your private calendar feeds: create one (filtered, or your agenda), copy its address once, revoke. */
export function FeedsPage() {
  const [list, setList] = useState<ListState>({ phase: 'loading' });
  const [organizations, setOrganizations] = useState<FeedOrganization[]>([]);
  const [created, setCreated] = useState<Created | null>(null);
  const [busy, setBusy] = useState(false);
  const [formErrors, setFormErrors] = useState<SplitErrors>(NO_ERRORS);
  const [agendaError, setAgendaError] = useState<string | null>(null);
  // A new key empties the form after a feed is made from it, so a second click makes no twin.
  const [formKey, setFormKey] = useState(0);

  useEffect(() => {
    document.title = 'Calendar feeds · Pluralis';
  }, []);

  const load = useCallback(async () => {
    setList({ phase: 'loading' });
    try {
      const data = await gqlRequest(myFeedSubscriptionsQuery);
      setList({ phase: 'loaded', feeds: data.myFeedSubscriptions });
    } catch (err) {
      if (err instanceof GraphQLRequestError && err.isUnauthenticated) return;
      setList({ phase: 'error', message: errorMessage(err) });
    }
  }, []);

  useEffect(() => {
    void load();
    // The organization choices are a convenience: without them the form still works, unfiltered by host.
    gqlRequest(feedOrganizationsQuery)
      .then((data) => setOrganizations(data.organizations.nodes))
      .catch(() => {});
  }, [load]);

  const orgNames = new Map(organizations.map((org) => [org.id, org.name]));

  function replaceFeed(feed: Feed) {
    setList((current) =>
      current.phase === 'loaded' ? { phase: 'loaded', feeds: current.feeds.map((f) => (f.id === feed.id ? feed : f)) } : current,
    );
  }

  function addCreated(payload: { subscription: Feed | null; url: string | null; webcalUrl: string | null }) {
    const { subscription, url } = payload;
    if (!subscription || !url) return;
    const https = absoluteFeedUrl(url);
    setCreated({ feed: subscription, url: https, webcal: payload.webcalUrl ?? webcalUrl(https) });
    setList((current) => (current.phase === 'loaded' ? { phase: 'loaded', feeds: [subscription, ...current.feeds] } : current));
  }

  async function create(draft: FeedDraft) {
    setBusy(true);
    setFormErrors(NO_ERRORS);
    try {
      const { createFeedSubscription: payload } = await gqlRequest(createFeedSubscriptionMutation, draft);
      if (payload.errors.length > 0) {
        setFormErrors(splitFeedErrors(payload.errors));
      } else {
        addCreated(payload);
        setFormKey((key) => key + 1);
      }
    } catch (err) {
      setFormErrors({ byField: new Map(), general: [errorMessage(err)] });
    } finally {
      setBusy(false);
    }
  }

  async function createAgenda() {
    setBusy(true);
    setAgendaError(null);
    try {
      const { createAgendaFeed: payload } = await gqlRequest(createAgendaFeedMutation, {});
      if (payload.errors.length > 0) setAgendaError(payload.errors.map((e) => e.message).join(' '));
      else addCreated(payload);
    } catch (err) {
      setAgendaError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="page feeds-page">
      <div className="page-header">
        <h1>Calendar feeds</h1>
        <p className="muted">
          Follow Pluralis events in Google Calendar, Outlook, Apple Calendar or Thunderbird. Calendar apps fetch a feed every few
          hours, so moved and cancelled events update there on their own.
        </p>
      </div>

      {created && <CreatedFeed created={created} onDone={() => setCreated(null)} />}

      <section className="event-section" aria-labelledby="feeds-mine">
        <h2 id="feeds-mine">Your feeds</h2>
        <FeedList state={list} orgNames={orgNames} onRetry={() => void load()} onRevoked={replaceFeed} />
      </section>

      <section className="event-section" aria-labelledby="feeds-agenda">
        <h2 id="feeds-agenda">My agenda</h2>
        <p>The events you registered for and the sessions you speak in or moderate, with their online links.</p>
        {agendaError && (
          <p className="field-error" role="alert">
            {agendaError}
          </p>
        )}
        <button type="button" className="button button-secondary" disabled={busy} onClick={() => void createAgenda()}>
          Create my agenda feed
        </button>
      </section>

      <section className="event-section" aria-labelledby="feeds-new">
        <h2 id="feeds-new">New feed of events</h2>
        <FeedForm key={formKey} organizations={organizations} busy={busy} errors={formErrors} onSubmit={(draft) => void create(draft)} />
      </section>

      <section className="event-section" aria-labelledby="feeds-public">
        <h2 id="feeds-public">The network’s public calendar</h2>
        <p>Public events of the whole network, for anyone; no sign-in needed.</p>
        <SubscribeList url={absoluteFeedUrl('/feeds/network.ics')} name="Pluralis network" />
      </section>
    </div>
  );
}

/** The new feed's address, shown once: the server keeps only a hash of its token. */
function CreatedFeed({ created, onDone }: { created: Created; onDone: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [created]);
  return (
    <section className="notice feed-created" aria-labelledby="feed-created-heading">
      <h2 id="feed-created-heading" ref={heading} tabIndex={-1}>
        Your new feed: {created.feed.name}
      </h2>
      <p>
        <strong>This address is shown only now.</strong> Add it to your calendar app, or copy it somewhere safe. Anyone with the
        address can read the feed; if it leaks, revoke the feed and create a new one.
      </p>
      <CopyField label="Feed address (https)" value={created.url} />
      <CopyField label="Feed address (webcal)" value={created.webcal} />
      <SubscribeList url={created.url} name={created.feed.name} />
      <div className="form-actions">
        <button type="button" className="button button-primary" onClick={onDone}>
          Done
        </button>
      </div>
    </section>
  );
}

interface FeedListProps {
  state: ListState;
  orgNames: ReadonlyMap<string, string>;
  onRetry: () => void;
  onRevoked: (feed: Feed) => void;
}

function FeedList({ state, orgNames, onRetry, onRevoked }: FeedListProps) {
  if (state.phase === 'loading') return <p role="status">Loading your feeds…</p>;
  if (state.phase === 'error') {
    return (
      <div className="notice notice-error" role="alert">
        <p>{state.message}</p>
        <button type="button" className="button button-secondary" onClick={onRetry}>
          Try again
        </button>
      </div>
    );
  }
  if (state.feeds.length === 0) return <p className="muted">You have no calendar feeds yet.</p>;
  return (
    <ul className="feed-list">
      {state.feeds.map((feed) => (
        <FeedItem key={feed.id} feed={feed} summary={describeFilters(feed, orgNames)} onRevoked={onRevoked} />
      ))}
    </ul>
  );
}

function FeedItem({ feed, summary, onRevoked }: { feed: Feed; summary: string; onRevoked: (feed: Feed) => void }) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function revoke() {
    setBusy(true);
    setError(null);
    try {
      const { revokeFeedSubscription: payload } = await gqlRequest(revokeFeedSubscriptionMutation, { id: feed.id });
      if (payload.errors.length > 0) setError(payload.errors.map((e) => e.message).join(' '));
      else if (payload.subscription) onRevoked(payload.subscription);
      setConfirming(false);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  const revoked = feed.revokedAt !== null;
  return (
    <li className={revoked ? 'feed-item feed-item-revoked' : 'feed-item'} aria-label={feed.name}>
      <h3>{feed.name}</h3>
      <p className="muted">{feed.kind === 'AGENDA' ? 'My agenda' : 'Subscription'}</p>
      <dl>
        <dt>Keeps</dt>
        <dd>{summary}</dd>
        <dt>Address starts</dt>
        <dd>
          <code>{feed.prefix}…</code>
        </dd>
        <dt>Created</dt>
        <dd>{formatWhen(feed.createdAt)}</dd>
        <dt>Last fetched</dt>
        <dd>{feed.lastFetchedAt ? formatWhen(feed.lastFetchedAt) : 'Never'}</dd>
        <dt>Status</dt>
        <dd>{feed.revokedAt ? `Revoked ${formatWhen(feed.revokedAt)}` : 'Active'}</dd>
      </dl>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {!revoked &&
        (confirming ? (
          <div className="form-actions" role="group" aria-label={`Revoke ${feed.name}?`}>
            <p>Calendar apps using this address stop receiving events at once. This cannot be undone.</p>
            <button type="button" className="button button-danger" disabled={busy} onClick={() => void revoke()}>
              Yes, revoke {feed.name}
            </button>
            <button type="button" className="button button-link" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </div>
        ) : (
          <button type="button" className="button button-secondary" onClick={() => setConfirming(true)}>
            Revoke <span className="visually-hidden">{feed.name}</span>
          </button>
        ))}
    </li>
  );
}
