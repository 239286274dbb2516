import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { signedIn, stubGraphQL } from '../test/fakeServer';
import { renderApp } from '../test/render';
import { DIRECTORY_PAGE_SIZE } from './PeopleDirectoryPage';

function person(n: number, name: string, overrides: Record<string, unknown> = {}) {
  return {
    id: `p${n}`,
    name,
    email: null,
    phones: [],
    memberships: [{ id: `m${n}`, role: 'OBSERVER', organization: { id: 'org-1', name: 'Citizens Watch Kenya' } }],
    ...overrides,
  };
}

function page(nodes: unknown[], totalCount = nodes.length) {
  return { data: { people: { totalCount, pageInfo: { hasNextPage: false, endCursor: null }, nodes } } };
}

const ORGANIZATIONS = () => ({
  data: {
    organizations: {
      nodes: [
        { id: 'org-1', name: 'Citizens Watch Kenya', viewerCan: { viewMembers: true } },
        { id: 'org-2', name: 'Ghana Watch', viewerCan: { viewMembers: true } },
        { id: 'org-3', name: 'Hidden Partner', viewerCan: { viewMembers: false } },
      ],
    },
  },
});

describe('PeopleDirectoryPage', () => {
  it('lists people with their organizations, and contact details only where the server sends them', async () => {
    stubGraphQL({
      Viewer: signedIn,
      DirectoryOrganizations: ORGANIZATIONS,
      PeopleDirectory: () =>
        page([
          person(1, 'Amina Coordinator', { email: 'amina@example.org', phones: [{ e164: '+254712000001', label: null }] }),
          person(2, 'Baraka Observer'),
        ]),
    });
    renderApp('/people');

    const amina = within(await screen.findByRole('listitem', { name: 'Amina Coordinator' }, { timeout: 5000 }));
    expect(amina.getByRole('link', { name: 'Amina Coordinator' })).toHaveAttribute('href', '/people/p1');
    expect(amina.getByRole('link', { name: 'Citizens Watch Kenya' })).toHaveAttribute('href', '/organizations/org-1');
    expect(amina.getByText('amina@example.org')).toBeInTheDocument();
    const baraka = within(screen.getByRole('listitem', { name: 'Baraka Observer' }));
    expect(baraka.queryByText('Email')).not.toBeInTheDocument();
    expect(baraka.queryByText('Phone')).not.toBeInTheDocument();
    expect(screen.getByText('Showing 2 of 2 people')).toBeInTheDocument();
  });

  it('searches by name and filters by organization, keeping both in the URL', async () => {
    const server = stubGraphQL({
      Viewer: signedIn,
      DirectoryOrganizations: ORGANIZATIONS,
      PeopleDirectory: (variables) => {
        const filter = variables.filter as { search?: string } | null;
        return page(filter?.search ? [person(1, 'Amina Coordinator')] : [person(1, 'Amina Coordinator'), person(2, 'Baraka Observer')]);
      },
    });
    const user = userEvent.setup();
    const { location } = renderApp('/people');
    await screen.findByRole('listitem', { name: 'Baraka Observer' }, { timeout: 5000 });
    expect(server.callsFor('PeopleDirectory')[0]!.variables).toMatchObject({ first: DIRECTORY_PAGE_SIZE, after: null, filter: null });

    await user.type(screen.getByRole('searchbox', { name: 'Name' }), 'ami');
    await waitFor(() => expect(location()).toBe('/people?q=ami'));
    await waitFor(() => expect(screen.queryByRole('listitem', { name: 'Baraka Observer' })).not.toBeInTheDocument());

    // Only organizations whose members the viewer may see are offered.
    const select = screen.getByRole('combobox', { name: 'Organization' });
    await within(select).findByRole('option', { name: 'Ghana Watch' });
    expect(within(select).queryByRole('option', { name: 'Hidden Partner' })).not.toBeInTheDocument();
    await user.selectOptions(select, 'org-2');
    await waitFor(() => expect(location()).toBe('/people?q=ami&org=org-2'));
    await waitFor(() => expect(server.calls.at(-1)!.variables).toMatchObject({ filter: { search: 'ami', organizationId: 'org-2' } }));
  });

  it('says when nobody matches', async () => {
    stubGraphQL({ Viewer: signedIn, DirectoryOrganizations: ORGANIZATIONS, PeopleDirectory: () => page([]) });
    renderApp('/people?q=zzz');
    expect(await screen.findByText('Nobody matches these filters.', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Name' })).toHaveValue('zzz');
  });
});
