import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { POLL_INTERVAL_MS, UNAVAILABLE_TEXT } from '../components/DevOutbox';
import { signedIn, signedOut, stubGraphQL } from '../test/fakeServer';
import { renderApp } from '../test/render';
import { MAILBOX_SIZE } from './DevMailboxPage';

function email(n: number, overrides: Record<string, unknown> = {}) {
  return {
    id: `mail-${n}`,
    to: `person${n}@example.org`,
    subject: `Subject ${n}`,
    text: `Hello ${n}.`,
    html: `<p>Hello <b>${n}</b>.</p>`,
    createdAt: `2026-03-0${n}T10:00:00Z`,
    ...overrides,
  };
}

const INVITATION = email(2, {
  to: 'nadia@example.org',
  subject: 'Your account at Pluralis Network',
  text: 'Hello Nadia,\n\nChoose a password here: http://127.0.0.1:8000/join/tok_abc123.\n\nThe link works until 9 March.',
  html: '<p>Choose a password <a href="http://127.0.0.1:8000/join/tok_abc123">here</a>.</p><script>window.parent.hacked = true</script>',
});

describe('DevMailboxPage', () => {
  it('lists emails newest first with recipient, subject, time and the text body with clickable links', async () => {
    const server = stubGraphQL({ Viewer: signedIn, DevMailbox: () => ({ data: { devMailbox: [email(1), INVITATION] } }) });
    renderApp('/dev/mailbox');

    expect(await screen.findByRole('heading', { level: 1, name: 'Development mailbox' })).toBeInTheDocument();
    const items = await screen.findAllByRole('listitem', { name: /Subject 1|Your account/ });
    expect(items.map((item) => within(item).getByRole('heading').textContent)).toEqual([
      'Your account at Pluralis Network',
      'Subject 1',
    ]);
    expect(screen.getByText('2 emails, newest first. Checks for new ones every 3 seconds.')).toBeInTheDocument();
    expect(server.callsFor('DevMailbox')[0]!.variables).toEqual({ first: MAILBOX_SIZE });

    const invitation = within(items[0]!);
    expect(invitation.getByText('nadia@example.org')).toBeInTheDocument();
    expect(invitation.getByRole('time')).toHaveAttribute('datetime', '2026-03-02T10:00:00Z');
    // The sentence's full stop is not part of the link.
    const link = invitation.getByRole('link', { name: 'http://127.0.0.1:8000/join/tok_abc123' });
    expect(link).toHaveAttribute('href', 'http://127.0.0.1:8000/join/tok_abc123');
    expect(link).toHaveAttribute('rel', 'noreferrer');
    expect(invitation.getByText(/The link works until 9 March\./)).toBeInTheDocument();
  });

  it('shows the HTML version only inside an empty sandbox, never in the page', async () => {
    stubGraphQL({ Viewer: signedIn, DevMailbox: () => ({ data: { devMailbox: [INVITATION] } }) });
    const user = userEvent.setup();
    const { container } = renderApp('/dev/mailbox');
    await screen.findByText('nadia@example.org');
    expect(container.querySelector('script')).toBeNull();
    expect(screen.queryByRole('link', { name: 'here' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Show the HTML version' }));
    const frame = screen.getByTitle('HTML version of “Your account at Pluralis Network”');
    expect(frame.tagName).toBe('IFRAME');
    expect(frame).toHaveAttribute('sandbox', '');
    expect(frame).toHaveAttribute('srcdoc', INVITATION.html);
    expect(container.querySelector('script')).toBeNull();
    expect(screen.getByRole('button', { name: 'Hide the HTML version' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('checks for new emails every few seconds and on Refresh', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    let box = [email(1)];
    const server = stubGraphQL({ Viewer: signedIn, DevMailbox: () => ({ data: { devMailbox: box } }) });
    renderApp('/dev/mailbox');
    await screen.findByText('Subject 1');
    expect(server.callsFor('DevMailbox')).toHaveLength(1);

    box = [email(1), email(3, { subject: 'Reset your password' })];
    act(() => {
      vi.advanceTimersByTime(POLL_INTERVAL_MS);
    });
    expect(await screen.findByText('Reset your password')).toBeInTheDocument();
    expect(server.callsFor('DevMailbox')).toHaveLength(2);

    box = [...box, email(4, { subject: 'Fourth' })];
    vi.useRealTimers();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(await screen.findByText('Fourth')).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Fourth', 'Reset your password', 'Subject 1']);
  });

  it('says where the mailbox works when the server does not offer it', async () => {
    stubGraphQL({ Viewer: signedIn, DevMailbox: () => ({ data: { devMailbox: null } }) });
    renderApp('/dev/mailbox');
    expect(await screen.findByText(UNAVAILABLE_TEXT)).toBeInTheDocument();
    expect(UNAVAILABLE_TEXT).toBe('The development mailbox is available only in the embedded default, from this machine.');
  });

  it('is open to visitors who are not signed in', async () => {
    stubGraphQL({ Viewer: signedOut, DevMailbox: () => ({ data: { devMailbox: [] } }) });
    const app = renderApp('/dev/mailbox');
    expect(await screen.findByText(/No emails yet/)).toBeInTheDocument();
    expect(app.location()).toBe('/dev/mailbox');
    expect(screen.getByRole('link', { name: 'Sign in' })).toBeInTheDocument();
  });

  it('offers a link on this site when a message links to another host', async () => {
    stubGraphQL({
      Viewer: signedOut,
      DevMailbox: () => ({ data: { devMailbox: [email(1, { text: 'Reset: https://pluralis.example/reset-password/tok_zz' })] } }),
    });
    renderApp('/dev/mailbox');
    expect(await screen.findByRole('link', { name: 'https://pluralis.example/reset-password/tok_zz' })).toBeInTheDocument();
    // The same page on the host this app is served from (the demo may run on another port).
    expect(screen.getByRole('link', { name: '(open on this site)' })).toHaveAttribute('href', '/reset-password/tok_zz');
  });
});
