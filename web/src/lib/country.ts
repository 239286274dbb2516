let displayNames: Intl.DisplayNames | null | undefined;

function regionNames(): Intl.DisplayNames | null {
  if (displayNames === undefined) {
    try {
      displayNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
    } catch {
      displayNames = null;
    }
  }
  return displayNames;
}

/** "KE" → "Kenya"; anything that is not an ISO 3166 alpha-2 code is shown as given. */
export function countryName(country: string | null | undefined): string | null {
  if (!country) return null;
  const code = country.trim();
  if (!/^[A-Za-z]{2}$/.test(code)) return code;
  try {
    return regionNames()?.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}
