import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { signedOut, stubGraphQL } from '../test/fakeServer';
import { renderApp } from '../test/render';
import { SMS_OUTBOX_SIZE, SMS_UNAVAILABLE_TEXT } from './DevSmsPage';

function sms(n: number, overrides: Record<string, unknown> = {}) {
  return { id: `sms-${n}`, to: '+32470123456', body: `Message ${n}`, status: 'queued', createdAt: `2026-03-0${n}T10:00:00Z`, ...overrides };
}

describe('DevSmsPage', () => {
  it('lists text messages newest first, with sign-in codes set apart and links clickable', async () => {
    const server = stubGraphQL({
      Viewer: signedOut,
      DevSmsOutbox: () => ({
        data: {
          devSmsOutbox: [
            sms(1, { body: 'Pluralis Network: join with http://127.0.0.1:8000/join/tok_sms1' }),
            sms(2, { body: 'Pluralis Network: your sign-in code is 482913. It expires in 10 minutes.', status: 'sent' }),
          ],
        },
      }),
    });
    const app = renderApp('/dev/sms');

    expect(await screen.findByRole('heading', { level: 1, name: 'Development SMS' })).toBeInTheDocument();
    expect(app.location()).toBe('/dev/sms'); // public: no sign-in needed
    const items = await screen.findAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(server.callsFor('DevSmsOutbox')[0]!.variables).toEqual({ first: SMS_OUTBOX_SIZE });

    const newest = within(items[0]!);
    expect(newest.getByRole('heading', { level: 2 })).toHaveTextContent('+32470123456');
    const code = newest.getByText('482913');
    expect(code).toHaveClass('dev-code');
    expect(newest.getByText('sent')).toBeInTheDocument();

    const older = within(items[1]!);
    expect(older.getByRole('link', { name: 'http://127.0.0.1:8000/join/tok_sms1' })).toHaveAttribute('href', 'http://127.0.0.1:8000/join/tok_sms1');
    // Digits inside a link are not mistaken for a code.
    expect(older.queryByText('482913')).not.toBeInTheDocument();
  });

  it('says where the outbox works when the server does not offer it', async () => {
    stubGraphQL({ Viewer: signedOut, DevSmsOutbox: () => ({ data: { devSmsOutbox: null } }) });
    renderApp('/dev/sms');
    expect(await screen.findByText(SMS_UNAVAILABLE_TEXT)).toBeInTheDocument();
  });

  it('shows the error and recovers on the next check', async () => {
    stubGraphQL({ Viewer: signedOut, DevSmsOutbox: () => ({ data: null, errors: [{ message: 'boom' }] }) });
    renderApp('/dev/sms');
    expect(await screen.findByRole('alert')).toHaveTextContent(/something went wrong/i);
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
