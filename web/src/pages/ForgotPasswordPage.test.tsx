import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { signedOut, stubGraphQL } from '../test/fakeServer';
import { renderApp } from '../test/render';
import { RESET_SENT } from './ForgotPasswordPage';

describe('ForgotPasswordPage', () => {
  it('asks for a link by email and answers without saying whether the account exists', async () => {
    const server = stubGraphQL({
      Viewer: signedOut,
      RequestPasswordReset: () => ({ data: { requestPasswordReset: { ok: true } } }),
    });
    const user = userEvent.setup();
    renderApp('/forgot-password');
    expect(await screen.findByRole('radio', { name: 'Email' })).toBeChecked();
    await user.type(screen.getByLabelText('Email address'), ' nadia@example.org ');
    await user.click(screen.getByRole('button', { name: 'Send the link' }));

    expect(await screen.findByRole('status')).toHaveTextContent(RESET_SENT);
    expect(server.callsFor('RequestPasswordReset')[0]!.variables).toEqual({ email: 'nadia@example.org' });
  });

  it('asks for a link by SMS with the same answer', async () => {
    const server = stubGraphQL({
      Viewer: signedOut,
      RequestPasswordReset: () => ({ data: { requestPasswordReset: { ok: true } } }),
    });
    const user = userEvent.setup();
    renderApp('/forgot-password');
    await user.click(await screen.findByRole('radio', { name: 'SMS' }));
    await user.type(screen.getByLabelText('Phone number'), '+32 470 12 34 56');
    await user.click(screen.getByRole('button', { name: 'Send the link' }));

    expect(await screen.findByRole('status')).toHaveTextContent(RESET_SENT);
    expect(server.callsFor('RequestPasswordReset')[0]!.variables).toEqual({ phone: '+32 470 12 34 56' });
    await user.click(screen.getByRole('button', { name: 'try again' }));
    expect(screen.getByRole('button', { name: 'Send the link' })).toBeDisabled();
  });

  it('shows a rate limit and keeps the form', async () => {
    stubGraphQL({
      Viewer: signedOut,
      RequestPasswordReset: () => ({ errors: [{ message: 'Too many requests. Try again later.', extensions: { code: 'RATE_LIMITED' } }] }),
    });
    const user = userEvent.setup();
    renderApp('/forgot-password');
    await user.type(await screen.findByLabelText('Email address'), 'nadia@example.org');
    await user.click(screen.getByRole('button', { name: 'Send the link' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Too many requests. Try again later.'));
    expect(screen.getByLabelText('Email address')).toHaveValue('nadia@example.org');
  });
});
