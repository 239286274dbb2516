"""Feeds over HTTP: stored bytes with validators, 304 on both headers, HEAD, gzip, 404s."""

from __future__ import annotations

import asyncio
import gzip
from datetime import timedelta
from email.utils import format_datetime, parsedate_to_datetime

import httpx
import pytest

from server.calendars import service
from server.calendars.feed import FeedKey, FeedKind
from server.calendars.models import RenderedFeed
from server.db import Database
from server.events.models import EventStatus, Visibility
from tests.schema.conftest import make_org
from tests.server.calendars.test_public import NOW, POLICY, add_event, parse

CALENDAR = "text/calendar; charset=utf-8"
# httpx adds Accept-Encoding by default; a calendar client may send none at all.
PLAIN = {"accept-encoding": "identity"}


async def public_feed(db: Database) -> tuple[int, int]:
    host = await make_org(db, "Host")
    event_id = await add_event(db, host, title="Forum", updated_at=NOW)
    return host, event_id


class TestServing:
    async def test_a_feed_is_rendered_on_first_request_and_served_as_calendar(
        self, db: Database, http: httpx.AsyncClient
    ) -> None:
        host, event_id = await public_feed(db)
        response = await http.get("/feeds/network.ics", headers=PLAIN)
        assert response.status_code == 200
        assert response.headers["content-type"] == CALENDAR
        assert response.headers["content-disposition"] == 'inline; filename="network.ics"'
        assert response.headers["cache-control"] == "public, max-age=300"
        assert response.headers["etag"].startswith('"')
        assert parsedate_to_datetime(response.headers["last-modified"]) == NOW
        assert response.headers["referrer-policy"] == "no-referrer"
        assert len(parse(response.content)) == 1
        for path in (f"/feeds/organizations/{host}.ics", f"/feeds/events/{event_id}.ics"):
            assert (await http.get(path)).status_code == 200

    async def test_works_with_no_accept_header(self, db: Database, http: httpx.AsyncClient) -> None:
        await public_feed(db)
        request = http.build_request("GET", "/feeds/network.ics")
        del request.headers["accept"]
        response = await http.send(request)
        assert response.status_code == 200 and response.headers["content-type"] == CALENDAR

    async def test_if_none_match_answers_304_for_exact_weak_listed_and_star(
        self, db: Database, http: httpx.AsyncClient
    ) -> None:
        await public_feed(db)
        etag = (await http.get("/feeds/network.ics", headers=PLAIN)).headers["etag"]
        for header in (etag, f"W/{etag}", f'"other", {etag}', "*"):
            response = await http.get(
                "/feeds/network.ics", headers={**PLAIN, "if-none-match": header}
            )
            assert response.status_code == 304, header
            assert response.content == b""
            assert response.headers["etag"] == etag
            assert "last-modified" in response.headers
        response = await http.get("/feeds/network.ics", headers={"if-none-match": '"other"'})
        assert response.status_code == 200

    async def test_if_modified_since_answers_304_unless_the_feed_is_newer(
        self, db: Database, http: httpx.AsyncClient
    ) -> None:
        await public_feed(db)
        first = await http.get("/feeds/network.ics")
        last_modified = first.headers["last-modified"]
        later = format_datetime(NOW + timedelta(hours=1), usegmt=True)
        earlier = format_datetime(NOW - timedelta(seconds=1), usegmt=True)
        for since, status in ((last_modified, 304), (later, 304), (earlier, 200), ("junk", 200)):
            response = await http.get("/feeds/network.ics", headers={"if-modified-since": since})
            assert response.status_code == status, since

    async def test_if_none_match_wins_over_if_modified_since(
        self, db: Database, http: httpx.AsyncClient
    ) -> None:
        await public_feed(db)
        first = await http.get("/feeds/network.ics")
        response = await http.get(
            "/feeds/network.ics",
            headers={
                "if-none-match": '"other"',
                "if-modified-since": first.headers["last-modified"],
            },
        )
        assert response.status_code == 200

    async def test_head_has_the_headers_and_no_body(
        self, db: Database, http: httpx.AsyncClient
    ) -> None:
        await public_feed(db)
        got = await http.get("/feeds/network.ics", headers=PLAIN)
        head = await http.head("/feeds/network.ics", headers=PLAIN)
        assert head.status_code == 200 and head.content == b""
        assert head.headers["etag"] == got.headers["etag"]
        assert head.headers["content-length"] == str(len(got.content))

    async def test_gzip_when_asked_with_its_own_etag_that_also_validates(
        self, db: Database, http: httpx.AsyncClient
    ) -> None:
        await public_feed(db)
        plain = await http.get("/feeds/network.ics", headers=PLAIN)
        zipped = await http.get("/feeds/network.ics", headers={"accept-encoding": "gzip"})
        assert zipped.headers["content-encoding"] == "gzip"
        assert zipped.headers["vary"] == "Accept-Encoding"
        assert zipped.content == plain.content  # httpx decodes it
        assert zipped.headers["etag"] != plain.headers["etag"]
        refused = await http.get("/feeds/network.ics", headers={"accept-encoding": "gzip;q=0"})
        assert "content-encoding" not in refused.headers
        for etag in (plain.headers["etag"], zipped.headers["etag"]):
            again = await http.get(
                "/feeds/network.ics", headers={"accept-encoding": "gzip", "if-none-match": etag}
            )
            assert again.status_code == 304

    async def test_missing_hidden_and_malformed_feeds_answer_the_same_404(
        self, db: Database, http: httpx.AsyncClient
    ) -> None:
        host = await make_org(db, "Host")
        hidden = await add_event(db, host, visibility=Visibility.INVITE_ONLY)
        draft = await add_event(db, host, status=EventStatus.DRAFT)
        paths = [
            f"/feeds/events/{hidden}.ics",
            f"/feeds/events/{draft}.ics",
            "/feeds/events/999999.ics",
            "/feeds/events/99999999999.ics",
            "/feeds/events/abc.ics",
            "/feeds/organizations/999999.ics",
            "/feeds/series/999999.ics",
            "/feeds/plf_unknown.ics",
            "/feeds/whatever.ics",
        ]
        answers = {(r.status_code, r.content) for r in [await http.get(p) for p in paths]}
        assert answers == {(404, b"No such feed.")}

    async def test_a_feed_that_became_hidden_is_no_longer_served(
        self, db: Database, http: httpx.AsyncClient
    ) -> None:
        host = await make_org(db, "Host")
        event_id = await add_event(db, host)
        assert (await http.get(f"/feeds/events/{event_id}.ics")).status_code == 200
        async with db.transaction() as session:
            from server.events.models import Event

            event = await session.get(Event, event_id)
            assert event is not None
            event.visibility = Visibility.INVITE_ONLY
        # The event's own feed is rendered again at once when it is marked, not after the
        # debounce: a copy could show what has just become hidden.
        assert (await http.get(f"/feeds/events/{event_id}.ics")).status_code == 404
        async with db.read() as session:
            assert await session.get(RenderedFeed, f"event:{event_id}") is None

    @pytest.mark.parametrize("change", ["invite_only", "draft", "deleted"])
    async def test_list_feeds_drop_what_became_hidden_on_the_next_request(
        self, db: Database, http: httpx.AsyncClient, change: str
    ) -> None:
        # A change that hides an event does not wait for the debounce: the next request
        # renders the network and organization feeds again.
        from server.events.models import Event

        host = await make_org(db, "Host")
        event_id = await add_event(db, host, title="Soon private")
        paths = ["/feeds/network.ics", f"/feeds/organizations/{host}.ics"]
        for path in paths:
            assert b"Soon private" in (await http.get(path, headers=PLAIN)).content
        async with db.transaction() as session:
            event = await session.get(Event, event_id)
            assert event is not None
            if change == "invite_only":
                event.visibility = Visibility.INVITE_ONLY
            elif change == "draft":
                event.status = EventStatus.DRAFT
            else:
                await session.delete(event)
        for path in paths:
            response = await http.get(path, headers=PLAIN)
            assert response.status_code == 200
            assert b"Soon private" not in response.content, path

    async def test_an_ordinary_edit_waits_for_the_debounce(
        self, db: Database, http: httpx.AsyncClient
    ) -> None:
        from server.events.models import Event

        host = await make_org(db, "Host")
        event_id = await add_event(db, host, title="Old title")
        assert b"Old title" in (await http.get("/feeds/network.ics", headers=PLAIN)).content
        async with db.transaction() as session:
            event = await session.get(Event, event_id)
            assert event is not None
            event.title = "New title"
        # Changes are gathered for the debounce; the copy served meanwhile is the last one.
        assert b"Old title" in (await http.get("/feeds/network.ics", headers=PLAIN)).content

    async def test_two_first_requests_render_once(
        self, db: Database, http: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        await public_feed(db)
        renders: list[int] = []
        real = service.render_bytes

        def counting(*args: object) -> service.Rendered:
            renders.append(1)
            return real(*args)  # type: ignore[arg-type]

        monkeypatch.setattr(service, "render_bytes", counting)
        first, second, health = await asyncio.gather(
            http.get("/feeds/network.ics"), http.get("/feeds/network.ics"), http.get("/healthz")
        )
        assert first.status_code == second.status_code == health.status_code == 200
        assert first.headers["etag"] == second.headers["etag"]
        assert renders == [1]


class TestStoredBytes:
    async def test_same_data_gives_same_bytes_etag_and_last_modified(self, db: Database) -> None:
        await public_feed(db)
        stored = []
        for now in (NOW, NOW + timedelta(hours=5)):
            async with db.transaction() as session:
                row = await service.render_and_store(
                    session, key=FeedKey(FeedKind.NETWORK), now=now, policy=POLICY
                )
            assert row is not None
            stored.append((row.body, row.gzip_body, row.etag, row.last_modified))
        assert stored[0] == stored[1]
        assert gzip.decompress(stored[0][1]) == stored[0][0]

    async def test_last_modified_never_goes_back_when_an_event_leaves(self, db: Database) -> None:
        host = await make_org(db, "Host")
        await add_event(db, host, title="old", updated_at=NOW - timedelta(days=3))
        await add_event(db, host, status=EventStatus.CANCELLED, updated_at=NOW - timedelta(days=1))
        key = FeedKey(FeedKind.NETWORK)
        async with db.transaction() as session:
            first = await service.render_and_store(session, key=key, now=NOW, policy=POLICY)
        assert first is not None and first.last_modified == NOW - timedelta(days=1)
        later = NOW + timedelta(days=40)  # the cancelled event's window has closed
        async with db.transaction() as session:
            second = await service.render_and_store(session, key=key, now=later, policy=POLICY)
        assert second is not None and second.etag != first.etag
        assert second.last_modified == later
