import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { accountMe, fieldError, session, signedInAs, VIEWER } from '../test/accountData';
import { connection, org, stubGraphQL } from '../test/fakeServer';
import { renderApp } from '../test/render';

const section = (name: string) => screen.getByRole('region', { name });

describe('AccountPage', () => {
  it('opens from the header link', async () => {
    stubGraphQL({
      Viewer: signedInAs(),
      Organizations: () => connection([org(1)]),
      AccountSettings: () => ({ data: { me: accountMe() } }),
    });
    const user = userEvent.setup();
    const app = renderApp('/organizations');
    await user.click(await screen.findByRole('link', { name: /Your account/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Your account' })).toBeInTheDocument();
    expect(app.location()).toBe('/account');
  });

  it('saves name, language, time zone and channel, and shows the new name in the header', async () => {
    let name = 'Ada Admin';
    const server = stubGraphQL({
      Viewer: () => ({ data: { me: { ...VIEWER, displayName: name } } }),
      AccountSettings: () => ({ data: { me: accountMe() } }),
      UpdateAccountSettings: (variables) => {
        name = (variables.input as { displayName: string }).displayName;
        return { data: { updateAccountSettings: { user: { id: 'u1' }, errors: [] } } };
      },
    });
    const user = userEvent.setup();
    renderApp('/account');
    const profile = within(await screen.findByRole('region', { name: 'Profile and preferences' }));
    expect(profile.getByLabelText('Language')).toHaveValue('en');
    expect(profile.getByLabelText('Time zone')).toHaveValue('Europe/Brussels');
    expect(profile.getByRole('radio', { name: 'Email' })).toBeChecked();

    await user.clear(profile.getByLabelText('Display name'));
    await user.type(profile.getByLabelText('Display name'), 'Ada Lovelace');
    await user.selectOptions(profile.getByLabelText('Language'), 'fr');
    await user.selectOptions(profile.getByLabelText('Time zone'), 'Africa/Nairobi');
    await user.click(profile.getByRole('radio', { name: 'SMS' }));
    await user.click(profile.getByRole('button', { name: 'Save' }));

    expect(await profile.findByText('Saved.')).toBeInTheDocument();
    expect(server.callsFor('UpdateAccountSettings')[0]!.variables).toEqual({
      input: { displayName: 'Ada Lovelace', preferredLanguage: 'fr', timeZone: 'Africa/Nairobi', notifyBy: 'SMS' },
    });
    expect(await within(screen.getByRole('banner')).findByText('Ada Lovelace')).toBeInTheDocument();
  });

  it('shows a refused setting on its field', async () => {
    stubGraphQL({
      Viewer: signedInAs(),
      AccountSettings: () => ({ data: { me: accountMe() } }),
      UpdateAccountSettings: () => ({
        data: { updateAccountSettings: { user: null, errors: [fieldError('notifyBy', 'Add an email address first.')] } },
      }),
    });
    const user = userEvent.setup();
    renderApp('/account');
    const profile = within(await screen.findByRole('region', { name: 'Profile and preferences' }));
    await user.click(profile.getByRole('button', { name: 'Save' }));
    expect(await profile.findByText('Add an email address first.')).toBeInTheDocument();
    expect(profile.queryByText('Saved.')).not.toBeInTheDocument();
  });

  it('changes the password, with the server checks on their fields', async () => {
    let attempt = 0;
    const server = stubGraphQL({
      Viewer: signedInAs(),
      AccountSettings: () => ({ data: { me: accountMe() } }),
      ChangePassword: () => {
        attempt += 1;
        const errors = attempt === 1 ? [fieldError('currentPassword', 'That is not your current password.')] : [];
        return { data: { changePassword: { ok: errors.length === 0, errors } } };
      },
    });
    const user = userEvent.setup();
    renderApp('/account');
    const password = within(await screen.findByRole('region', { name: 'Password' }));
    const fill = async (current: string) => {
      await user.type(password.getByLabelText('Current password'), current);
      await user.type(password.getByLabelText('New password'), 'correct horse battery staple');
      await user.type(password.getByLabelText('Repeat the password'), 'correct horse battery staple');
      await user.click(password.getByRole('button', { name: 'Change password' }));
    };
    await fill('wrong one');
    expect(await password.findByText('That is not your current password.')).toBeInTheDocument();
    expect(password.getByLabelText('Current password')).toHaveAttribute('aria-invalid', 'true');

    await user.clear(password.getByLabelText('Current password'));
    await user.clear(password.getByLabelText('New password'));
    await user.clear(password.getByLabelText('Repeat the password'));
    await fill('pluralis-demo');
    expect(await password.findByText('Password changed. Your other sessions have ended.')).toBeInTheDocument();
    expect(server.callsFor('ChangePassword')[1]!.variables).toEqual({
      currentPassword: 'pluralis-demo',
      newPassword: 'correct horse battery staple',
    });
    expect(password.getByLabelText('Current password')).toHaveValue('');
    // The session list is read again: the others have ended.
    expect(server.callsFor('AccountSettings').length).toBeGreaterThanOrEqual(2);
  });

  it('lists sessions with this device marked, and ends one or all the others', async () => {
    let sessions = [
      session(1, { current: true, userAgent: 'Mozilla/5.0 (X11; Linux x86_64) HeadlessChrome/126.0 Safari/537.36' }),
      session(2, { method: 'SMS_CODE', userAgent: 'Mozilla/5.0 (Linux; Android 14) Chrome/126.0 Mobile Safari/537.36' }),
      session(3),
    ];
    const server = stubGraphQL({
      Viewer: signedInAs(),
      AccountSettings: () => ({ data: { me: accountMe({ sessions }) } }),
      EndSession: (variables) => {
        sessions = sessions.filter((s) => s.id !== variables.id);
        return { data: { endSession: { ended: 1, errors: [] } } };
      },
      EndOtherSessions: () => {
        const ended = sessions.length - 1;
        sessions = sessions.filter((s) => s.current);
        return { data: { endOtherSessions: { ended, errors: [] } } };
      },
    });
    const user = userEvent.setup();
    renderApp('/account');
    await screen.findByRole('region', { name: 'Where you are signed in' });
    const list = within(section('Where you are signed in'));
    const items = list.getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveTextContent('Chrome on Linux · this device');
    expect(within(items[0]!).queryByRole('button', { name: /End/ })).not.toBeInTheDocument();
    expect(items[1]).toHaveTextContent('Chrome on Android');
    expect(items[1]).toHaveTextContent('SMS code');

    await user.click(within(items[1]!).getByRole('button', { name: /^End the session on Chrome on Android/ }));
    expect(await list.findByText('Ended 1 session.')).toBeInTheDocument();
    expect(server.callsFor('EndSession')[0]!.variables).toEqual({ id: 's2' });
    expect(list.getAllByRole('listitem')).toHaveLength(2);

    await user.click(list.getByRole('button', { name: 'End all other sessions' }));
    expect(await list.findByText('Ended 1 session.')).toBeInTheDocument();
    expect(server.callsFor('EndOtherSessions')).toHaveLength(1);
    expect(list.getAllByRole('listitem')).toHaveLength(1);
    expect(list.getByRole('button', { name: 'End all other sessions' })).toBeDisabled();
  });

  it('says whether two-factor is on and links to its page', async () => {
    stubGraphQL({
      Viewer: signedInAs(),
      AccountSettings: () => ({ data: { me: accountMe({ twoFactorEnabled: true, recoveryCodesLeft: 7 }) } }),
    });
    renderApp('/account');
    const twoFactor = within(await screen.findByRole('region', { name: 'Two-factor authentication' }));
    expect(twoFactor.getByText(/On\. 7 recovery codes left\./)).toBeInTheDocument();
    expect(twoFactor.getByRole('link', { name: 'Manage two-factor authentication' })).toHaveAttribute('href', '/account/two-factor');
  });
});
