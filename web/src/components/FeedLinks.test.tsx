import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { connection, org, signedIn, stubGraphQL } from '../test/fakeServer';
import { renderApp } from '../test/render';
import { CopyField } from './FeedLinks';

describe('Organization feed menu', () => {
  it('opens from an organization’s row with its subscribe links and a copyable address', async () => {
    stubGraphQL({ Viewer: signedIn, Organizations: () => connection([org(1, { name: 'Citizens Watch Kenya' }), org(2)]) });
    const user = userEvent.setup();
    renderApp('/organizations');
    const row = within((await screen.findByRole('rowheader', { name: 'Citizens Watch Kenya' })).closest('tr')!);

    // Closed, it is one summary per row and nothing else.
    expect(row.queryByRole('link', { name: /Google/ })).not.toBeInTheDocument();
    await user.click(row.getByText('Calendar feed', { exact: false, selector: 'summary' }));

    const url = 'https://pluralis.example/feeds/organizations/org-1.ics';
    expect(row.getByRole('link', { name: /calendar app/ })).toHaveAttribute('href', 'webcal://pluralis.example/feeds/organizations/org-1.ics');
    expect(row.getByRole('link', { name: /Google Calendar \(Citizens Watch Kenya/ }).getAttribute('rel')).toBe('noreferrer noopener');
    expect(row.getByRole('link', { name: /Outlook/ })).toHaveAttribute(
      'href',
      `https://outlook.live.com/calendar/0/addfromweb?url=${encodeURIComponent(url)}&name=Citizens%20Watch%20Kenya`,
    );
    expect(row.getByLabelText('Feed address')).toHaveValue(url);
    await user.click(row.getByRole('button', { name: 'Copy feed address' }));
    expect(await navigator.clipboard.readText()).toBe(url);
  });
});

describe('CopyField', () => {
  it('selects the address and says how to copy it when the browser refuses the clipboard', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    render(<CopyField label="Feed address" value="https://pluralis.example/feeds/plf_x.ics" />);

    await user.click(screen.getByRole('button', { name: 'Copy feed address' }));
    expect(await screen.findByText(/Press Ctrl\+C/)).toBeInTheDocument();
    const input = screen.getByLabelText<HTMLInputElement>('Feed address');
    expect(input).toHaveAttribute('readonly');
    expect(input.value.slice(input.selectionStart!, input.selectionEnd!)).toBe('https://pluralis.example/feeds/plf_x.ics');
  });
});
