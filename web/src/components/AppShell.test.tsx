import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { connection, org, signedIn, stubGraphQL } from '../test/fakeServer';
import { renderApp } from '../test/render';

describe('AppShell', () => {
  it('has landmarks, a skip link, navigation and the signed-in user', async () => {
    stubGraphQL({ Viewer: signedIn, Organizations: () => connection([org(1)]) });
    const app = renderApp('/organizations');

    expect(await screen.findByRole('heading', { level: 1, name: 'Organizations' })).toBeInTheDocument();
    expect(app.location()).toBe('/organizations');
    expect(screen.getByRole('banner')).toHaveTextContent('Pluralis');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveAttribute('href', '#main');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(screen.getByRole('link', { name: 'Organizations' })).toHaveAttribute('aria-current', 'page');
    expect(nav).toContainElement(screen.getByRole('link', { name: 'Organizations' }));
    expect(screen.getByText('Ada Admin')).toBeInTheDocument();
  });

  it('signs out and returns to the sign-in page', async () => {
    const server = stubGraphQL({
      Viewer: signedIn,
      Organizations: () => connection([org(1)]),
      SignOut: () => ({ data: { signOut: { ok: true } } }),
    });
    const user = userEvent.setup();
    const app = renderApp('/organizations');
    await user.click(await screen.findByRole('button', { name: 'Sign out' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(app.location()).toBe('/sign-in');
    expect(server.callsFor('SignOut')).toHaveLength(1);
  });

  it('leads to every section, in order, and marks the current one', async () => {
    stubGraphQL({ Viewer: signedIn, Organizations: () => connection([org(1)]) });
    renderApp('/organizations');
    const nav = within(await screen.findByRole('navigation', { name: 'Main' }));
    await screen.findByRole('heading', { level: 1, name: 'Organizations' });
    const links = nav.getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')]);
    expect(links).toEqual([
      ['Calendar', '/events'],
      ['People', '/people'],
      ['Organizations', '/organizations'],
      ['Missions', '/missions'],
      ['Calendar feeds', '/feeds'],
      ['Requests', '/requests'],
    ]);
    expect(nav.getByRole('link', { name: 'Organizations' })).toHaveAttribute('aria-current', 'page');
    expect(nav.getByRole('link', { name: 'Calendar' })).not.toHaveAttribute('aria-current');
    // The account sits beside the navigation; the brand leads home.
    expect(screen.getByRole('link', { name: /^Your account:\s*Ada Admin$/ })).toHaveAttribute('href', '/account');
    expect(within(screen.getByRole('banner')).getByRole('link', { name: 'Pluralis' })).toHaveAttribute('href', '/');
  });

  it('marks the account link current on the account page', async () => {
    stubGraphQL({ Viewer: signedIn, AccountSettings: () => ({ data: null, errors: [{ message: 'x' }] }) });
    renderApp('/account');
    expect(await screen.findByRole('link', { name: /^Your account:\s*Ada Admin$/ })).toHaveAttribute('aria-current', 'page');
  });

  it('shows a not-found page inside the shell for unknown paths', async () => {
    stubGraphQL({ Viewer: signedIn });
    renderApp('/nope');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });
});
