import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fieldError, signedInAs, signInPayload } from '../test/accountData';
import { signedOut, stubGraphQL } from '../test/fakeServer';
import { renderApp } from '../test/render';
import { INVALID_INVITATION, READY_BY_PHONE } from './JoinPage';

const BY_EMAIL = { personName: 'Nadia Organizer', channel: 'EMAIL', email: 'nadia@example.org', expiresAt: '2026-03-08T09:00:00Z' };
const BY_SMS = { personName: 'Omar Observer', channel: 'SMS', email: null, expiresAt: '2026-03-08T09:00:00Z' };

const accepted = () => ({ data: { acceptAccountInvitation: { user: { id: 'u9', email: null }, errors: [] } } });

async function choose(password: string) {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('Password'), password);
  await user.type(screen.getByLabelText('Repeat the password'), password);
  await user.click(screen.getByRole('button', { name: 'Create my account' }));
  return user;
}

describe('JoinPage', () => {
  it('shows who the invitation is for without spending it', async () => {
    const server = stubGraphQL({ Viewer: signedOut, AccountInvitationPreview: () => ({ data: { accountInvitation: BY_EMAIL } }) });
    renderApp('/join/pli_abc');
    expect(await screen.findByText('Nadia Organizer')).toBeInTheDocument();
    expect(screen.getByLabelText('Email')).toHaveValue('nadia@example.org');
    expect(screen.getByLabelText('Email')).toHaveAttribute('readonly');
    expect(screen.getByText(/This invitation expires on/)).toBeInTheDocument();
    expect(server.callsFor('AccountInvitationPreview')[0]!.variables).toEqual({ token: 'pli_abc' });
    expect(server.callsFor('AcceptAccountInvitation')).toHaveLength(0);
    // No way off the page that could carry the token in a Referer.
    for (const link of screen.queryAllByRole('link')) expect(link.getAttribute('href')).toMatch(/^\//);
  });

  it('says clearly when the link is unknown, spent, revoked or expired', async () => {
    stubGraphQL({ Viewer: signedOut, AccountInvitationPreview: () => ({ data: { accountInvitation: null } }) });
    renderApp('/join/pli_spent');
    expect(await screen.findByRole('heading', { level: 1, name: 'Invitation not valid' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(INVALID_INVITATION);
    expect(screen.queryByLabelText('Password')).not.toBeInTheDocument();
  });

  it('accepts with the chosen password and signs in with the invitation email', async () => {
    const server = stubGraphQL({
      Viewer: signedOut,
      AccountInvitationPreview: () => ({ data: { accountInvitation: BY_EMAIL } }),
      AcceptAccountInvitation: accepted,
      SignIn: () => ({ data: { signIn: signInPayload() } }),
      HomeEvents: () => ({ data: { events: { nodes: [] } } }),
      HomeOrganizations: () => ({ data: { me: null } }),
      AdminNav: () => ({ data: { me: null, devMailbox: null, devSmsOutbox: null } }),
    });
    const app = renderApp('/join/pli_abc');
    await choose('correct horse battery staple');

    // The new member lands on the home page, greeted by name.
    expect(await screen.findByRole('heading', { level: 1, name: /^Welcome, / })).toBeInTheDocument();
    expect(app.location()).toBe('/');
    expect(server.callsFor('AcceptAccountInvitation')[0]!.variables).toEqual({
      token: 'pli_abc',
      password: 'correct horse battery staple',
    });
    expect(server.callsFor('SignIn')[0]!.variables).toEqual({
      email: 'nadia@example.org',
      password: 'correct horse battery staple',
    });
  });

  it('sends someone invited by SMS to sign in with a code', async () => {
    const server = stubGraphQL({
      Viewer: signedOut,
      AccountInvitationPreview: () => ({ data: { accountInvitation: BY_SMS } }),
      AcceptAccountInvitation: accepted,
    });
    const app = renderApp('/join/pli_sms');
    expect(await screen.findByText('Omar Observer')).toBeInTheDocument();
    expect(screen.queryByLabelText('Email')).not.toBeInTheDocument();
    await choose('correct horse battery staple');

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in with a code' })).toBeInTheDocument();
    expect(app.location()).toBe('/sign-in/code');
    expect(screen.getByRole('status')).toHaveTextContent(READY_BY_PHONE);
    expect(server.callsFor('SignIn')).toHaveLength(0);
  });

  it('shows a weak password on its field and lets the person try another', async () => {
    stubGraphQL({
      Viewer: signedOut,
      AccountInvitationPreview: () => ({ data: { accountInvitation: BY_EMAIL } }),
      AcceptAccountInvitation: () => ({
        data: { acceptAccountInvitation: { user: null, errors: [fieldError('password', 'Use at least 10 characters.', 'too_short')] } },
      }),
    });
    const app = renderApp('/join/pli_abc');
    await choose('short');
    expect(await screen.findByText('Use at least 10 characters.')).toBeInTheDocument();
    expect(screen.getByLabelText('Password')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Password')).toHaveValue('');
    expect(app.location()).toBe('/join/pli_abc');
  });

  it('asks a signed-in visitor to sign out first', async () => {
    const server = stubGraphQL({
      Viewer: signedInAs(),
      AccountInvitationPreview: () => ({ data: { accountInvitation: BY_EMAIL } }),
      SignOut: () => ({ data: { signOut: { ok: true } } }),
    });
    const user = userEvent.setup();
    renderApp('/join/pli_abc');
    expect(await screen.findByText(/you are signed in as Ada Admin/)).toBeInTheDocument();
    expect(screen.queryByLabelText('Password')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByLabelText('Password')).toBeInTheDocument();
    expect(server.callsFor('SignOut')).toHaveLength(1);
  });
});
