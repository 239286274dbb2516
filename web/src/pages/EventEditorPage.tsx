import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { errorMessage, gqlRequest, GraphQLRequestError } from '../api/client';
import { editorEventQuery, organizationChoicesQuery, organizerContextQuery } from '../api/operations';
import { WHO_WILL_SEE } from '../components/eventLabels';
import { EventForm, type EditorEvent, type HostChoice } from '../components/EventForm';
import { ProgrammeGrid, type GridSession, type Warning } from '../components/ProgrammeGrid';
import { PublishSummary } from '../components/PublishSummary';
import { defaultSessionStart, SessionForm } from '../components/SessionForm';

const HOST_ROLES = new Set(['ORGANIZER', 'ADMIN']);

/**
 * Organizations the viewer may host events for: where they organize or administer, by name,
 * then (for superusers) every other one. The first is the default host of a new event: the
 * viewer's own organization, never merely the alphabetically first of the network.
 */
export function useHostChoices(): { choices: HostChoice[] | null; error: string | null } {
  const [choices, setChoices] = useState<HostChoice[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    (async () => {
      const { me } = await gqlRequest(organizerContextQuery);
      const byName = (a: HostChoice, b: HostChoice) => a.name.localeCompare(b.name);
      // Roles include those inherited from the network secretariat; the person's own
      // memberships say which organization they actually belong to.
      const direct = new Set((me?.person?.memberships ?? []).filter((m) => HOST_ROLES.has(m.role)).map((m) => m.organization.id));
      const managed: HostChoice[] = (me?.roles ?? [])
        .filter((r) => HOST_ROLES.has(r.role))
        .map((r) => ({ id: r.organization.id, name: r.organization.name, own: direct.has(r.organization.id) }));
      if (me?.isSuperuser) {
        const data = await gqlRequest(organizationChoicesQuery, { first: 200, filter: null });
        const known = new Set(managed.map((o) => o.id));
        managed.push(...data.organizations.nodes.filter((o) => !known.has(o.id)).map((o) => ({ id: o.id, name: o.name, own: false })));
      }
      const own = managed.filter((o) => o.own).sort(byName);
      const others = managed.filter((o) => !o.own).sort(byName);
      // Without an organization of their own, every one they manage is as much theirs.
      if (live) setChoices(own.length > 0 ? [...own, ...others] : others.map((o) => ({ ...o, own: true })));
    })().catch((err: unknown) => {
      if (live) setError(errorMessage(err));
    });
    return () => {
      live = false;
    };
  }, []);
  return { choices, error };
}

export function NewEventPage() {
  const navigate = useNavigate();
  const { choices, error } = useHostChoices();

  useEffect(() => {
    document.title = 'New event · Pluralis';
  }, []);

  return (
    <div className="page editor-page">
      <div className="page-header">
        <p className="breadcrumbs">
          <Link to="/events">Events</Link>
        </p>
        <h1>New event</h1>
        <p className="muted">It starts as a draft; publish it when it is ready.</p>
      </div>
      {error ? (
        <div className="notice notice-error" role="alert">
          <p>{error}</p>
        </div>
      ) : choices === null ? (
        <p role="status">Loading…</p>
      ) : choices.length === 0 ? (
        <div className="notice">
          <p>Only organizers and admins of an organization can create events. Ask an admin of your organization for the organizer role.</p>
        </div>
      ) : (
        <EventForm
          event={null}
          hostChoices={choices}
          // The editor of the new draft confirms it and goes on with the programme.
          onSaved={(eventId) => navigate(`/events/${eventId}/edit`, { state: { created: true } })}
        />
      )}
    </div>
  );
}

type LoadState = { phase: 'loading' } | { phase: 'loaded'; event: EditorEvent } | { phase: 'error'; message: string; notFound: boolean };

type Editing = { mode: 'add'; defaultStart: string } | { mode: 'edit'; sessionId: string } | null;

