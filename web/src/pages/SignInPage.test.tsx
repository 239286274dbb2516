import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
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
    const app = renderApp('/');

    // "/" requires a session, so the user lands on the sign-in page first.
    await user.type(await screen.findByLabelText('Email'), 'admin@pluralis.example');
    expect(app.location()).toBe('/sign-in');
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
});
