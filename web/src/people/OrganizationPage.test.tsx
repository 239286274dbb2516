import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { signedIn, stubGraphQL } from '../test/fakeServer';
import { renderApp } from '../test/render';
import { ALL_CAN, event, member, organizationPage } from './testData';

describe('OrganizationPage', () => {
  it('shows what the organization is, its upcoming events and its calendar feed', async () => {
    const server = stubGraphQL({
      Viewer: signedIn,
      OrganizationPage: () =>
        organizationPage({}, [event(1, { title: 'Election-day briefing' }), event(2, { title: 'Partners meeting', visibility: 'INVITE_ONLY', status: 'POSTPONED' })]),
    });
    renderApp('/organizations/org-1');

    expect(await screen.findByRole('heading', { level: 1, name: 'Citizens Watch Kenya' }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByText('Member organization')).toBeInTheDocument();
    expect(screen.getByText('Kenya')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Pluralis Network Secretariat' })).toHaveAttribute('href', '/organizations/org-0');
    // Upcoming events of this organization only, from now on.
    const variables = server.callsFor('OrganizationPage')[0]!.variables as { id: string; events: { organizationId: string; endsAfter: string } };
    expect(variables.id).toBe('org-1');
    expect(variables.events.organizationId).toBe('org-1');
    expect(Number.isNaN(Date.parse(variables.events.endsAfter))).toBe(false);
    const events = within(screen.getByRole('region', { name: 'Upcoming events' }));
    expect(events.getByRole('link', { name: 'Election-day briefing' })).toHaveAttribute('href', '/events/e1');
    expect(events.getByText('Invite only')).toBeInTheDocument();
    expect(events.getByText('Postponed')).toBeInTheDocument();
    // The feed: subscribe links and the address with a copy button.
    const feed = within(screen.getByRole('region', { name: 'Calendar feed' }));
    expect(feed.getByRole('textbox', { name: 'Feed address' })).toHaveValue('https://pluralis.example/feeds/organizations/org-1.ics');
    expect(feed.getByRole('button', { name: /Copy/ })).toBeInTheDocument();
  });

  it('hides members and admin actions from someone who may not see them', async () => {
    stubGraphQL({ Viewer: signedIn, OrganizationPage: () => organizationPage() });
    renderApp('/organizations/org-1');

    const members = within(await screen.findByRole('region', { name: 'Members' }));
    expect(members.getByText(/Only the organization’s admins, organizers and coordinators see who its members are/)).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: /Manage/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'API tokens' })).not.toBeInTheDocument();
    expect(screen.queryByText(/@/)).not.toBeInTheDocument();
    expect(screen.getByText('No upcoming events that you may see.')).toBeInTheDocument();
  });

  it('lists members with the contact details the server gives, and lets an admin remove one after confirming', async () => {
    const server = stubGraphQL({
      Viewer: signedIn,
      OrganizationPage: () =>
        organizationPage({
          viewerCan: ALL_CAN,
          members: [
            member(1, 'Amina Coordinator', { role: 'COORDINATOR', person: { id: 'p1', name: 'Amina Coordinator', email: 'amina@example.org', phones: [{ e164: '+254712000001', label: 'mobile' }] } }),
            member(2, 'Baraka Observer'),
          ],
        }),
      RemoveMembership: () => ({ data: { removeMembership: { ok: true } } }),
    });
    const user = userEvent.setup();
    renderApp('/organizations/org-1');

    const amina = within(await screen.findByRole('listitem', { name: 'Amina Coordinator' }));
    expect(amina.getByRole('link', { name: 'Amina Coordinator' })).toHaveAttribute('href', '/people/p1');
    expect(amina.getByText('Coordinator')).toBeInTheDocument();
    expect(amina.getByRole('link', { name: 'amina@example.org' })).toHaveAttribute('href', 'mailto:amina@example.org');
    expect(amina.getByText('+254712000001')).toBeInTheDocument();
    // No contact details sent: none shown.
    expect(within(screen.getByRole('listitem', { name: 'Baraka Observer' })).queryByText('Email')).not.toBeInTheDocument();

    const manage = within(screen.getByRole('navigation', { name: 'Manage Citizens Watch Kenya' }));
    expect(manage.getByRole('link', { name: 'API tokens' })).toHaveAttribute('href', '/organizations/org-1/tokens');
    expect(manage.getByRole('link', { name: 'Requests' })).toHaveAttribute('href', '/requests');

    await user.click(screen.getByRole('button', { name: 'Remove Baraka Observer' }));
    expect(server.callsFor('RemoveMembership')).toHaveLength(0);
    expect(screen.getByText('Remove Baraka Observer from Citizens Watch Kenya?')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Yes, remove' }));
    expect(await screen.findByText('Baraka Observer is no longer a member.')).toBeInTheDocument();
    expect(server.callsFor('RemoveMembership')[0]!.variables).toEqual({ id: 'm2' });
  });

  it('asks someone to join by email and says the same whoever has the address', async () => {
    const server = stubGraphQL({
      Viewer: signedIn,
      OrganizationPage: () => organizationPage({ viewerCan: ALL_CAN }),
      RequestMembershipByEmail: () => ({ data: { requestMembershipByEmail: { ok: true, errors: [] } } }),
    });
    const user = userEvent.setup();
    renderApp('/organizations/org-1');

    await user.selectOptions(await screen.findByRole('combobox', { name: 'Role in Citizens Watch Kenya' }), 'COORDINATOR');
    await user.type(screen.getByRole('textbox', { name: 'Or ask by email' }), 'new@example.org');
    await user.click(screen.getByRole('button', { name: 'Send request' }));
    expect(await screen.findByText(/Whoever signs in with new@example.org will see the request/)).toBeInTheDocument();
    expect(server.callsFor('RequestMembershipByEmail')[0]!.variables).toEqual({ organizationId: 'org-1', email: 'new@example.org', role: 'COORDINATOR' });
  });

  it('adds a person found by name; someone not yet managed is asked first', async () => {
    const server = stubGraphQL({
      Viewer: signedIn,
      OrganizationPage: () => organizationPage({ viewerCan: ALL_CAN }),
      PeopleSearch: () => ({ data: { people: { nodes: [{ id: 'p7', name: 'Kofi Mensah' }] } } }),
      AddMembership: () => ({ data: { addMembership: { membership: null, request: { id: 'r1' }, errors: [] } } }),
    });
    const user = userEvent.setup();
    renderApp('/organizations/org-1');

    await user.type(await screen.findByRole('searchbox', { name: 'Find a person you know in the network' }, { timeout: 5000 }), 'Kofi');
    await user.click(await screen.findByRole('button', { name: 'Add Kofi Mensah' }));
    expect(await screen.findByText(/Kofi Mensah was asked to join as observer/)).toBeInTheDocument();
    expect(server.callsFor('AddMembership')[0]!.variables).toEqual({ organizationId: 'org-1', personId: 'p7', role: 'OBSERVER' });
  });

  it('says plainly when the organization does not exist or is hidden', async () => {
    stubGraphQL({
      Viewer: signedIn,
      OrganizationPage: () => ({ data: null, errors: [{ message: 'No such organization.', extensions: { code: 'NOT_FOUND' } }] }),
    });
    renderApp('/organizations/org-9');
    expect(await screen.findByRole('alert')).toHaveTextContent('There is no such organization, or you may not see it.');
  });
});
