import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fieldError, signInPayload } from '../test/accountData';
import { signedIn, signedOut, stubGraphQL } from '../test/fakeServer';
import { renderApp } from '../test/render';
import { INVALID_LINK } from './InvitationPage';

const PREVIEW = {
  eventId: 'ev-7',
  title: 'Closed roundtable on observer safety',
  status: 'PUBLISHED',
  timeZone: 'Africa/Nairobi',
  // 07:00Z is 10:00 in Nairobi.
  startsAt: '2027-03-10T07:00:00Z',
  endsAt: '2027-03-10T10:00:00Z',
  allDay: false,
  hostName: 'Kenya Forum',
  venue: { name: 'Hotel Boulevard', address: null, city: 'Nairobi' },
  online: true,
  expiresAt: '2027-03-10T10:00:00Z',
  inviteeName: 'Gita Guest',
  accountEmail: 'gita@guest.example',
  canOpenAccount: true,
};

const preview = (over: Record<string, unknown> = {}) => () => ({ data: { eventInvitation: { ...PREVIEW, ...over } } });

describe('InvitationPage', { timeout: 20_000 }, () => {
  it('shows the event, its time, place and host first, then how to sign in, without any code field', async () => {
    stubGraphQL({ Viewer: signedOut, EventInvitationPreview: preview() });
    renderApp('/invitations/pli_abc');

    expect(await screen.findByRole('heading', { level: 1, name: 'Closed roundtable on observer safety' })).toBeInTheDocument();
    expect(screen.getByText(/10:00.*Nairobi/)).toBeInTheDocument();
    expect(screen.getByText('Kenya Forum')).toBeInTheDocument();
    expect(screen.getByText('Hotel Boulevard, Nairobi, and online')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', `/sign-in?next=${encodeURIComponent('/invitations/pli_abc')}`);
    expect(screen.getByRole('heading', { name: 'New here? Create your account' })).toBeInTheDocument();
    expect(screen.queryByLabelText(/code/i)).not.toBeInTheDocument();
  });

  it('says a dead link is no longer valid', async () => {
    stubGraphQL({ Viewer: signedOut, EventInvitationPreview: () => ({ data: { eventInvitation: null } }) });
    renderApp('/invitations/pli_gone');
    expect(await screen.findByRole('alert')).toHaveTextContent(INVALID_LINK);
    expect(screen.queryByRole('button', { name: 'Register' })).not.toBeInTheDocument();
  });

  it('lets a guest create an account, signs them in, and then registers', async () => {
    const server = stubGraphQL({
      Viewer: signedOut,
      EventInvitationPreview: preview(),
      OpenAccountWithInvitation: () => ({
        data: { openAccountWithInvitation: { user: { id: 'u9', email: 'gita@guest.example' }, errors: [] } },
      }),
      SignIn: () => ({ data: { signIn: signInPayload() } }),
      AcceptInvitation: () => ({ data: { acceptInvitation: { registration: { id: 'r1', eventId: 'ev-7', status: 'REGISTERED' }, errors: [] } } }),
      EventPage: () => ({ data: { event: null } }),
    });
    const user = userEvent.setup();
    const app = renderApp('/invitations/pli_abc');
    expect(await screen.findByLabelText('Your name')).toHaveValue('Gita Guest');
    expect(screen.getByLabelText('Email')).toHaveValue('gita@guest.example');
    await user.type(screen.getByLabelText('Choose a password'), 'violet harbour lantern');
    await user.type(screen.getByLabelText('Repeat the password'), 'violet harbour lantern');
    await user.click(screen.getByRole('button', { name: 'Create your account' }));

    await user.click(await screen.findByRole('button', { name: 'Register' }));
    await waitFor(() => expect(app.location()).toBe('/events/ev-7'));
    expect(server.callsFor('OpenAccountWithInvitation')[0]!.variables).toEqual({
      token: 'pli_abc',
      name: 'Gita Guest',
      password: 'violet harbour lantern',
    });
    expect(server.callsFor('SignIn')[0]!.variables).toEqual({ email: 'gita@guest.example', password: 'violet harbour lantern' });
    expect(server.callsFor('AcceptInvitation')[0]!.variables).toEqual({ token: 'pli_abc' });
  });

  it('shows what the server says about a weak password, next to the field', async () => {
    stubGraphQL({
      Viewer: signedOut,
      EventInvitationPreview: preview(),
      OpenAccountWithInvitation: () => ({
        data: { openAccountWithInvitation: { user: null, errors: [fieldError('password', 'This password is too easy to guess.')] } },
      }),
    });
    const user = userEvent.setup();
    renderApp('/invitations/pli_abc');
    await user.type(await screen.findByLabelText('Choose a password'), 'password12');
    await user.type(screen.getByLabelText('Repeat the password'), 'password12');
    await user.click(screen.getByRole('button', { name: 'Create your account' }));
    expect(await screen.findByText('This password is too easy to guess.')).toBeInTheDocument();
    expect(screen.getByLabelText('Choose a password')).toHaveAttribute('aria-invalid', 'true');
  });

  it('offers Register straight away to someone signed in, and says why it failed', async () => {
    stubGraphQL({
      Viewer: signedIn,
      EventInvitationPreview: preview({ canOpenAccount: false, accountEmail: null }),
      AcceptInvitation: () => ({
        data: { acceptInvitation: { registration: null, errors: [fieldError('token', 'This invitation link is not valid.')] } },
      }),
    });
    const user = userEvent.setup();
    renderApp('/invitations/pli_abc');
    await user.click(await screen.findByRole('button', { name: 'Register' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This invitation link is not valid.');
    expect(screen.queryByRole('link', { name: 'Sign in' })).not.toBeInTheDocument();
  });
});
