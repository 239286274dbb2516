import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { connection, org, signedIn, stubGraphQL } from '../test/fakeServer';
import { renderApp } from '../test/render';
import { account, accountStatus, invitation, peoplePage, person } from './AdminTestData';
import { PEOPLE_PAGE_SIZE } from './PeoplePage';

const PATH = '/organizations/org-1/people';
// The add-person form lists every time zone, so role queries over the page are slow in jsdom.
const FIRST_LOAD = { timeout: 5000 };

function card(name: string) {
  return screen.getByRole('listitem', { name });
}

function panel(name: string) {
  return screen.getByRole('region', { name: `Account of ${name}` });
}

describe('PeoplePage', () => {
  it('lists the organization’s people with their role, contact details and account status', async () => {
    const server = stubGraphQL({
      Viewer: signedIn,
      OrganizationPeople: () =>
        peoplePage([
          person(1, { name: 'Amina Coordinator', email: 'amina@example.org', memberships: [{ id: 'm1', role: 'COORDINATOR', organization: { id: 'org-1' } }] }),
          person(2, {
            name: 'Baraka Observer',
            phones: [{ e164: '+254712345678', label: 'mobile' }],
            account: accountStatus({ invitations: [invitation({ channel: 'SMS', sentTo: '+254 ••• ••• 678' })] }),
          }),
          person(3, {
            name: 'Chidi Organizer',
            email: 'chidi@example.org',
            account: accountStatus({ account: account({ email: 'chidi@example.org', lastSignInAt: '2026-03-03T08:00:00Z', twoFactorEnabled: true }) }),
          }),
          person(4, { name: 'Dana Partner', account: null }),
        ]),
    });
    renderApp(PATH);

    expect(await screen.findByRole('heading', { level: 1, name: 'People of Citizens Watch Kenya' }, FIRST_LOAD)).toBeInTheDocument();
    expect(screen.getByText('Showing 4 of 4 people')).toBeInTheDocument();
    expect(server.callsFor('OrganizationPeople')[0]!.variables).toMatchObject({ organizationId: 'org-1', first: PEOPLE_PAGE_SIZE, after: null, search: null });

    // No account: invite, by email only (no phone on file).
    const amina = within(card('Amina Coordinator'));
    expect(amina.getByText('Coordinator')).toBeInTheDocument();
    expect(amina.getByText('amina@example.org')).toBeInTheDocument();
    expect(within(panel('Amina Coordinator')).getByText('No account')).toBeInTheDocument();
    expect(within(panel('Amina Coordinator')).getByRole('radio', { name: 'Email' })).toBeChecked();
    expect(within(panel('Amina Coordinator')).getByRole('radio', { name: 'SMS' })).toBeDisabled();
    expect(within(panel('Amina Coordinator')).getByRole('button', { name: 'Invite' })).toBeEnabled();

    // Pending invitation: where it went (partly hidden), and a way to revoke it.
    const baraka = within(panel('Baraka Observer'));
    expect(baraka.getByText('+254 ••• ••• 678')).toBeInTheDocument();
    expect(baraka.getByText(/Invited by SMS to/)).toHaveTextContent('by Ada Admin');
    expect(baraka.getByRole('button', { name: 'Revoke' })).toBeInTheDocument();
    expect(baraka.getByRole('radio', { name: 'SMS' })).toBeChecked();
    expect(baraka.getByRole('radio', { name: 'Email' })).toBeDisabled();
    expect(baraka.getByRole('button', { name: 'Invite again' })).toBeInTheDocument();

    // An account: its state, without secrets, and deactivation.
    const chidi = within(panel('Chidi Organizer'));
    expect(chidi.getByText('Has an account')).toBeInTheDocument();
    expect(chidi.getByText('Active')).toBeInTheDocument();
    expect(chidi.getByText('On')).toBeInTheDocument();
    expect(chidi.getByRole('button', { name: 'Deactivate…' })).toBeInTheDocument();
    expect(chidi.queryByRole('button', { name: 'Invite' })).not.toBeInTheDocument();

    // account: null means the viewer may not invite this person: no panel at all.
    expect(within(card('Dana Partner')).queryByRole('region')).not.toBeInTheDocument();
  });

  it('keeps both channels open when no contact details are visible, letting the server choose', async () => {
    const server = stubGraphQL({
      Viewer: signedIn,
      OrganizationPeople: () => peoplePage([person(1, { name: 'Hidden Details' })]),
      InviteToAccount: () => ({ data: { inviteToAccount: { invitation: null, errors: [{ field: 'channel', code: 'no_address', message: 'Hidden Details has no email address or phone number.' }] } } }),
      PersonAccount: () => ({ data: { person: { id: 'person-1', account: accountStatus() } } }),
    });
    const user = userEvent.setup();
    renderApp(PATH);
    const box = within(await screen.findByRole('region', { name: 'Account of Hidden Details' }, FIRST_LOAD));
    expect(box.getByRole('radio', { name: 'Email' })).toBeEnabled();
    expect(box.getByRole('radio', { name: 'SMS' })).toBeEnabled();
    expect(box.getByRole('radio', { name: 'Email' })).not.toBeChecked();

    await user.click(box.getByRole('button', { name: 'Invite' }));
    expect(await box.findByRole('alert')).toHaveTextContent('Hidden Details has no email address or phone number.');
    expect(server.callsFor('InviteToAccount')[0]!.variables).toEqual({ personId: 'person-1', channel: null });
  });

  it('invites by the chosen channel and shows the pending invitation', async () => {
    let status = accountStatus();
    const server = stubGraphQL({
      Viewer: signedIn,
      OrganizationPeople: () =>
        peoplePage([person(1, { name: 'Nadia Organizer', email: 'nadia@example.org', phones: [{ e164: '+32470123456', label: null }] })]),
      InviteToAccount: (variables) => {
        status = accountStatus({ invitations: [invitation({ channel: variables.channel, sentTo: '+32 ••• •• •• 56' })] });
        return { data: { inviteToAccount: { invitation: { id: 'inv-1', channel: variables.channel, sentTo: '+32 ••• •• •• 56', status: 'PENDING' }, errors: [] } } };
      },
      PersonAccount: () => ({ data: { person: { id: 'person-1', account: status } } }),
    });
    const user = userEvent.setup();
    renderApp(PATH);
    const box = within(await screen.findByRole('region', { name: 'Account of Nadia Organizer' }, FIRST_LOAD));

    expect(box.getByRole('radio', { name: 'Email' })).toBeChecked();
    await user.click(box.getByRole('radio', { name: 'SMS' }));
    await user.click(box.getByRole('button', { name: 'Invite' }));

    expect(await box.findByText('Invitation sent by SMS to +32 ••• •• •• 56.')).toBeInTheDocument();
    expect(box.getByRole('button', { name: 'Revoke' })).toBeInTheDocument();
    expect(box.getByRole('button', { name: 'Invite again' })).toBeInTheDocument();
    expect(server.callsFor('InviteToAccount')[0]!.variables).toEqual({ personId: 'person-1', channel: 'SMS' });
    expect(server.callsFor('PersonAccount')[0]!.variables).toEqual({ id: 'person-1' });
  });

  it('revokes a pending invitation', async () => {
    let status = accountStatus({ invitations: [invitation()] });
    const server = stubGraphQL({
      Viewer: signedIn,
      OrganizationPeople: () => peoplePage([person(1, { name: 'Nadia Organizer', email: 'nadia@example.org', account: status })]),
      RevokeAccountInvitation: () => {
        status = accountStatus({ invitations: [invitation({ status: 'REVOKED', revokedAt: '2026-03-02T10:00:00Z' })] });
        return { data: { revokeAccountInvitation: { invitation: { id: 'inv-1', status: 'REVOKED' }, errors: [] } } };
      },
      PersonAccount: () => ({ data: { person: { id: 'person-1', account: status } } }),
    });
    const user = userEvent.setup();
    renderApp(PATH);
    const box = within(await screen.findByRole('region', { name: 'Account of Nadia Organizer' }, FIRST_LOAD));

    await user.click(box.getByRole('button', { name: 'Revoke' }));

    expect(await box.findByText('The invitation is revoked; its link no longer works.')).toBeInTheDocument();
    expect(box.queryByRole('button', { name: 'Revoke' })).not.toBeInTheDocument();
    expect(box.getByRole('button', { name: 'Invite' })).toBeInTheDocument();
    expect(box.getByText('Earlier invitations (1)')).toBeInTheDocument();
    expect(box.getByText('Revoked')).toBeInTheDocument();
    expect(server.callsFor('RevokeAccountInvitation')[0]!.variables).toEqual({ id: 'inv-1' });
  });

  it('deactivates an account only after confirming, and shows the server’s refusal', async () => {
    let status = accountStatus({ account: account() });
    let refuse = true;
    const server = stubGraphQL({
      Viewer: signedIn,
      OrganizationPeople: () => peoplePage([person(1, { name: 'Nadia Organizer', email: 'nadia@example.org', account: status })]),
      DeactivateAccount: () => {
        if (refuse) {
          return { data: { deactivateAccount: { account: null, errors: [{ field: 'userId', code: 'self', message: 'You cannot deactivate your own account.' }] } } };
        }
        status = accountStatus({ account: account({ active: false }) });
        return { data: { deactivateAccount: { account: account({ active: false }), errors: [] } } };
      },
      ReactivateAccount: () => {
        status = accountStatus({ account: account({ active: true }) });
        return { data: { reactivateAccount: { account: account(), errors: [] } } };
      },
      PersonAccount: () => ({ data: { person: { id: 'person-1', account: status } } }),
    });
    const user = userEvent.setup();
    renderApp(PATH);
    const box = within(await screen.findByRole('region', { name: 'Account of Nadia Organizer' }, FIRST_LOAD));

    await user.click(box.getByRole('button', { name: 'Deactivate…' }));
    expect(box.getByText('Deactivate Nadia Organizer’s account? They are signed out everywhere at once.')).toBeInTheDocument();
    await user.click(box.getByRole('button', { name: 'Cancel' }));
    expect(server.callsFor('DeactivateAccount')).toHaveLength(0);

    await user.click(box.getByRole('button', { name: 'Deactivate…' }));
    await user.click(box.getByRole('button', { name: 'Yes, deactivate' }));
    expect(await box.findByRole('alert')).toHaveTextContent('You cannot deactivate your own account.');

    refuse = false;
    await user.click(box.getByRole('button', { name: 'Deactivate…' }));
    await user.click(box.getByRole('button', { name: 'Yes, deactivate' }));
    expect(await box.findByText('Deactivated')).toBeInTheDocument();
    expect(box.getByText('Nadia Organizer’s account is deactivated; every session has ended.')).toBeInTheDocument();
    expect(server.callsFor('DeactivateAccount')[1]!.variables).toEqual({ userId: 'user-7' });

    await user.click(box.getByRole('button', { name: 'Reactivate…' }));
    await user.click(box.getByRole('button', { name: 'Yes, reactivate' }));
    expect(await box.findByText('Active')).toBeInTheDocument();
    expect(server.callsFor('ReactivateAccount')[0]!.variables).toEqual({ userId: 'user-7' });
  });

  it('adds a person with a role, email and phones, then reads the list again', async () => {
    let people = [person(1, { name: 'Amina Coordinator' })];
    const server = stubGraphQL({
      Viewer: signedIn,
      OrganizationPeople: () => peoplePage(people),
      CreatePerson: (variables) => {
        const input = variables.input as { name: string };
        people = [...people, person(2, { name: input.name, email: 'nadia@example.org' })];
        return { data: { createPerson: { person: { id: 'person-2', name: input.name }, errors: [] } } };
      },
    });
    const user = userEvent.setup();
    renderApp(PATH);
    await screen.findByText('Amina Coordinator', {}, FIRST_LOAD);

    await user.type(screen.getByLabelText('Name'), 'Nadia Organizer');
    await user.selectOptions(screen.getByLabelText('Role'), 'Organizer');
    await user.type(screen.getByRole('textbox', { name: 'Email' }), 'nadia@example.org');
    await user.type(screen.getByLabelText('Phone'), '+32 470 12 34 56');
    await user.click(screen.getByRole('button', { name: 'Add another phone' }));
    await user.type(screen.getByLabelText('Phone 2'), '0712 345 678');
    await user.selectOptions(screen.getByLabelText('Language'), 'fr');
    await user.selectOptions(screen.getByLabelText('Time zone'), 'Europe/Brussels');
    await user.click(screen.getByRole('button', { name: 'Add person' }));

    expect(await screen.findByText('Nadia Organizer was added.')).toBeInTheDocument();
    expect(await screen.findByRole('listitem', { name: 'Nadia Organizer' })).toBeInTheDocument();
    expect(server.callsFor('CreatePerson')[0]!.variables).toEqual({
      input: {
        organizationId: 'org-1',
        role: 'ORGANIZER',
        name: 'Nadia Organizer',
        email: 'nadia@example.org',
        phones: [{ number: '+32 470 12 34 56' }, { number: '0712 345 678' }],
        preferredLanguage: 'fr',
        timeZone: 'Europe/Brussels',
      },
    });
    expect(server.callsFor('OrganizationPeople')).toHaveLength(2);
    // The form is empty again for the next person; the role stays.
    expect(screen.getByLabelText('Name')).toHaveValue('');
    expect(screen.getByLabelText('Role')).toHaveValue('ORGANIZER');
  });

  it('shows field errors next to their inputs, and asks for a name before sending anything', async () => {
    const server = stubGraphQL({
      Viewer: signedIn,
      OrganizationPeople: () => peoplePage([]),
      CreatePerson: () => ({
        data: {
          createPerson: {
            person: null,
            errors: [
              { field: 'email', code: 'invalid', message: 'Enter an email address like name@example.org.' },
              { field: 'phones.0.number', code: 'invalid', message: "'12' is not a phone number." },
            ],
          },
        },
      }),
    });
    const user = userEvent.setup();
    renderApp(PATH);
    expect(await screen.findByText('No people to show in this organization.', {}, FIRST_LOAD)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Add person' }));
    expect(screen.getByText('Enter the person’s name.')).toBeInTheDocument();
    expect(screen.getByLabelText('Name')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Name')).toHaveFocus();
    expect(server.callsFor('CreatePerson')).toHaveLength(0);

    await user.type(screen.getByLabelText('Name'), 'Nadia');
    await user.type(screen.getByRole('textbox', { name: 'Email' }), 'nadia');
    await user.type(screen.getByLabelText('Phone'), '12');
    await user.click(screen.getByRole('button', { name: 'Add person' }));

    expect(await screen.findByText('Enter an email address like name@example.org.')).toBeInTheDocument();
    const email = screen.getByRole('textbox', { name: 'Email' });
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveFocus();
    expect(screen.getByLabelText('Phone')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText("'12' is not a phone number.")).toBeInTheDocument();
    expect(screen.getByLabelText('Name')).not.toHaveAttribute('aria-invalid');
  });

  it('shows the server’s words when it refuses to add someone (an admin, by a non-admin)', async () => {
    stubGraphQL({
      Viewer: signedIn,
      OrganizationPeople: () => peoplePage([]),
      CreatePerson: () => ({ data: null, errors: [{ message: 'Only an organization’s admins may appoint admins.', extensions: { code: 'FORBIDDEN' } }] }),
    });
    const user = userEvent.setup();
    renderApp(PATH);
    await screen.findByText('No people to show in this organization.', {}, FIRST_LOAD);
    await user.type(screen.getByLabelText('Name'), 'Nadia');
    await user.selectOptions(screen.getByLabelText('Role'), 'Admin');
    await user.click(screen.getByRole('button', { name: 'Add person' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Only an organization’s admins may appoint admins.');
  });

  it('searches and loads more people page by page', async () => {
    const first = Array.from({ length: PEOPLE_PAGE_SIZE }, (_, i) => person(i + 1, { account: null }));
    const server = stubGraphQL({
      Viewer: signedIn,
      OrganizationPeople: (variables) => {
        if (variables.search === 'zed') return peoplePage([person(99, { name: 'Zed Observer', account: null })]);
        return variables.after == null
          ? peoplePage(first, { hasNextPage: true, endCursor: 'c50', totalCount: PEOPLE_PAGE_SIZE + 1 })
          : peoplePage([person(51, { name: 'Person 51', account: null })], { totalCount: PEOPLE_PAGE_SIZE + 1 });
      },
    });
    const user = userEvent.setup();
    renderApp(PATH);
    await screen.findByText('Person 1', {}, FIRST_LOAD);
    expect(screen.getByText('1 more')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByText('Person 51')).toBeInTheDocument();
    expect(server.callsFor('OrganizationPeople')[1]!.variables).toMatchObject({ after: 'c50' });
    expect(screen.getByRole('heading', { level: 2, name: 'Person 51' })).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();

    await user.type(screen.getByRole('searchbox', { name: 'Search people' }), 'zed');
    expect(await screen.findByText('Zed Observer')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText('Person 1')).not.toBeInTheDocument());
    expect(server.callsFor('OrganizationPeople').at(-1)!.variables).toMatchObject({ after: null, search: 'zed' });
  });

  it('answers a hidden or missing organization the same way', async () => {
    stubGraphQL({
      Viewer: signedIn,
      OrganizationPeople: () => ({ data: null, errors: [{ message: 'No such organization.', extensions: { code: 'NOT_FOUND' } }] }),
    });
    renderApp('/organizations/org-404/people');
    expect(await screen.findByRole('alert')).toHaveTextContent('There is no such organization, or you may not see it.');
  });

  it('is reached from each organization on the organizations page', async () => {
    stubGraphQL({
      Viewer: signedIn,
      Organizations: () => connection([org(1, { name: 'Citizens Watch Kenya' })]),
      OrganizationPeople: () => peoplePage([]),
    });
    const user = userEvent.setup();
    const app = renderApp('/organizations');
    await user.click(await screen.findByRole('link', { name: 'People of Citizens Watch Kenya' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'People of Citizens Watch Kenya' }, FIRST_LOAD)).toBeInTheDocument();
    expect(app.location()).toBe('/organizations/org-1/people');
  });
});
