import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { signedIn, stubGraphQL } from '../test/fakeServer';
import { renderApp } from '../test/render';
import { form, location, locationDetail, locationPage, missionResponse, observer, observerPage } from './MissionsTestData';

// The whole app renders for each test; on a busy machine the first page can take a while.
configure({ asyncUtilTimeout: 5000 });

const PATH = '/missions/mission-1/deployments';
const NR = { id: 'nr', code: 'NR', name: 'Northern Region' };
const NR01 = { id: 'nr-01', code: 'NR-01', name: 'Tamale Central' };

function tree() {
  return {
    MissionLocations: (variables: Record<string, unknown>) => {
      if (variables.search) return locationPage([location('nr-01-002', { name: 'Tamale School B', isStation: true, childCount: 0, registeredVoters: 790 })]);
      if (variables.parentId === 'nr') return locationPage([location('nr-01', { name: 'Tamale Central', childCount: 2, level: 2 })]);
      if (variables.parentId === 'nr-01')
        return locationPage([
          location('nr-01-001', { name: 'Tamale School A', isStation: true, childCount: 0, registeredVoters: 812, level: 3 }),
          location('nr-01-002', { name: 'Tamale School B', isStation: true, childCount: 0, registeredVoters: 790, level: 3 }),
        ]);
      return locationPage([location('nr', { name: 'Northern Region', childCount: 12 }), location('ue', { name: 'Upper East', childCount: 1 })]);
    },
    MissionLocation: (variables: Record<string, unknown>) => {
      if (variables.id === 'nr') return locationDetail('nr', [], { name: 'Northern Region' });
      if (variables.id === 'nr-01') return locationDetail('nr-01', [NR], { name: 'Tamale Central' });
      return locationDetail(String(variables.id), [NR, NR01], { name: 'Tamale School A', code: 'NR-01-001', isStation: true, registeredVoters: 812 });
    },
  };
}

function deployment(n: number, overrides: Record<string, unknown> = {}) {
  return {
    id: `dep-${n}`,
    observer: { id: `member-${n}`, code: `100000${n}`, name: `Abena Observer ${n}` },
    location: { id: 'nr-01-001', code: 'NR-01-001', name: 'Tamale School A' },
    forms: [{ id: 'form-0', code: 'OP', name: 'Opening' }],
    ...overrides,
  };
}

