/**
 * Time zones for people: canonical IANA names with their current UTC offset, city and
 * country, searchable by any of them.
 *
 * Browsers list zones by ICU's (CLDR's) ids, which keep names IANA has since renamed
 * ("Africa/Asmera", "Asia/Calcutta", "Europe/Kiev"). We show and send the current IANA
 * names, which the server (Python's tz database) knows, and still compute offsets with the
 * id the browser knows. A value the list lacks (an event saved with an old alias) is kept
 * as it is, so nothing the server accepted before is lost.
 */
import { viewerTimeZone } from './time';

/** ICU's legacy ids and the IANA names that replaced them. */
const RENAMED: Readonly<Record<string, string>> = {
  'Africa/Asmera': 'Africa/Asmara',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Coral_Harbour': 'America/Atikokan',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Godthab': 'America/Nuuk',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Louisville': 'America/Kentucky/Louisville',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Europe/Kiev': 'Europe/Kyiv',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
};

/*
 * The country of zones whose city does not name it, for searching by country ("Kenya"
 * finds Nairobi). Zones of the network's usual regions and capitals; others are still
 * found by city, zone name or the zone's generic name ("East Africa Time").
 */
const COUNTRY: Readonly<Record<string, string>> = {
  'Africa/Abidjan': 'CI', 'Africa/Accra': 'GH', 'Africa/Addis_Ababa': 'ET', 'Africa/Algiers': 'DZ',
  'Africa/Asmara': 'ER', 'Africa/Bamako': 'ML', 'Africa/Bangui': 'CF', 'Africa/Banjul': 'GM',
  'Africa/Bissau': 'GW', 'Africa/Blantyre': 'MW', 'Africa/Brazzaville': 'CG', 'Africa/Bujumbura': 'BI',
  'Africa/Cairo': 'EG', 'Africa/Casablanca': 'MA', 'Africa/Conakry': 'GN', 'Africa/Dakar': 'SN',
  'Africa/Dar_es_Salaam': 'TZ', 'Africa/Djibouti': 'DJ', 'Africa/Douala': 'CM', 'Africa/Freetown': 'SL',
  'Africa/Gaborone': 'BW', 'Africa/Harare': 'ZW', 'Africa/Johannesburg': 'ZA', 'Africa/Juba': 'SS',
  'Africa/Kampala': 'UG', 'Africa/Khartoum': 'SD', 'Africa/Kigali': 'RW', 'Africa/Kinshasa': 'CD',
  'Africa/Lagos': 'NG', 'Africa/Libreville': 'GA', 'Africa/Lome': 'TG', 'Africa/Luanda': 'AO',
  'Africa/Lubumbashi': 'CD', 'Africa/Lusaka': 'ZM', 'Africa/Malabo': 'GQ', 'Africa/Maputo': 'MZ',
  'Africa/Maseru': 'LS', 'Africa/Mbabane': 'SZ', 'Africa/Mogadishu': 'SO', 'Africa/Monrovia': 'LR',
  'Africa/Nairobi': 'KE', 'Africa/Ndjamena': 'TD', 'Africa/Niamey': 'NE', 'Africa/Nouakchott': 'MR',
  'Africa/Ouagadougou': 'BF', 'Africa/Porto-Novo': 'BJ', 'Africa/Tripoli': 'LY', 'Africa/Tunis': 'TN',
  'Africa/Windhoek': 'NA', 'America/Argentina/Buenos_Aires': 'AR', 'America/Bogota': 'CO',
  'America/Caracas': 'VE', 'America/Guatemala': 'GT', 'America/La_Paz': 'BO', 'America/Lima': 'PE',
  'America/Managua': 'NI', 'America/Mexico_City': 'MX', 'America/Montevideo': 'UY',
  'America/New_York': 'US', 'America/Chicago': 'US', 'America/Denver': 'US', 'America/Los_Angeles': 'US',
  'America/Panama': 'PA', 'America/Port-au-Prince': 'HT', 'America/Santiago': 'CL',
  'America/Sao_Paulo': 'BR', 'America/Santo_Domingo': 'DO', 'America/Tegucigalpa': 'HN',
  'America/El_Salvador': 'SV', 'America/Toronto': 'CA', 'America/Asuncion': 'PY', 'America/Guayaquil': 'EC',
  'Asia/Almaty': 'KZ', 'Asia/Amman': 'JO', 'Asia/Baghdad': 'IQ', 'Asia/Baku': 'AZ', 'Asia/Bangkok': 'TH',
  'Asia/Beirut': 'LB', 'Asia/Bishkek': 'KG', 'Asia/Colombo': 'LK', 'Asia/Dhaka': 'BD', 'Asia/Dubai': 'AE',
  'Asia/Dushanbe': 'TJ', 'Asia/Ho_Chi_Minh': 'VN', 'Asia/Jakarta': 'ID', 'Asia/Jerusalem': 'IL',
  'Asia/Kabul': 'AF', 'Asia/Karachi': 'PK', 'Asia/Kathmandu': 'NP', 'Asia/Kolkata': 'IN',
  'Asia/Kuala_Lumpur': 'MY', 'Asia/Manila': 'PH', 'Asia/Riyadh': 'SA', 'Asia/Seoul': 'KR',
  'Asia/Shanghai': 'CN', 'Asia/Singapore': 'SG', 'Asia/Tashkent': 'UZ', 'Asia/Tbilisi': 'GE',
  'Asia/Tehran': 'IR', 'Asia/Tokyo': 'JP', 'Asia/Ulaanbaatar': 'MN', 'Asia/Yangon': 'MM',
  'Asia/Yerevan': 'AM', 'Australia/Sydney': 'AU', 'Europe/Amsterdam': 'NL', 'Europe/Athens': 'GR',
  'Europe/Belgrade': 'RS', 'Europe/Berlin': 'DE', 'Europe/Brussels': 'BE', 'Europe/Bucharest': 'RO',
  'Europe/Budapest': 'HU', 'Europe/Chisinau': 'MD', 'Europe/Copenhagen': 'DK', 'Europe/Dublin': 'IE',
  'Europe/Helsinki': 'FI', 'Europe/Istanbul': 'TR', 'Europe/Kyiv': 'UA', 'Europe/Lisbon': 'PT',
  'Europe/London': 'GB', 'Europe/Madrid': 'ES', 'Europe/Minsk': 'BY', 'Europe/Moscow': 'RU',
  'Europe/Oslo': 'NO', 'Europe/Paris': 'FR', 'Europe/Prague': 'CZ', 'Europe/Rome': 'IT',
  'Europe/Sarajevo': 'BA', 'Europe/Skopje': 'MK', 'Europe/Sofia': 'BG', 'Europe/Stockholm': 'SE',
  'Europe/Tirane': 'AL', 'Europe/Vienna': 'AT', 'Europe/Vilnius': 'LT', 'Europe/Warsaw': 'PL',
  'Europe/Zagreb': 'HR', 'Europe/Zurich': 'CH', 'Pacific/Auckland': 'NZ', 'Pacific/Fiji': 'FJ',
};

