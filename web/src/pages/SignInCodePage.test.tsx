import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fieldError, signInPayload } from '../test/accountData';
import { connection, signedOut, stubGraphQL } from '../test/fakeServer';
import { renderApp } from '../test/render';
import { CODE_SENT } from './SignInCodePage';

async function askForCode(phone = '+32 470 12 34 56') {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('Phone number'), phone);
  await user.click(screen.getByRole('button', { name: 'Send a code' }));
  return user;
}

describe('SignInCodePage', () => {
  it('sends a code to the number, then signs in with it', async () => {
    const server = stubGraphQL({
      Viewer: signedOut,
      RequestSignInCode: () => ({ data: { requestSignInCode: { ok: true, errors: [] } } }),
      SignInWithCode: () => ({ data: { signInWithCode: signInPayload() } }),
      Organizations: () => connection([]),
    });
    const app = renderApp('/sign-in/code');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in with a code' })).toBeInTheDocument();
    const user = await askForCode();

    expect(await screen.findByRole('status')).toHaveTextContent(CODE_SENT);
    expect(server.callsFor('RequestSignInCode')[0]!.variables).toEqual({ phone: '+32 470 12 34 56' });
    const code = screen.getByLabelText('Code from the SMS');
    expect(code).toHaveFocus();
    await user.type(code, '123 456');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Organizations' })).toBeInTheDocument();
    expect(app.location()).toBe('/organizations');
    expect(server.callsFor('SignInWithCode')[0]!.variables).toEqual({ phone: '+32 470 12 34 56', code: '123456' });
  });

  it('shows a malformed number on the phone field and stays on that step', async () => {
    stubGraphQL({
      Viewer: signedOut,
      RequestSignInCode: () => ({
        data: { requestSignInCode: { ok: false, errors: [fieldError('phone', 'Enter the number with its country code.')] } },
      }),
    });
    renderApp('/sign-in/code');
    await askForCode('0470');
    expect(await screen.findByText('Enter the number with its country code.')).toBeInTheDocument();
    expect(screen.getByLabelText('Phone number')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByLabelText('Code from the SMS')).not.toBeInTheDocument();
  });

  it('shows a wrong code, empties the field, and can send a new code or change the number', async () => {
    const server = stubGraphQL({
      Viewer: signedOut,
      RequestSignInCode: () => ({ data: { requestSignInCode: { ok: true, errors: [] } } }),
      SignInWithCode: () => ({
        data: { signInWithCode: signInPayload({ user: null, errors: [fieldError(null, 'The code is wrong or has expired.')] }) },
      }),
    });
    const app = renderApp('/sign-in/code');
    const user = await askForCode();
    await user.type(await screen.findByLabelText('Code from the SMS'), '000000');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByText('The code is wrong or has expired.')).toBeInTheDocument();
    expect(screen.getByLabelText('Code from the SMS')).toHaveValue('');
    expect(app.location()).toBe('/sign-in/code');

    await user.click(screen.getByRole('button', { name: 'Send a new code' }));
    expect(await screen.findByRole('status')).toHaveTextContent(CODE_SENT);
    expect(server.callsFor('RequestSignInCode')).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Use another number' }));
    expect(screen.getByLabelText('Phone number')).toHaveValue('+32 470 12 34 56');
  });

  it('asks for the two-factor code when the account has it on', async () => {
    const server = stubGraphQL({
      Viewer: signedOut,
      RequestSignInCode: () => ({ data: { requestSignInCode: { ok: true, errors: [] } } }),
      SignInWithCode: () => ({ data: { signInWithCode: signInPayload({ user: null, twoFactorChallenge: 'sms-challenge' }) } }),
      CompleteSignIn: () => ({ data: { completeSignIn: signInPayload() } }),
      Organizations: () => connection([]),
    });
    renderApp('/sign-in/code?next=%2Forganizations');
    const user = await askForCode();
    await user.type(await screen.findByLabelText('Code from the SMS'), '123456');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const heading = await screen.findByRole('heading', { level: 1, name: 'Two-factor authentication' });
    const card = heading.closest('main')!;
    await user.type(within(card).getByLabelText('Authentication code'), '654321');
    await user.click(within(card).getByRole('button', { name: 'Verify' }));
    await screen.findByRole('heading', { level: 1, name: 'Organizations' });
    expect(server.callsFor('CompleteSignIn')[0]!.variables).toEqual({ challenge: 'sms-challenge', code: '654321' });
  });

  it('links back to the password sign-in', async () => {
    stubGraphQL({ Viewer: signedOut });
    renderApp('/sign-in/code');
    expect(await screen.findByRole('link', { name: 'Sign in with email and password' })).toHaveAttribute('href', '/sign-in');
  });
});