describe('DeploymentsPage', { timeout: 20_000 }, () => {
  it('drills down the location tree with breadcrumbs, and shows who is deployed at a station', async () => {
    const server = stubGraphQL({
      Viewer: signedIn,
      Mission: missionResponse(),
      ...tree(),
      MissionDeployments: () => ({ data: { missionDeployments: { totalCount: 1, pageInfo: { hasNextPage: false, endCursor: null }, nodes: [deployment(1)] } } }),
      MissionForms: () => ({ data: { missionForms: [form(0, { name: 'Opening' })] } }),
    });
    const user = userEvent.setup();
    const { location: where } = renderApp(PATH);

    const browser = within(await screen.findByRole('region', { name: 'Locations' }));
    expect(await browser.findByRole('button', { name: 'Northern Region' })).toBeInTheDocument();
    expect(browser.getByText('12 locations')).toBeInTheDocument();
    await user.click(browser.getByRole('button', { name: 'Northern Region' }));
    await user.click(await browser.findByRole('button', { name: 'Tamale Central' }));
    await waitFor(() => expect(where()).toBe('/missions/mission-1/deployments?parent=nr-01'));
    const path = within(browser.getByRole('navigation', { name: 'Location path' }));
    await waitFor(() => expect(path.getByText('Tamale Central')).toHaveAttribute('aria-current', 'location'));
    expect(path.getByRole('button', { name: 'Northern Region' })).toBeInTheDocument();

    await user.click(await browser.findByRole('button', { name: 'Tamale School A' }));
    const station = within(await screen.findByRole('region', { name: 'Tamale School A (NR-01-001)' }));
    expect(station.getByText('812 registered voters')).toBeInTheDocument();
    const item = within(await station.findByRole('listitem', { name: '1000001' }));
    expect(item.getByText('Abena Observer 1')).toBeInTheDocument();
    expect(item.getByText('OP · Opening')).toBeInTheDocument();
    expect(server.callsFor('MissionDeployments')[0]!.variables).toMatchObject({ missionId: 'mission-1', locationId: 'nr-01-001' });
    expect(where()).toBe('/missions/mission-1/deployments?parent=nr-01&station=nr-01-001');

    // Back up the tree through the breadcrumbs.
    await user.click(path.getByRole('button', { name: 'All regions' }));
    expect(await browser.findByRole('button', { name: 'Upper East' })).toBeInTheDocument();
  });

  it('finds a station by search', async () => {
    const server = stubGraphQL({ Viewer: signedIn, Mission: missionResponse(), ...tree() });
    const user = userEvent.setup();
    renderApp(PATH);
    const browser = within(await screen.findByRole('region', { name: 'Locations' }));
    await user.type(browser.getByRole('searchbox', { name: 'Find a location' }), 'Tamale S');
    await user.click(browser.getByRole('button', { name: 'Find' }));
    expect(await browser.findByRole('button', { name: 'Tamale School B' })).toBeInTheDocument();
    expect(server.callsFor('MissionLocations').at(-1)!.variables).toMatchObject({ search: 'Tamale S', parentId: null });
  });

  it('deploys an observer with the chosen forms, and removes a deployment', async () => {
    let deployed = [deployment(1)];
    const server = stubGraphQL({
      Viewer: signedIn,
      Mission: missionResponse(),
      ...tree(),
      MissionDeployments: () => ({ data: { missionDeployments: { totalCount: deployed.length, pageInfo: { hasNextPage: false, endCursor: null }, nodes: deployed } } }),
      MissionForms: () => ({ data: { missionForms: [form(0, { name: 'Opening' }), form(1, { name: 'Closing', kind: 'RESULTS' }), form(3, { name: 'Incident', kind: 'INCIDENT' })] } }),
      MissionObservers: () => observerPage([observer(2, { code: '1000002', name: 'Kofi Observer' })]),
      DeployObserver: () => {
        deployed = [...deployed, deployment(2, { observer: { id: 'member-2', code: '1000002', name: 'Kofi Observer' } })];
        return { data: { deployObserver: { deployment: { id: 'dep-2' }, errors: [] } } };
      },
      RemoveDeployment: () => {
        deployed = deployed.filter((d) => d.id !== 'dep-1');
        return { data: { removeDeployment: { ok: true, errors: [] } } };
      },
    });
    const user = userEvent.setup();
    renderApp(`${PATH}?parent=nr-01&station=nr-01-001`);
    const station = within(await screen.findByRole('region', { name: 'Tamale School A (NR-01-001)' }));
    await station.findByRole('listitem', { name: '1000001' });

    // Checklists and results forms are ticked by default; incident forms are not tied to a station.
    expect(await station.findByLabelText('OP · Opening (Checklist)')).toBeChecked();
    expect(station.getByLabelText('CL · Closing (Results)')).toBeChecked();
    expect(station.getByLabelText('IN · Incident (Incident)')).not.toBeChecked();
    await user.click(station.getByLabelText('CL · Closing (Results)'));

    await user.type(station.getByRole('searchbox', { name: 'Find an observer' }), 'Kofi');
    await user.click(station.getByRole('button', { name: 'Find' }));
    expect(await station.findByRole('option', { name: '1000002 · Kofi Observer' })).toBeInTheDocument();
    await user.click(station.getByRole('button', { name: 'Deploy' }));
    expect(await station.findByText('1000002 is deployed here.')).toBeInTheDocument();
    expect(await station.findByRole('listitem', { name: '1000002' })).toBeInTheDocument();
    expect(server.callsFor('DeployObserver')[0]!.variables).toEqual({ observerId: 'member-2', locationId: 'nr-01-001', formIds: ['form-0'] });

    await user.click(station.getByRole('button', { name: 'Remove 1000001' }));
    expect(await station.findByText('1000001 is no longer deployed here.')).toBeInTheDocument();
    await waitFor(() => expect(station.queryByRole('listitem', { name: '1000001' })).not.toBeInTheDocument());
    expect(server.callsFor('RemoveDeployment')[0]!.variables).toEqual({ id: 'dep-1' });
  });

  it('shows the server’s refusal of a deployment', async () => {
    stubGraphQL({
      Viewer: signedIn,
      Mission: missionResponse(),
      ...tree(),
      MissionDeployments: () => ({ data: { missionDeployments: { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, nodes: [] } } }),
      MissionForms: () => ({ data: { missionForms: [] } }),
      MissionObservers: () => observerPage([observer(2, { name: null, phones: null })]),
      DeployObserver: () => ({ data: { deployObserver: { deployment: null, errors: [{ field: 'locationId', code: 'not_station', message: 'Observers are deployed to polling stations.' }] } } }),
    });
    const user = userEvent.setup();
    renderApp(`${PATH}?station=nr-01-001`);
    const station = within(await screen.findByRole('region', { name: 'Tamale School A (NR-01-001)' }));
    expect(await station.findByText('No observer is deployed here yet.')).toBeInTheDocument();
    await user.click(station.getByRole('button', { name: 'Find' }));
    expect(await station.findByRole('option', { name: '1000022' })).toBeInTheDocument();
    await user.click(station.getByRole('button', { name: 'Deploy' }));
    expect(await station.findByRole('alert')).toHaveTextContent('Observers are deployed to polling stations.');
  });
});