export interface ZoneOption {
  /** The IANA name sent to the server. */
  id: string;
  /** "(UTC+03:00) Nairobi — Africa/Nairobi" */
  label: string;
  /** Lower-case text searched: zone, city, country, generic name, offset. */
  search: string;
  offsetMinutes: number;
}

/** The current IANA name of a zone id ("Asia/Calcutta" → "Asia/Kolkata"). */
export function canonicalZone(id: string): string {
  return RENAMED[id] ?? id;
}

function part(zone: string, date: Date, timeZoneName: 'longOffset' | 'longGeneric'): string {
  try {
    const parts = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName }).formatToParts(date);
    return parts.find((p) => p.type === 'timeZoneName')?.value ?? '';
  } catch {
    return '';
  }
}

/** Minutes east of UTC at `date`, from "GMT+05:30" (plain "GMT" is zero). */
function offsetOf(zone: string, date: Date): number {
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(part(zone, date, 'longOffset'));
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '−' : '+';
  const abs = Math.abs(minutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

let regionNames: Intl.DisplayNames | null | undefined;
function countryName(code: string | undefined): string {
  if (!code) return '';
  if (regionNames === undefined) {
    try {
      regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
    } catch {
      regionNames = null;
    }
  }
  return regionNames?.of(code) ?? '';
}

/** "America/Argentina/Buenos_Aires" → "Buenos Aires"; "UTC" stays. */
export function zoneCity(id: string): string {
  return (id.split('/').pop() ?? id).replace(/_/g, ' ');
}

function option(id: string, browserId: string, now: Date): ZoneOption {
  const offsetMinutes = offsetOf(browserId, now);
  const city = zoneCity(id);
  const country = countryName(COUNTRY[id]);
  const offset = formatOffset(offsetMinutes);
  const label = id === 'UTC' ? `(UTC) Coordinated Universal Time — UTC` : `(${offset}) ${city}${country ? `, ${country}` : ''} — ${id}`;
  const search = [id, id.replace(/_/g, ' '), browserId, city, country, part(browserId, now, 'longGeneric'), offset, offset.replace('−', '-')]
    .join(' | ')
    .toLowerCase();
  return { id, label, search, offsetMinutes };
}

/**
 * Every zone the browser knows under its current IANA name, ordered by offset (west to
 * east) then city, with `current` (the event's zone) and the viewer's own always present.
 * Offsets are those at `now`: what a person compares with their watch.
 */
export function zoneOptions(now: Date, current?: string): ZoneOption[] {
  let ids: string[] = [];
  try {
    ids = Intl.supportedValuesOf('timeZone');
  } catch {
    ids = [];
  }
  const byId = new Map<string, ZoneOption>();
  for (const browserId of [...ids, 'UTC', viewerTimeZone()]) {
    const id = canonicalZone(browserId);
    if (!byId.has(id)) byId.set(id, option(id, browserId, now));
  }
  // An event saved under a name the list lacks keeps it: it must stay selectable as it is.
  if (current && !byId.has(current)) byId.set(current, option(current, current, now));
  return [...byId.values()].sort((a, b) => a.offsetMinutes - b.offsetMinutes || a.label.localeCompare(b.label));
}

/** Whether an option matches what was typed: every word must appear somewhere. */
export function zoneMatches(option: ZoneOption, typed: string): boolean {
  const words = typed.toLowerCase().replace(/[()]/g, ' ').split(/[\s,—/]+/).filter(Boolean);
  return words.every((word) => option.search.includes(word));
}
