import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { canonicalZone, zoneMatches, zoneOptions } from '../lib/timeZones';
import { TimeZoneField } from './TimeZoneField';

function Harness({ initial = 'Europe/Brussels' }: { initial?: string }) {
  const [zone, setZone] = useState(initial);
  return (
    <>
      <TimeZoneField value={zone} onChange={setZone} hint="Type a city or country." error={null} />
      <output aria-label="Chosen zone">{zone}</output>
    </>
  );
}

// A fixed date: offsets are those of that day (Brussels in winter is UTC+01:00).
const WINTER = new Date('2026-01-15T12:00:00Z');

describe('time-zone options', () => {
  const options = zoneOptions(WINTER);

  it('lists canonical names with the current offset, city and country, and no renamed aliases', () => {
    const ids = options.map((o) => o.id);
    expect(ids).toContain('Africa/Asmara');
    expect(ids).toContain('Asia/Kolkata');
    expect(ids).toContain('Europe/Kyiv');
    expect(ids).not.toContain('Africa/Asmera');
    expect(ids).not.toContain('Asia/Calcutta');
    expect(new Set(ids).size).toBe(ids.length);
    expect(options.find((o) => o.id === 'Africa/Nairobi')!.label).toBe('(UTC+03:00) Nairobi, Kenya — Africa/Nairobi');
    expect(options.find((o) => o.id === 'America/Argentina/Buenos_Aires')!.label).toBe(
      '(UTC−03:00) Buenos Aires, Argentina — America/Argentina/Buenos_Aires',
    );
    // West to east.
    const offsets = options.map((o) => o.offsetMinutes);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
  });

  it('finds zones by city, country, zone name, generic name and offset', () => {
    const find = (typed: string) => options.filter((o) => zoneMatches(o, typed)).map((o) => o.id);
    expect(find('nairobi')).toEqual(['Africa/Nairobi']);
    expect(find('Kenya')).toEqual(['Africa/Nairobi']);
    expect(find('asmara')).toEqual(['Africa/Asmara']);
    // The old spelling still finds the zone under its current name.
    expect(find('asmera')).toEqual(['Africa/Asmara']);
    expect(find('east africa')).toContain('Africa/Nairobi');
    expect(find('Sao Paulo')).toEqual(['America/Sao_Paulo']);
    expect(find('utc+05:30')).toContain('Asia/Kolkata');
  });

  it('keeps a zone the list lacks and maps renamed ids to their current name', () => {
    expect(zoneOptions(WINTER, 'Etc/GMT-3').some((o) => o.id === 'Etc/GMT-3')).toBe(true);
    expect(canonicalZone('Asia/Saigon')).toBe('Asia/Ho_Chi_Minh');
    expect(canonicalZone('Africa/Nairobi')).toBe('Africa/Nairobi');
  });
});

describe('TimeZoneField', { timeout: 40_000 }, () => {
  it('is a labelled combobox that narrows the list as a city or country is typed', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const box = screen.getByRole('combobox', { name: 'Time zone' });
    expect(box).toHaveAccessibleDescription('Type a city or country.');
    expect(box).toHaveValue(zoneOptions(new Date()).find((o) => o.id === 'Europe/Brussels')!.label);

    // Select the text and type over it: the list shows only what matches.
    await user.tripleClick(box);
    await user.keyboard('kenya');
    const options = await screen.findAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual([expect.stringMatching(/^\(UTC\+03:00\) Nairobi, Kenya — Africa\/Nairobi$/)]);
    await user.click(options[0]!);
    expect(screen.getByLabelText('Chosen zone')).toHaveTextContent('Africa/Nairobi');
    expect(box).toHaveValue('(UTC+03:00) Nairobi, Kenya — Africa/Nairobi');
  });

  it('marks the field invalid and reads the server’s message with it', () => {
    render(
      <TimeZoneField
        value="Europe/Brussels"
        onChange={() => {}}
        hint="Type a city or country."
        error={{ id: 'tz-error', messages: ["'Mars/Olympus' is not an IANA time zone, like Africa/Nairobi."] }}
      />,
    );
    const box = screen.getByRole('combobox', { name: 'Time zone' });
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveAccessibleDescription(/is not an IANA time zone/);
  });
});