export function EventEditorPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  // Set once when arriving from "Create draft event"; cleared from history so a reload does not repeat it.
  const [created] = useState(() => (location.state as { created?: boolean } | null)?.created === true);
  const confirmationRef = useRef<HTMLParagraphElement>(null);
  const { choices: hostChoices } = useHostChoices();
  const [state, setState] = useState<LoadState>({ phase: 'loading' });
  const [formVersion, setFormVersion] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const [editing, setEditing] = useState<Editing>(null);
  // Warnings returned by the last add/update of a session, until the next save of it.
  const [saveWarnings, setSaveWarnings] = useState<ReadonlyMap<string, Warning[]>>(new Map());
  const seq = useRef(0);

  const load = useCallback(async () => {
    const mine = ++seq.current;
    try {
      const data = await gqlRequest(editorEventQuery, { id });
      if (mine === seq.current) setState({ phase: 'loaded', event: data.event });
      return data.event;
    } catch (err) {
      if (mine !== seq.current) return null;
      if (err instanceof GraphQLRequestError && err.isUnauthenticated) return null;
      const notFound = err instanceof GraphQLRequestError && (err.codes.includes('NOT_FOUND') || err.codes.includes('BAD_USER_INPUT'));
      setState({ phase: 'error', message: notFound ? 'There is no such event, or you may not see it.' : errorMessage(err), notFound });
      return null;
    }
  }, [id]);

  useEffect(() => {
    setState({ phase: 'loading' });
    setEditing(null);
    setSaveWarnings(new Map());
    void load();
  }, [load]);

  const event = state.phase === 'loaded' ? state.event : null;
  const loaded = event !== null;
  useEffect(() => {
    if (!created || !loaded) return;
    confirmationRef.current?.focus();
    navigate(location.pathname, { replace: true, state: null });
  }, [created, loaded]);
  useEffect(() => {
    document.title = `${event ? `Edit ${event.title}` : 'Edit event'} · Pluralis`;
  }, [event]);

  const warningsBySession = useMemo(() => {
    const map = new Map<string, Warning[]>();
    const add = (w: Warning) => {
      if (!w.sessionId) return;
      const list = map.get(w.sessionId) ?? [];
      if (!list.some((x) => x.code === w.code && x.message === w.message)) list.push(w);
      map.set(w.sessionId, list);
    };
    event?.programmeWarnings.forEach(add);
    for (const [sessionId, list] of saveWarnings) list.forEach((w) => add({ ...w, sessionId }));
    return map;
  }, [event, saveWarnings]);

  if (state.phase === 'loading') {
    return (
      <div className="page">
        <p role="status">Loading the event…</p>
      </div>
    );
  }
  if (state.phase === 'error' || !event) {
    return (
      <div className="page">
        <h1>Edit event</h1>
        <div className="notice notice-error" role="alert">
          <p>{state.phase === 'error' ? state.message : 'The event could not be loaded.'}</p>
          {!(state.phase === 'error' && state.notFound) && (
            <button type="button" className="button button-secondary" onClick={() => void load()}>
              Try again
            </button>
          )}
        </div>
      </div>
    );
  }

  const editingSession = editing?.mode === 'edit' ? (event.sessions.find((s) => s.id === editing.sessionId) ?? null) : null;
  const defaultStart = defaultSessionStart(event);
  const generalWarnings = event.programmeWarnings.filter((w) => !w.sessionId);
  const allSessionWarnings = event.sessions.flatMap((s) => (warningsBySession.get(s.id) ?? []).map((w) => ({ session: s, warning: w })));

  function openSession(session: GridSession) {
    setEditing({ mode: 'edit', sessionId: session.id });
  }

  // Someone who manages the host may hand the event to another organization they manage.
  const choicesForEvent: HostChoice[] = hostChoices?.some((c) => c.id === event.hostOrganization.id)
    ? hostChoices
    : [{ ...event.hostOrganization, own: true }];

  function statusChanged(message: string, action: string) {
    if (!event) return;
    setAnnouncement(action === 'publish' ? `${message} Who can see it: ${WHO_WILL_SEE[event.visibility]}` : message);
    void load();
  }

  return (
    <div className="page editor-page">
      <div className="page-header editor-header">
        <p className="breadcrumbs">
          <Link to="/events">Events</Link>
        </p>
        <h1>
          <span className="muted-heading">Edit event: </span>
          {event.title}
        </h1>
        <nav aria-label="Event pages" className="editor-links">
          <Link to={`/events/${event.id}`}>Event page</Link>
          <Link to={`/events/${event.id}/registrations`}>Registrations</Link>
          <Link to="/events/new">New event</Link>
        </nav>
      </div>

      {created && (
        <p ref={confirmationRef} tabIndex={-1} className="editor-confirmation" role="status">
          Draft created. Only the hosts' organizers see it for now. Add the programme below, then publish it from the summary.
        </p>
      )}
      <p role="status" aria-live="polite" className="announcement">
        {announcement}
      </p>

      {!event.canEdit ? (
        <div className="notice">
          <p>Only organizers of the host and co-host organizations can edit this event.</p>
        </div>
      ) : (
        <div className="editor-layout">
          <PublishSummary event={event} onChanged={statusChanged} />

          <div className="editor-main">
            <EventForm
              key={`${formVersion}-${choicesForEvent.length}`}
              event={event}
              hostChoices={choicesForEvent}
              onRoomsChanged={() => void load()}
              onSaved={(_, count) => {
                void load().then(() => setFormVersion((v) => v + 1));
                setAnnouncement(count > 1 ? `Changes saved to ${count} events of the series.` : 'Changes saved.');
              }}
            />

            <section className="programme-section" aria-labelledby="programme-heading">
              <div className="section-header">
                <h2 id="programme-heading" tabIndex={-1}>
                  Programme
                </h2>
                {/* One way to add at a time: while the new-session form is open, its own button adds. */}
                {editing?.mode !== 'add' && (
                  <button type="button" className="button button-primary" onClick={() => setEditing({ mode: 'add', defaultStart })}>
                    Add session
                  </button>
                )}
              </div>
              <p className="muted">
                Times are in {event.timeZone.replace(/_/g, ' ')}. Select a session to edit or remove it.
              </p>

              {(generalWarnings.length > 0 || allSessionWarnings.length > 0) && (
                <div className="warning-box">
                  <h3>Programme warnings</h3>
                  <ul>
                    {generalWarnings.map((w, i) => (
                      <li key={`g${i}`}>
                        <span aria-hidden="true">⚠ </span>
                        {w.message}
                      </li>
                    ))}
                    {allSessionWarnings.map(({ session, warning }, i) => (
                      <li key={`s${i}`}>
                        <span aria-hidden="true">⚠ </span>
                        <button type="button" className="button-inline" onClick={() => openSession(session)}>
                          {session.title}
                        </button>
                        : {warning.message}
                      </li>
                    ))}
                  </ul>
                </div>
              )}

              {editing && (editing.mode === 'add' || editingSession) && (
                <SessionForm
                  key={editing.mode === 'add' ? 'new' : editing.sessionId}
                  event={event}
                  session={editingSession}
                  defaultStart={editing.mode === 'add' ? editing.defaultStart : defaultStart}
                  warnings={editingSession ? (saveWarnings.get(editingSession.id) ?? []) : []}
                  onClose={() => setEditing(null)}
                  onSaved={(sessionId, warnings) => {
                    setSaveWarnings((map) => new Map(map).set(sessionId, warnings));
                    void load().then(() => {
                      // With warnings the form stays open on the saved session to show them.
                      setEditing(warnings.length > 0 ? { mode: 'edit', sessionId } : null);
                    });
                    setAnnouncement(
                      warnings.length > 0
                        ? `Session saved with ${warnings.length} warning${warnings.length === 1 ? '' : 's'}.`
                        : 'Session saved.',
                    );
                  }}
                  onRemoved={(sessionId) => {
                    setSaveWarnings((map) => {
                      const next = new Map(map);
                      next.delete(sessionId);
                      return next;
                    });
                    setEditing(null);
                    setAnnouncement('Session removed.');
                    void load();
                  }}
                />
              )}

              {event.sessions.length === 0 && <p className="notice">No sessions yet. Add the first one.</p>}
              <ProgrammeGrid
                event={event}
                warnings={warningsBySession}
                onEdit={openSession}
                selectedId={editing?.mode === 'edit' ? editing.sessionId : null}
              />
            </section>
          </div>
        </div>
      )}
    </div>
  );
}
