import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { signedIn, stubGraphQL } from '../test/fakeServer';
import { renderApp } from '../test/render';
import { missionResponse, observer, observerPage } from './MissionsTestData';
import { ROSTER_PAGE_SIZE } from './ObserversPage';

// The whole app renders for each test; on a busy machine the first page can take a while.
configure({ asyncUtilTimeout: 5000 });

const PATH = '/missions/mission-1/observers';

describe('ObserversPage', () => {
  it('lists observers with code, name, phones, kind, language and deployments for a coordinator', async () => {
    const server = stubGraphQL({
      Viewer: signedIn,
      Mission: missionResponse(),
      MissionObservers: () =>
        observerPage([observer(1, { phones: ['+233200000001', '+233240000001'], kind: 'LONG_TERM', language: 'fr', deploymentCount: 2 }), observer(2, { phones: [] })], {
          totalCount: 2,
        }),
    });
    renderApp(PATH);
    const table = await screen.findByRole('table', { name: 'Observers' });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('1000011Abena Observer 1+233200000001, +233240000001Long-termFrançais (French)2');
    expect(rows[2]).toHaveTextContent('1000022Abena Observer 2—Short-termEnglish1');
    expect(screen.getByText('Showing 2 of 2 observers')).toBeInTheDocument();
    expect(server.callsFor('MissionObservers')[0]!.variables).toEqual({ missionId: 'mission-1', search: null, first: ROSTER_PAGE_SIZE, after: null });
  });

  it('says "hidden" where the server withholds names and phones (analysts, partners)', async () => {
    stubGraphQL({
      Viewer: signedIn,
      Mission: missionResponse({ myRole: 'PARTNER_VIEWER' }),
      MissionObservers: () => observerPage([observer(1, { name: null, phones: null })]),
    });
    renderApp(PATH);
    const table = await screen.findByRole('table', { name: 'Observers' });
    const cells = within(within(table).getAllByRole('row')[1]!).getAllByRole('cell');
    expect(cells[0]).toHaveTextContent('hidden');
    expect(cells[1]).toHaveTextContent('hidden');
    expect(document.body).not.toHaveTextContent('Abena');
    expect(document.body).not.toHaveTextContent('+233');
  });

  it('searches and loads more pages', async () => {
    const server = stubGraphQL({
      Viewer: signedIn,
      Mission: missionResponse(),
      MissionObservers: (variables) => {
        if (variables.search) return observerPage([observer(7)], { totalCount: 1 });
        if (variables.after) return observerPage([observer(3)], { totalCount: 3 });
        return observerPage([observer(1), observer(2)], { totalCount: 3, hasNextPage: true, endCursor: 'c2' });
      },
    });
    const user = userEvent.setup();
    renderApp(PATH);
    expect(await screen.findByText('Showing 2 of 3 observers')).toBeInTheDocument();
    expect(screen.getByText('1 more')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByText('Showing 3 of 3 observers')).toBeInTheDocument();
    expect(server.callsFor('MissionObservers')[1]!.variables).toMatchObject({ after: 'c2' });

    await user.type(screen.getByRole('searchbox', { name: 'Search observers' }), 'Abena 7');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    await waitFor(() => expect(screen.getByText('Showing 1 of 1 observer')).toBeInTheDocument());
    expect(screen.getByText('Abena Observer 7')).toBeInTheDocument();
    expect(server.callsFor('MissionObservers')[2]!.variables).toMatchObject({ search: 'Abena 7', after: null });
  });
});
