import { describe, expect, it } from 'vitest';
import { absoluteFeedUrl, googleSubscribeUrl, outlookSubscribeUrl, subscribeLinks, webcalUrl } from './calendarLinks';

const FEED = 'https://pluralis.example/feeds/plf_AbC-9_x.ics';

describe('calendar subscribe links', () => {
  it('turns http and https addresses into webcal ones, and nothing else', () => {
    expect(webcalUrl(FEED)).toBe('webcal://pluralis.example/feeds/plf_AbC-9_x.ics');
    expect(webcalUrl('HTTP://127.0.0.1:8000/feeds/network.ics')).toBe('webcal://127.0.0.1:8000/feeds/network.ics');
    // Only the scheme at the start is replaced.
    expect(webcalUrl('https://a.example/feeds/x.ics?u=https://b')).toBe('webcal://a.example/feeds/x.ics?u=https://b');
  });

  it('gives Google the webcal address, encoded', () => {
    expect(googleSubscribeUrl(FEED)).toBe(
      'https://calendar.google.com/calendar/r?cid=webcal%3A%2F%2Fpluralis.example%2Ffeeds%2Fplf_AbC-9_x.ics',
    );
  });

  it('gives Outlook the https address and the name, encoded', () => {
    expect(outlookSubscribeUrl(FEED, 'Partners & friends')).toBe(
      'https://outlook.live.com/calendar/0/addfromweb?url=https%3A%2F%2Fpluralis.example%2Ffeeds%2Fplf_AbC-9_x.ics&name=Partners%20%26%20friends',
    );
  });

  it('resolves a relative address against the origin', () => {
    expect(absoluteFeedUrl('/feeds/events/7.ics', 'http://localhost:5173')).toBe('http://localhost:5173/feeds/events/7.ics');
    expect(absoluteFeedUrl(FEED, 'http://localhost:5173')).toBe(FEED);
    expect(subscribeLinks(FEED, 'x').webcal).toBe('webcal://pluralis.example/feeds/plf_AbC-9_x.ics');
  });
});
