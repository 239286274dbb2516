import { describe, expect, it } from 'vitest';
import { formatTime } from '../lib/time';
import { programmeDays } from './ProgrammeGrid';

function event(overrides: Record<string, unknown> = {}) {
  return {
    timeZone: 'Europe/Berlin',
    startsAt: '2026-03-28T08:00:00Z', // Sat 09:00 (UTC+1)
    endsAt: '2026-03-30T15:00:00Z', // Mon 17:00 (UTC+2, after the clocks went forward)
    allDay: false,
    sessions: [],
    ...overrides,
  } as unknown as Parameters<typeof programmeDays>[0];
}

describe('programmeDays', () => {
  it('gives each day of a multi-day event 30-minute rows over its daily hours, in the event zone', () => {
    const days = programmeDays(event());
    expect(days.map((d) => d.day)).toEqual(['2026-03-28', '2026-03-29', '2026-03-30']);
    for (const { rows } of days) {
      expect(formatTime(new Date(rows[0]!), 'Europe/Berlin')).toBe('09:00');
      expect(formatTime(new Date(rows.at(-1)!), 'Europe/Berlin')).toBe('16:30');
      expect(rows).toHaveLength(16);
    }
  });

  it('stretches a day to show a session outside the event hours', () => {
    const session = { id: 's1', startsAt: '2026-03-28T06:15:00Z', endsAt: '2026-03-28T07:00:00Z' }; // 07:15–08:00
    const [first] = programmeDays(event({ sessions: [session] }));
    expect(formatTime(new Date(first!.rows[0]!), 'Europe/Berlin')).toBe('07:00');
    expect(first!.sessions).toEqual([session]);
  });
});
