import { describe, expect, it } from 'vitest';
import { countryName } from './country';
import { isOrganizationKind, KIND_OPTIONS, kindLabel } from './kinds';

describe('kindLabel', () => {
  it.each([
    ['NETWORK_SECRETARIAT', 'Network secretariat'],
    ['MEMBER', 'Member organization'],
    ['PARTNER', 'Partner'],
    ['FUNDER', 'Funder'],
  ])('labels %s as "%s"', (kind, label) => {
    expect(kindLabel(kind)).toBe(label);
  });

  it('humanizes kinds the app does not know yet', () => {
    expect(kindLabel('ELECTION_BODY')).toBe('Election body');
  });

  it('offers every known kind in the filter', () => {
    expect(KIND_OPTIONS).toHaveLength(4);
    expect(KIND_OPTIONS.every(isOrganizationKind)).toBe(true);
    expect(isOrganizationKind('toString')).toBe(false);
    expect(isOrganizationKind(null)).toBe(false);
  });
});

describe('countryName', () => {
  it('names ISO country codes and passes other values through', () => {
    expect(countryName('KE')).toBe('Kenya');
    expect(countryName('gh')).toBe('Ghana');
    expect(countryName('Global')).toBe('Global');
    expect(countryName(null)).toBeNull();
    expect(countryName('')).toBeNull();
  });
});
