import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fieldError, signInPayload, twoFactorStatus, VIEWER } from '../test/accountData';
import { ADMIN, connection, org, signedOut, stubGraphQL } from '../test/fakeServer';
import { renderApp } from '../test/render';

describe('SignInPage', () => {
  it('shows the server error message in a live region and keeps the user on the page', async () => {
    const server = stubGraphQL({
      Viewer: signedOut,
      SignIn: () => ({
        data: {
          signIn: {
            user: null,
            errors: [{ field: null, message: 'Email or password is incorrect', code: 'INVALID_CREDENTIALS' }],
          },
        },
      }),
    });
    const user = userEvent.setup();
    const app = renderApp('/sign-in');

    await user.type(await screen.findByLabelText('Email'), 'admin@pluralis.example');
    await user.type(screen.getByLabelText('Password'), 'wrong-password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Email or password is incorrect');
    expect(alert).toHaveAttribute('aria-live', 'assertive');
    expect(screen.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Password')).toHaveValue('');
    expect(app.location()).toBe('/sign-in');
    expect(server.callsFor('SignIn')[0]!.variables).toEqual({ email: 'admin@pluralis.example', password: 'wrong-password' });
  });

  it('signs in, never stores a token, and goes to the organizations page', async () => {
    stubGraphQL({
      Viewer: signedOut,
      SignIn: () => ({ data: { signIn: { user: ADMIN, errors: [] } } }),
      Organizations: () => connection([org(1)]),
    });
    const user = userEvent.setup();
    const app = renderApp('/organizations');

    // The organizations page requires a session, so the user lands on the sign-in page first.
    await user.type(await screen.findByLabelText('Email'), 'admin@pluralis.example');
    expect(app.location()).toBe('/sign-in?next=%2Forganizations');
    await user.type(screen.getByLabelText('Password'), 'pluralis-demo');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Organizations' })).toBeInTheDocument();
    expect(app.location()).toBe('/organizations');
    expect(screen.getByText('Ada Admin')).toBeInTheDocument();
    expect(window.localStorage.length).toBe(0);
    expect(window.sessionStorage.length).toBe(0);
  });

  it('reports an unreachable server', async () => {
    stubGraphQL({
      Viewer: signedOut,
      SignIn: () => {
        throw new TypeError('Failed to fetch');
      },
    });
    const user = userEvent.setup();
    renderApp('/sign-in');
    await user.type(await screen.findByLabelText('Email'), 'a@b.example');
    await user.type(screen.getByLabelText('Password'), 'x');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(/could not reach the server/i));
  });

  it('sends a signed-in user straight on', async () => {
    stubGraphQL({ Viewer: () => ({ data: { me: ADMIN } }), Organizations: () => connection([]) });
    const app = renderApp('/sign-in?next=%2Forganizations%3Fkind%3DFUNDER');
    expect(await screen.findByRole('heading', { level: 1, name: 'Organizations' })).toBeInTheDocument();
    expect(app.location()).toBe('/organizations?kind=FUNDER');
  });

  it('ignores off-site next= targets', async () => {
    stubGraphQL({ Viewer: () => ({ data: { me: ADMIN } }), Organizations: () => connection([]) });
    const app = renderApp('/sign-in?next=%2F%2Fevil.example%2F');
    await screen.findByRole('heading', { level: 1, name: 'Organizations' });
    expect(app.location()).toBe('/organizations');
  });

  it('links to the other ways in, keeping where the user was going', async () => {
    stubGraphQL({ Viewer: signedOut });
    renderApp('/sign-in?next=%2Fevents%2F7');
    expect(await screen.findByRole('link', { name: 'Forgot password?' })).toHaveAttribute('href', '/forgot-password');
    expect(screen.getByRole('link', { name: 'Sign in with a code sent by SMS' })).toHaveAttribute(
      'href',
      '/sign-in/code?next=%2Fevents%2F7',
    );
  });
});

