/*
 * Subscribe links for calendar feeds. Calendar apps take a feed by its address;
 * webcal:// makes the operating system open the default calendar app, and Google
 * and Outlook take the address as a query parameter of their "add by URL" pages.
 */

/** The server gives absolute addresses; a relative one (a dev setup) is resolved against this origin. */
export function absoluteFeedUrl(url: string, origin: string = window.location.origin): string {
  return new URL(url, origin).href;
}

/** https://host/feeds/x.ics → webcal://host/feeds/x.ics */
export function webcalUrl(httpsUrl: string): string {
  return httpsUrl.replace(/^https?:\/\//i, 'webcal://');
}

/** Google Calendar's "add by URL": it expects the webcal form in `cid`. */
export function googleSubscribeUrl(httpsUrl: string): string {
  return 'https://calendar.google.com/calendar/r?cid=' + encodeURIComponent(webcalUrl(httpsUrl));
}

/** Outlook on the web's "subscribe from web", with the calendar's name prefilled. */
export function outlookSubscribeUrl(httpsUrl: string, name: string): string {
  return (
    'https://outlook.live.com/calendar/0/addfromweb?url=' + encodeURIComponent(httpsUrl) + '&name=' + encodeURIComponent(name)
  );
}

export interface SubscribeLinks {
  https: string;
  webcal: string;
  google: string;
  outlook: string;
}

export function subscribeLinks(url: string, name: string): SubscribeLinks {
  const https = absoluteFeedUrl(url);
  return { https, webcal: webcalUrl(https), google: googleSubscribeUrl(https), outlook: outlookSubscribeUrl(https, name) };
}

/**
 * Put `text` on the clipboard. Returns false when the browser refuses (no
 * permission, plain http), so the caller can tell the person to copy by hand.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
