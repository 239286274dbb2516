import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fieldError, signedInAs } from '../test/accountData';
import { signedOut, stubGraphQL } from '../test/fakeServer';
import { renderApp } from '../test/render';
import { PASSWORD_CHANGED } from './ResetPasswordPage';

async function choose(password: string, confirm = password) {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('New password'), password);
  await user.type(screen.getByLabelText('Repeat the password'), confirm);
  await user.click(screen.getByRole('button', { name: 'Set the new password' }));
  return user;
}

describe('ResetPasswordPage', () => {
  it('sets the new password with the token from the link, then asks to sign in with it', async () => {
    const server = stubGraphQL({
      Viewer: signedOut,
      ResetPassword: () => ({ data: { resetPassword: { ok: true, errors: [] } } }),
    });
    const app = renderApp('/reset-password/plr_token123');
    await choose('correct horse battery staple');

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(app.location()).toBe('/sign-in');
    expect(screen.getByRole('status')).toHaveTextContent(PASSWORD_CHANGED);
    expect(server.callsFor('ResetPassword')[0]!.variables).toEqual({
      token: 'plr_token123',
      password: 'correct horse battery staple',
    });
  });

  it('catches two different passwords before sending anything', async () => {
    const server = stubGraphQL({ Viewer: signedOut });
    renderApp('/reset-password/plr_token123');
    await choose('correct horse battery staple', 'correct horse battery stapel');
    expect(await screen.findByText('The two passwords are not the same.')).toBeInTheDocument();
    expect(screen.getByLabelText('Repeat the password')).toHaveAttribute('aria-invalid', 'true');
    expect(server.callsFor('ResetPassword')).toHaveLength(0);
  });

  it('shows the server strength check on the password field', async () => {
    stubGraphQL({
      Viewer: signedOut,
      ResetPassword: () => ({
        data: { resetPassword: { ok: false, errors: [fieldError('password', 'This password is too easy to guess.', 'too_weak')] } },
      }),
    });
    renderApp('/reset-password/plr_token123');
    await choose('password1234');
    expect(await screen.findByText('This password is too easy to guess.')).toBeInTheDocument();
    const field = screen.getByLabelText('New password');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(/too easy to guess/);
    expect(screen.queryByRole('link', { name: 'Ask for a new link' })).not.toBeInTheDocument();
  });

  it('offers a new link when this one is spent or expired', async () => {
    stubGraphQL({
      Viewer: signedOut,
      ResetPassword: () => ({
        data: { resetPassword: { ok: false, errors: [fieldError('token', 'This link is not valid any more.', 'invalid_token')] } },
      }),
    });
    renderApp('/reset-password/plr_spent');
    await choose('correct horse battery staple');
    expect(await screen.findByRole('alert')).toHaveTextContent('This link is not valid any more.');
    expect(screen.getByRole('link', { name: 'Ask for a new link' })).toHaveAttribute('href', '/forgot-password');
  });

  it('forgets the session of a signed-in browser, since the reset ended it', async () => {
    const server = stubGraphQL({
      Viewer: signedInAs(),
      ResetPassword: () => ({ data: { resetPassword: { ok: true, errors: [] } } }),
      SignOut: () => ({ data: { signOut: { ok: false } } }),
    });
    const app = renderApp('/reset-password/plr_token123');
    await choose('correct horse battery staple');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(app.location()).toBe('/sign-in');
    expect(server.callsFor('SignOut')).toHaveLength(1);
  });
});