describe('SignInPage two-factor step', () => {
  async function passwordStep() {
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Email'), 'nadia@example.org');
    await user.type(screen.getByLabelText('Password'), 'a long enough password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    return user;
  }

  it('asks for the authenticator code after the password, and signs in only when it is right', async () => {
    let attempts = 0;
    const server = stubGraphQL({
      Viewer: signedOut,
      SignIn: () => ({ data: { signIn: signInPayload({ user: null, twoFactorChallenge: 'challenge-1' }) } }),
      CompleteSignIn: () => {
        attempts += 1;
        return {
          data: {
            completeSignIn:
              attempts === 1
                ? signInPayload({ user: null, errors: [fieldError('code', 'That code is not right.', 'invalid_code')] })
                : signInPayload(),
          },
        };
      },
      Organizations: () => connection([org(1)]),
    });
    const app = renderApp('/sign-in');
    const user = await passwordStep();

    expect(await screen.findByRole('heading', { level: 1, name: 'Two-factor authentication' })).toBeInTheDocument();
    const code = screen.getByLabelText('Authentication code');
    expect(code).toHaveFocus();
    expect(code).toHaveAttribute('autocomplete', 'one-time-code');
    await user.type(code, '123 456');
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('That code is not right.');
    expect(app.location()).toBe('/sign-in');
    expect(server.callsFor('CompleteSignIn')[0]!.variables).toEqual({ challenge: 'challenge-1', code: '123456' });

    await user.type(screen.getByLabelText('Authentication code'), '654321');
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Organizations' })).toBeInTheDocument();
    expect(server.callsFor('CompleteSignIn')).toHaveLength(2);
  });

  it('takes a recovery code instead, as typed', async () => {
    const server = stubGraphQL({
      Viewer: signedOut,
      SignIn: () => ({ data: { signIn: signInPayload({ user: null, twoFactorChallenge: 'challenge-2' }) } }),
      CompleteSignIn: () => ({ data: { completeSignIn: signInPayload() } }),
      Organizations: () => connection([]),
    });
    renderApp('/sign-in');
    const user = await passwordStep();
    await user.click(await screen.findByRole('button', { name: 'Use a recovery code' }));
    await user.type(screen.getByLabelText('Recovery code'), ' abcd-efgh ');
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    await screen.findByRole('heading', { level: 1, name: 'Organizations' });
    expect(server.callsFor('CompleteSignIn')[0]!.variables).toEqual({ challenge: 'challenge-2', code: 'abcd-efgh' });
  });

  it('can start over from the password', async () => {
    stubGraphQL({
      Viewer: signedOut,
      SignIn: () => ({ data: { signIn: signInPayload({ user: null, twoFactorChallenge: 'challenge-3' }) } }),
    });
    renderApp('/sign-in');
    const user = await passwordStep();
    await user.click(await screen.findByRole('button', { name: 'Start over' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByLabelText('Password')).toHaveValue('');
  });

  it('sends an account that must turn on two-factor to set it up, wherever it was going', async () => {
    const required = { ...VIEWER, twoFactorRequired: true };
    stubGraphQL({
      Viewer: signedOut,
      SignIn: () => ({ data: { signIn: signInPayload({ user: required }) } }),
      TwoFactorStatus: () => twoFactorStatus({ twoFactorRequired: true }),
    });
    const app = renderApp('/sign-in?next=%2Forganizations');
    await passwordStep();
    expect(await screen.findByRole('heading', { level: 1, name: 'Two-factor authentication' })).toBeInTheDocument();
    expect(app.location()).toBe('/account/two-factor');
    expect(await screen.findByText(/Your role requires two-factor authentication/)).toBeInTheDocument();
  });

  it('shows a rate limit as the server words it', async () => {
    stubGraphQL({
      Viewer: signedOut,
      SignIn: () => ({ errors: [{ message: 'Too many attempts. Try again in a few minutes.', extensions: { code: 'RATE_LIMITED' } }] }),
    });
    renderApp('/sign-in');
    await passwordStep();
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Too many attempts. Try again in a few minutes.'));
  });
});
