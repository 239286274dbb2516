import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fieldError, signedInAs, twoFactorStatus, VIEWER } from '../test/accountData';
import { connection, org, stubGraphQL } from '../test/fakeServer';
import { renderApp } from '../test/render';

const QR = 'data:image/svg+xml;base64,PHN2Zy8+';
const SETUP = {
  secret: 'JBSWY3DPEHPK3PXPJBSWY3DP',
  otpauthUri: 'otpauth://totp/Pluralis:ada?secret=JBSWY3DPEHPK3PXPJBSWY3DP&issuer=Pluralis',
  qrSvgDataUri: QR,
  errors: [],
};
const CODES = ['k7m2-x9p4', 'a3b4-c5d6', 'e7f8-g9h2'];

describe('TwoFactorPage', () => {
  it('turns two-factor on: QR code and key, a code from the app, then the recovery codes once', async () => {
    let enabled = false;
    let confirmations = 0;
    const server = stubGraphQL({
      Viewer: signedInAs(),
      TwoFactorStatus: () => twoFactorStatus({ twoFactorEnabled: enabled, recoveryCodesLeft: enabled ? 3 : 0 }),
      StartTwoFactorSetup: () => ({ data: { startTwoFactorSetup: SETUP } }),
      ConfirmTwoFactor: () => {
        confirmations += 1;
        if (confirmations === 1) {
          return { data: { confirmTwoFactor: { recoveryCodes: null, errors: [fieldError('code', 'That code is not right.')] } } };
        }
        enabled = true;
        return { data: { confirmTwoFactor: { recoveryCodes: CODES, errors: [] } } };
      },
    });
    const user = userEvent.setup();
    renderApp('/account/two-factor');
    await user.click(await screen.findByRole('button', { name: 'Set up two-factor authentication' }));

    expect(await screen.findByRole('img', { name: 'QR code with your two-factor secret' })).toHaveAttribute('src', QR);
    expect(screen.getByLabelText('Setup key')).toHaveTextContent('JBSW Y3DP EHPK 3PXP JBSW Y3DP');
    expect(screen.getByRole('link', { name: 'Open the key in your authenticator app' })).toHaveAttribute('href', SETUP.otpauthUri);

    await user.type(screen.getByLabelText('2. Code from the app'), '000 000');
    await user.click(screen.getByRole('button', { name: 'Turn on' }));
    expect(await screen.findByText('That code is not right.')).toBeInTheDocument();
    expect(server.callsFor('ConfirmTwoFactor')[0]!.variables).toEqual({ code: '000000' });

    await user.type(screen.getByLabelText('2. Code from the app'), '123456');
    await user.click(screen.getByRole('button', { name: 'Turn on' }));
    const list = await screen.findByRole('list', { name: 'Recovery codes' });
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual(CODES);
    const download = screen.getByRole('link', { name: 'Download as .txt' });
    expect(download).toHaveAttribute('download', 'pluralis-recovery-codes.txt');
    expect(decodeURIComponent(download.getAttribute('href')!)).toContain(CODES.join('\n'));
    expect(screen.getByText('Two-factor authentication is on.', { selector: '[role="status"]' })).toBeInTheDocument();
    // The viewer is read again (without a loading screen that would lose the codes).
    expect(server.callsFor('Viewer').length).toBeGreaterThanOrEqual(2);

    await user.click(screen.getByRole('button', { name: 'I have saved them' }));
    expect(screen.queryByRole('list', { name: 'Recovery codes' })).not.toBeInTheDocument();
    expect(await screen.findByText(/3 recovery codes left/)).toBeInTheDocument();
  });

  it('copies the recovery codes to the clipboard', async () => {
    stubGraphQL({
      Viewer: signedInAs(),
      TwoFactorStatus: () => twoFactorStatus({ twoFactorEnabled: true, recoveryCodesLeft: 1 }),
      RegenerateRecoveryCodes: () => ({ data: { regenerateRecoveryCodes: { recoveryCodes: CODES, errors: [] } } }),
    });
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    renderApp('/account/two-factor');
    expect(await screen.findByText(/1 recovery code left/)).toBeInTheDocument();
    const regenerate = within(screen.getByRole('region', { name: 'New recovery codes' }));
    await user.type(regenerate.getByLabelText('Code from your app'), '123456');
    await user.click(regenerate.getByRole('button', { name: 'Get new recovery codes' }));
    await user.click(await screen.findByRole('button', { name: 'Copy' }));
    expect(writeText).toHaveBeenCalledWith(CODES.join('\n'));
    expect(await screen.findByText('Copied.')).toBeInTheDocument();
  });

  it('turns two-factor off with the password and a code', async () => {
    let enabled = true;
    const server = stubGraphQL({
      Viewer: signedInAs(),
      TwoFactorStatus: () => twoFactorStatus({ twoFactorEnabled: enabled, recoveryCodesLeft: 10 }),
      DisableTwoFactor: () => {
        enabled = false;
        return { data: { disableTwoFactor: { ok: true, errors: [] } } };
      },
    });
    const user = userEvent.setup();
    renderApp('/account/two-factor');
    const off = within(await screen.findByRole('region', { name: 'Turn off two-factor authentication' }));
    await user.type(off.getByLabelText('Password'), 'pluralis-demo');
    await user.type(off.getByLabelText('Code from your app'), '123456');
    await user.click(off.getByRole('button', { name: 'Turn off' }));

    expect(await screen.findByRole('button', { name: 'Set up two-factor authentication' })).toBeInTheDocument();
    expect(screen.getByText('Two-factor authentication is off.')).toBeInTheDocument();
    expect(server.callsFor('DisableTwoFactor')[0]!.variables).toEqual({ password: 'pluralis-demo', code: '123456' });
  });

  it('offers no way to turn it off when the role requires it', async () => {
    stubGraphQL({
      Viewer: signedInAs(),
      TwoFactorStatus: () => twoFactorStatus({ twoFactorEnabled: true, twoFactorRequired: true, recoveryCodesLeft: 10 }),
    });
    renderApp('/account/two-factor');
    expect(await screen.findByRole('region', { name: 'New recovery codes' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Turn off two-factor authentication' })).not.toBeInTheDocument();
  });

  it('keeps an account that must turn it on away from other pages until it has', async () => {
    stubGraphQL({
      Viewer: signedInAs({ ...VIEWER, twoFactorRequired: true }),
      TwoFactorStatus: () => twoFactorStatus({ twoFactorRequired: true }),
      Organizations: () => connection([org(1)]),
    });
    const app = renderApp('/organizations');
    expect(await screen.findByText(/Your role requires two-factor authentication/)).toBeInTheDocument();
    expect(app.location()).toBe('/account/two-factor');
  });
});
