import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { signedIn, signedOut, stubGraphQL } from '../test/fakeServer';
import { renderApp } from '../test/render';

describe('NotFoundPage', () => {
  it('shows a visitor a real page in the public shell, not the sign-in card, with links home and to the calendar', async () => {
    stubGraphQL({ Viewer: signedOut, HomeEvents: () => ({ data: { events: { nodes: [] } } }) });
    const user = userEvent.setup();
    const app = renderApp('/no/such/page');

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(app.location()).toBe('/no/such/page');
    expect(document.title).toBe('Page not found · Pluralis');
    expect(screen.queryByLabelText('Password')).not.toBeInTheDocument();
    // The public header: its way in returns here.
    expect(within(screen.getByRole('banner')).getByRole('link', { name: 'Sign in' })).toHaveAttribute(
      'href',
      '/sign-in?next=%2Fno%2Fsuch%2Fpage',
    );
    const main = within(screen.getByRole('main'));
    expect(main.getByRole('link', { name: 'Open the calendar' })).toHaveAttribute('href', '/events');

    await user.click(main.getByRole('link', { name: 'Go to the home page' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Events of the network' })).toBeInTheDocument();
    expect(app.location()).toBe('/');
  });

  it('appears inside the app shell for signed-in people', async () => {
    stubGraphQL({ Viewer: signedIn, AdminNav: () => ({ data: { me: null, devMailbox: null, devSmsOutbox: null } }) });
    renderApp('/nowhere');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
  });

  it('still sends a visitor from a page that needs a session to sign in, and back there afterwards', async () => {
    stubGraphQL({ Viewer: signedOut });
    const app = renderApp('/missions/m-1?tab=forms');
    expect(await screen.findByLabelText('Email')).toBeInTheDocument();
    expect(app.location()).toBe('/sign-in?next=%2Fmissions%2Fm-1%3Ftab%3Dforms');
  });
});
