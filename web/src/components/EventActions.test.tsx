import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { eventDetail, viewerIn } from '../pages/EventsTestData';
import { signedIn, signedOut, stubGraphQL } from '../test/fakeServer';
import { renderApp } from '../test/render';

const noErrors = { errors: [] };

describe('EventActions on the event page', () => {
  beforeEach(() => viewerIn('Europe/Berlin'));

  it('registers the viewer and shows their seat after the server confirms it', async () => {
    let mine: unknown = null;
    const server = stubGraphQL({
      Viewer: signedIn,
      Event: () => ({ data: { event: eventDetail({ capacity: 10, seatsTaken: mine ? 1 : 0, myRegistration: mine }) } }),
      RegisterSelf: () => {
        mine = { id: 'r-1', status: 'REGISTERED', waitlistPosition: null, offerExpiresAt: null };
        return { data: { register: { registration: mine, ...noErrors } } };
      },
    });
    renderApp('/events/ev-7');

    expect(await screen.findByText('0 of 10 seats taken')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Register' }));

    expect(await screen.findByText('You are registered.')).toBeInTheDocument();
    expect(screen.getByText('1 of 10 seats taken')).toBeInTheDocument();
    expect(server.callsFor('RegisterSelf')[0]!.variables).toEqual({ eventId: 'ev-7' });
    expect(screen.getByRole('button', { name: 'Cancel my registration' })).toBeInTheDocument();
  });

  it('offers the waitlist when the event is full and shows the place in line', async () => {
    stubGraphQL({
      Viewer: signedIn,
      Event: () => ({ data: { event: eventDetail({ capacity: 2, seatsTaken: 2, waitlistCount: 3 }) } }),
    });
    renderApp('/events/ev-7');
    expect(await screen.findByText('2 of 2 seats taken · 3 waiting')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Join the waitlist' })).toBeInTheDocument();
  });

  it('lets the viewer accept an offered seat before it expires', async () => {
    let status = 'OFFERED';
    const server = stubGraphQL({
      Viewer: signedIn,
      Event: () => ({
        data: {
          event: eventDetail({
            capacity: 2,
            seatsTaken: 2,
            myRegistration: { id: 'r-9', status, waitlistPosition: null, offerExpiresAt: '2026-11-01T13:00:00+00:00' },
          }),
        },
      }),
      AcceptOffer: () => {
        status = 'REGISTERED';
        return { data: { acceptOffer: { registration: { id: 'r-9', status }, ...noErrors } } };
      },
    });
    renderApp('/events/ev-7');

    expect(await screen.findByText(/A seat is free for you\. Accept it by Sun 1 Nov 14:00 \(Berlin\)/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Accept the seat' }));
    expect(await screen.findByText('You are registered.')).toBeInTheDocument();
    expect(server.callsFor('AcceptOffer')[0]!.variables).toEqual({ id: 'r-9' });
  });

  it('shows a refusal from the server and keeps the page', async () => {
    stubGraphQL({
      Viewer: signedIn,
      Event: () => ({ data: { event: eventDetail() } }),
      RegisterSelf: () => ({
        data: {
          register: {
            registration: null,
            errors: [{ field: 'personId', message: 'Say who to register.', code: 'required' }],
          },
        },
      }),
    });
    renderApp('/events/ev-7');
    await userEvent.click(await screen.findByRole('button', { name: 'Register' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Say who to register.');
    expect(screen.getByRole('heading', { level: 1, name: 'Regional Forum on Election Observation' })).toBeInTheDocument();
  });

  it('asks anonymous visitors to sign in, and links organizers to their tools', async () => {
    stubGraphQL({ Viewer: signedOut, Event: () => ({ data: { event: eventDetail() } }) });
    const first = renderApp('/events/ev-7');
    expect(await screen.findByRole('link', { name: 'Sign in to register' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Registrations' })).not.toBeInTheDocument();
    first.unmount();

    stubGraphQL({ Viewer: signedIn, Event: () => ({ data: { event: eventDetail({ canEdit: true }) } }) });
    renderApp('/events/ev-7');
    expect(await screen.findByRole('link', { name: 'Registrations' })).toHaveAttribute('href', '/events/ev-7/registrations');
    expect(screen.getByRole('link', { name: 'Edit event and programme' })).toHaveAttribute('href', '/events/ev-7/edit');
  });
});
