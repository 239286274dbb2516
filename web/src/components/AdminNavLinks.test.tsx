import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { connection, org, signedIn, stubGraphQL } from '../test/fakeServer';
import { renderApp } from '../test/render';

function nav(me: unknown, dev: boolean) {
  return () => ({
    data: { me, devMailbox: dev ? [] : null, devSmsOutbox: dev ? [] : null },
  });
}

describe('AdminNavLinks', () => {
  it('shows Accounts and the development outboxes to a network admin on the embedded default', async () => {
    stubGraphQL({
      Viewer: signedIn,
      Organizations: () => connection([org(1)]),
      AdminNav: nav(
        { id: 'u1', isSuperuser: false, roles: [{ role: 'ADMIN', organization: { id: 'org-0', name: 'Pluralis Network Secretariat', kind: 'NETWORK_SECRETARIAT' } }] },
        true,
      ),
    });
    renderApp('/organizations');
    const main = within(await screen.findByRole('navigation', { name: 'Main' }));
    expect(await main.findByRole('link', { name: 'Accounts' })).toHaveAttribute('href', '/admin/accounts');
    // People is the directory for everyone, not a second link per organization.
    expect(main.getAllByRole('link', { name: 'People' })).toHaveLength(1);
    expect(main.getByRole('link', { name: 'People' })).toHaveAttribute('href', '/people');
    expect(main.getByRole('link', { name: 'Dev mailbox' })).toHaveAttribute('href', '/dev/mailbox');
    expect(main.getByRole('link', { name: 'Dev SMS' })).toHaveAttribute('href', '/dev/sms');
  });

  it('shows an organizer no administration links', async () => {
    stubGraphQL({
      Viewer: signedIn,
      Organizations: () => connection([org(1)]),
      AdminNav: nav({ id: 'u1', isSuperuser: false, roles: [{ role: 'ORGANIZER', organization: { id: 'org-1', name: 'Citizens Watch Kenya', kind: 'MEMBER' } }] }, false),
    });
    renderApp('/organizations');
    const main = within(await screen.findByRole('navigation', { name: 'Main' }));
    expect(await main.findByRole('link', { name: 'People' })).toHaveAttribute('href', '/people');
    await screen.findByRole('heading', { level: 1, name: 'Organizations' });
    expect(main.queryByRole('link', { name: 'Accounts' })).not.toBeInTheDocument();
    expect(main.queryByRole('link', { name: 'Dev mailbox' })).not.toBeInTheDocument();
  });

  it('shows an observer and an admin of a member organization no Accounts link', async () => {
    stubGraphQL({
      Viewer: signedIn,
      Organizations: () => connection([org(1)]),
      AdminNav: nav(
        {
          id: 'u1',
          isSuperuser: false,
          roles: [
            { role: 'OBSERVER', organization: { id: 'org-1', name: 'Citizens Watch Kenya', kind: 'MEMBER' } },
            { role: 'ADMIN', organization: { id: 'org-2', name: 'Open Ballot', kind: 'MEMBER' } },
          ],
        },
        true,
      ),
    });
    renderApp('/organizations');
    const main = within(await screen.findByRole('navigation', { name: 'Main' }));
    expect(await main.findByRole('link', { name: 'Dev SMS' })).toBeInTheDocument();
    expect(main.queryByRole('link', { name: 'Accounts' })).not.toBeInTheDocument();
  });

  it('shows a superuser the Accounts link', async () => {
    stubGraphQL({
      Viewer: signedIn,
      Organizations: () => connection([org(1)]),
      AdminNav: nav({ id: 'u1', isSuperuser: true, roles: [] }, false),
    });
    renderApp('/organizations');
    const main = within(await screen.findByRole('navigation', { name: 'Main' }));
    expect(await main.findByRole('link', { name: 'Accounts' })).toBeInTheDocument();
    expect(main.getAllByRole('link', { name: 'People' })).toHaveLength(1);
  });
});
