import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { signedIn, stubGraphQL } from '../test/fakeServer';
import { renderApp } from '../test/render';

function personPage(overrides: Record<string, unknown> = {}) {
  return {
    data: {
      person: {
        id: 'p1',
        name: 'Amina Coordinator',
        email: null,
        preferredLanguage: 'sw',
        timeZone: 'Africa/Nairobi',
        phones: [],
        viewerCan: { edit: false, editContact: false },
        memberships: [{ id: 'm1', role: 'COORDINATOR', createdAt: '2026-03-01T08:00:00Z', organization: { id: 'org-1', name: 'Citizens Watch Kenya', kind: 'MEMBER' } }],
        ...overrides,
      },
    },
  };
}

describe('PersonPage', () => {
  it('shows memberships and no contact details or edit button to someone who may not have them', async () => {
    stubGraphQL({ Viewer: signedIn, PersonPage: () => personPage() });
    renderApp('/people/p1');

    expect(await screen.findByRole('heading', { level: 1, name: 'Amina Coordinator' }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByText('Kiswahili (Swahili)')).toBeInTheDocument();
    const orgs = within(screen.getByRole('region', { name: 'Organizations' }));
    expect(orgs.getByRole('link', { name: 'Citizens Watch Kenya' })).toHaveAttribute('href', '/organizations/org-1');
    expect(orgs.getByText('Coordinator')).toBeInTheDocument();
    expect(screen.getByText('Contact details are shown only to those who need them.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit details' })).not.toBeInTheDocument();
  });

  it('lets an organizer fix the name but sends no contact details they may not change', async () => {
    const server = stubGraphQL({
      Viewer: signedIn,
      PersonPage: () => personPage({ viewerCan: { edit: true, editContact: false } }),
      UpdatePersonDetails: () => ({ data: { updatePerson: { person: null, errors: [] } } }),
    });
    const user = userEvent.setup();
    renderApp('/people/p1');

    await user.click(await screen.findByRole('button', { name: 'Edit details' }, { timeout: 5000 }));
    expect(screen.queryByRole('textbox', { name: 'Email' })).not.toBeInTheDocument();
    const name = screen.getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'Amina K. Coordinator');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved.')).toBeInTheDocument();
    expect(server.callsFor('UpdatePersonDetails')[0]!.variables).toEqual({
      id: 'p1',
      input: { name: 'Amina K. Coordinator', preferredLanguage: 'sw', timeZone: 'Africa/Nairobi' },
    });
  });

  it('shows the server’s field errors next to the field', async () => {
    stubGraphQL({
      Viewer: signedIn,
      PersonPage: () => personPage({ email: 'amina@example.org', viewerCan: { edit: true, editContact: true } }),
      UpdatePersonDetails: () => ({
        data: { updatePerson: { person: null, errors: [{ field: 'email', code: 'invalid', message: 'Enter an email address like name@example.org.' }] } },
      }),
    });
    const user = userEvent.setup();
    renderApp('/people/p1');

    await user.click(await screen.findByRole('button', { name: 'Edit details' }, { timeout: 5000 }));
    const email = screen.getByRole('textbox', { name: 'Email' });
    expect(email).toHaveValue('amina@example.org');
    await user.clear(email);
    await user.type(email, 'nope');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Enter an email address like name@example.org.')).toBeInTheDocument();
    expect(email).toHaveAttribute('aria-invalid', 'true');
  });

  it('lets a coordinator change phone numbers, sending them only when they changed', async () => {
    const server = stubGraphQL({
      Viewer: signedIn,
      PersonPage: () =>
        personPage({ email: 'amina@example.org', phones: [{ e164: '+254712000001', label: 'mobile' }], viewerCan: { edit: true, editContact: true } }),
      UpdatePersonDetails: () => ({
        data: { updatePerson: { person: null, errors: [{ field: 'phones.1.number', code: 'invalid_phone', message: 'This is not a phone number.' }] } },
      }),
    });
    const user = userEvent.setup();
    renderApp('/people/p1');

    await user.click(await screen.findByRole('button', { name: 'Edit details' }, { timeout: 5000 }));
    expect(screen.getByRole('textbox', { name: 'Phone 1' })).toHaveValue('+254712000001');
    expect(screen.getByRole('textbox', { name: 'Label of phone 1' })).toHaveValue('mobile');
    await user.click(screen.getByRole('button', { name: 'Add a phone' }));
    await user.type(screen.getByRole('textbox', { name: 'Phone 2' }), '12');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('This is not a phone number.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Phone 2' })).toHaveAttribute('aria-invalid', 'true');
    expect(server.callsFor('UpdatePersonDetails')[0]!.variables).toMatchObject({
      input: { phones: [{ number: '+254712000001', label: 'mobile' }, { number: '12', label: null }] },
    });
  });

  it('treats a malformed id in the address like a missing person', async () => {
    stubGraphQL({
      Viewer: signedIn,
      PersonPage: () => ({ data: null, errors: [{ message: "id: 'abc' is not a valid id.", extensions: { code: 'BAD_USER_INPUT' } }] }),
    });
    renderApp('/people/abc');
    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent('There is no such person, or you may not see them.');
  });

  it('answers a hidden person like a missing one', async () => {
    stubGraphQL({ Viewer: signedIn, PersonPage: () => ({ data: null, errors: [{ message: 'No such person.', extensions: { code: 'NOT_FOUND' } }] }) });
    renderApp('/people/p9');
    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toHaveTextContent('There is no such person, or you may not see them.');
  });
});
