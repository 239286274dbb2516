import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { eventDetail, viewerIn } from '../pages/EventsTestData';
import { signedIn, signedOut, stubGraphQL } from '../test/fakeServer';
import { renderApp } from '../test/render';

const ICS = 'https://pluralis.example/feeds/events/ev-7.ics';
const SERIES = 'https://pluralis.example/feeds/series/s-2.ics';

async function openMenu(event: Record<string, unknown>, viewer: () => unknown = signedOut) {
  stubGraphQL({ Viewer: viewer, Event: () => ({ data: { event: eventDetail(event) } }) });
  const user = userEvent.setup();
  renderApp('/events/ev-7');
  await screen.findByRole('heading', { level: 1 });
  const summary = screen.queryByText('Add to calendar', { selector: 'summary' });
  if (summary) await user.click(summary);
  return summary;
}

describe('AddToCalendar', () => {
  beforeEach(() => viewerIn('Europe/Berlin'));

  it('offers the event’s .ics and subscribe links for calendar apps, Google and Outlook', async () => {
    const summary = await openMenu({});
    expect(summary!.parentElement).toHaveAttribute('open');
    const menu = within(screen.getByRole('region', { name: 'This event' }));
    const download = menu.getByRole('link', { name: /^Download \.ics/ });
    expect(download).toHaveAttribute('href', ICS);
    expect(download).toHaveAttribute('download');
    expect(menu.getByRole('link', { name: /calendar app/ })).toHaveAttribute('href', 'webcal://pluralis.example/feeds/events/ev-7.ics');
    expect(menu.getByRole('link', { name: /Google Calendar/ })).toHaveAttribute(
      'href',
      'https://calendar.google.com/calendar/r?cid=webcal%3A%2F%2Fpluralis.example%2Ffeeds%2Fevents%2Fev-7.ics',
    );
    const outlook = menu.getByRole('link', { name: /Outlook/ });
    expect(outlook).toHaveAttribute(
      'href',
      `https://outlook.live.com/calendar/0/addfromweb?url=${encodeURIComponent(ICS)}&name=Regional%20Forum%20on%20Election%20Observation`,
    );
    for (const link of menu.getAllByRole('link')) expect(link.getAttribute('rel')).toContain('noreferrer');
    // Not in a series: no series block.
    expect(screen.queryByRole('region', { name: 'Every occurrence of this series' })).not.toBeInTheDocument();
  });

  it('adds the series feed for an occurrence of a series', async () => {
    await openMenu({ seriesFeedUrl: SERIES });
    const series = within(screen.getByRole('region', { name: 'Every occurrence of this series' }));
    expect(series.getByRole('link', { name: /calendar app/ })).toHaveAttribute('href', 'webcal://pluralis.example/feeds/series/s-2.ics');
    expect(series.getByRole('link', { name: /Google Calendar/ })).toHaveAccessibleName(
      'Subscribe in Google Calendar (Regional Forum on Election Observation (series), opens in a new tab)',
    );
    expect(series.getByRole('link', { name: /Outlook/ }).getAttribute('href')).toContain(
      `url=${encodeURIComponent(SERIES)}&name=Regional%20Forum%20on%20Election%20Observation%20(series)`,
    );
    expect(series.queryByRole('link', { name: /Download/ })).not.toBeInTheDocument();
  });

  it('points to a private feed for an event that is not public, whose public address would not answer', async () => {
    await openMenu({ visibility: 'NETWORK', seriesFeedUrl: SERIES }, signedIn);
    expect(screen.queryByRole('link', { name: /Download \.ics/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Google Calendar/ })).not.toBeInTheDocument();
    expect(screen.getByText(/This event is not public/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'private calendar feed' })).toHaveAttribute('href', '/feeds');
  });

  it('is not offered for a draft', async () => {
    expect(await openMenu({ status: 'DRAFT', canEdit: true }, signedIn)).toBeNull();
    expect(screen.queryByRole('link', { name: /Download \.ics/ })).not.toBeInTheDocument();
  });
});
