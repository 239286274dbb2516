import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { signedIn, stubGraphQL } from '../test/fakeServer';
import { renderApp } from '../test/render';
import { token } from './testData';

const ORG = { id: 'org-1', name: 'Citizens Watch Kenya' };

describe('ApiTokensPage', () => {
  it('lists tokens with role, prefix, creation and last use, revoked ones apart', async () => {
    stubGraphQL({
      Viewer: signedIn,
      ApiTokens: () => ({
        data: {
          organization: ORG,
          apiTokens: [
            token(1, { name: 'Reporting dashboard', lastUsedAt: '2026-03-02T09:30:00Z' }),
            token(2, { name: 'Old script', role: 'COORDINATOR', revokedAt: '2026-03-03T10:00:00Z' }),
          ],
        },
      }),
    });
    renderApp('/organizations/org-1/tokens');

    expect(await screen.findByRole('heading', { level: 1, name: 'API tokens of Citizens Watch Kenya' }, { timeout: 5000 })).toBeInTheDocument();
    const active = within(screen.getByRole('region', { name: 'Tokens in use' }));
    const row = within(active.getByRole('row', { name: /Reporting dashboard/ }));
    expect(row.getByText('Observer')).toBeInTheDocument();
    expect(row.getByText('plt_abcdefg1…')).toBeInTheDocument();
    expect(row.getByText(/2 Mar 2026/)).toBeInTheDocument();
    const revoked = within(screen.getByRole('region', { name: 'Revoked' }));
    expect(revoked.getByText('Old script')).toBeInTheDocument();
    expect(revoked.queryByRole('button')).not.toBeInTheDocument();
  });

  it('shows a new token’s secret once, with a copy button and a warning', async () => {
    const server = stubGraphQL({
      Viewer: signedIn,
      ApiTokens: () => ({ data: { organization: ORG, apiTokens: [] } }),
      CreateApiToken: () => ({
        data: { createApiToken: { token: 'plt_secret-value-0123456789', apiToken: token(3, { name: 'Dashboard' }), errors: [] } },
      }),
    });
    const user = userEvent.setup();
    renderApp('/organizations/org-1/tokens');

    await user.type(await screen.findByRole('textbox', { name: 'What it is for' }, { timeout: 5000 }), 'Dashboard');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Acts as' }), 'COORDINATOR');
    await user.click(screen.getByRole('button', { name: 'Create token' }));

    const secret = within(await screen.findByRole('region', { name: 'Copy the token “Dashboard” now' }));
    expect(secret.getByRole('textbox', { name: 'Token' })).toHaveValue('plt_secret-value-0123456789');
    expect(secret.getByRole('button', { name: /Copy/ })).toBeInTheDocument();
    expect(secret.getByRole('alert')).toHaveTextContent('This is the only time the token is shown');
    expect(server.callsFor('CreateApiToken')[0]!.variables).toEqual({ organizationId: 'org-1', name: 'Dashboard', role: 'COORDINATOR' });

    await user.click(secret.getByRole('button', { name: 'I have stored it' }));
    expect(screen.queryByText('plt_secret-value-0123456789')).not.toBeInTheDocument();
    expect(screen.queryByDisplayValue('plt_secret-value-0123456789')).not.toBeInTheDocument();
  });

  it('shows a field error when the name is missing', async () => {
    stubGraphQL({
      Viewer: signedIn,
      ApiTokens: () => ({ data: { organization: ORG, apiTokens: [] } }),
      CreateApiToken: () => ({ data: { createApiToken: { token: null, apiToken: null, errors: [{ field: 'name', code: 'required', message: 'Give the token a name.' }] } } }),
    });
    const user = userEvent.setup();
    renderApp('/organizations/org-1/tokens');
    await user.click(await screen.findByRole('button', { name: 'Create token' }, { timeout: 5000 }));
    expect(await screen.findByText('Give the token a name.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'What it is for' })).toHaveAttribute('aria-invalid', 'true');
  });

  it('revokes a token only after confirming', async () => {
    let revoked = false;
    const server = stubGraphQL({
      Viewer: signedIn,
      ApiTokens: () => ({ data: { organization: ORG, apiTokens: [token(1, { name: 'Dashboard', revokedAt: revoked ? '2026-03-04T00:00:00Z' : null })] } }),
      RevokeApiToken: () => {
        revoked = true;
        return { data: { revokeApiToken: { id: 't1', revokedAt: '2026-03-04T00:00:00Z' } } };
      },
    });
    const user = userEvent.setup();
    renderApp('/organizations/org-1/tokens');

    await user.click(await screen.findByRole('button', { name: 'Revoke Dashboard' }, { timeout: 5000 }));
    expect(screen.getByText('Revoke “Dashboard”? Programs using it stop working at once.')).toBeInTheDocument();
    expect(server.callsFor('RevokeApiToken')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Yes, revoke' }));
    expect(await screen.findByText('The token “Dashboard” no longer works.')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Revoked' })).getByText('Dashboard')).toBeInTheDocument();
  });

  it('answers someone who does not manage the tokens like a missing organization', async () => {
    stubGraphQL({ Viewer: signedIn, ApiTokens: () => ({ data: null, errors: [{ message: 'No such organization.', extensions: { code: 'NOT_FOUND' } }] }) });
    renderApp('/organizations/org-1/tokens');
    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent('There is no such organization, or you do not manage its API tokens.');
    expect(screen.queryByRole('button', { name: 'Create token' })).not.toBeInTheDocument();
  });
});
