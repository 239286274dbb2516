"""Events: creating, editing, status changes, visibility, listing, hints and Markdown."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from server.accounts.access import ANONYMOUS, Principal
from server.db import Database
from server.events import access, consent, listing, service
from server.events.inputs import EventChanges, EventInput
from server.events.models import Consent, Event, EventKind, EventStatus, Venue, Visibility
from server.events.text import render_markdown
from server.kit.errors import Forbidden, InvalidInput, NotAuthenticated, NotFound
from server.kit.pagination import encode_cursor
from server.orgs.models import OrganizationKind, Role
from server.registrations.models import Registration, RegistrationStatus
from tests.conftest import ROOT
from tests.schema.conftest import make_account, make_org, make_person


@dataclass(frozen=True)
class Cast:
    """A network, a host, a co-host, an unrelated member and a partner, with their people."""

    host: int
    cohost: int
    other: int
    partner_org: int
    berlin_venue: int
    organizer: Principal
    cohost_organizer: Principal
    outsider: Principal
    partner: Principal
    member: Principal


async def make_cast(db: Database) -> Cast:
    network = await make_org(db, "Network", kind=OrganizationKind.NETWORK_SECRETARIAT)
    host = await make_org(db, "Kenya Forum", parent_id=network)
    cohost = await make_org(db, "Ghana Watch", parent_id=network)
    other = await make_org(db, "Togo Votes", parent_id=network)
    partner_org = await make_org(db, "Foundation", kind=OrganizationKind.PARTNER)
    person = await make_person(db, org_id=host, role=Role.ORGANIZER, name="Olu")
    user = await make_account(db, email="olu@example.org", person_id=person)
    async with db.transaction() as session:
        venue = Venue(organization_id=host, name="Hall", city="Berlin", country="DE")
        session.add(venue)
        await session.flush()
    assert venue.id is not None
    return Cast(
        host=host,
        cohost=cohost,
        other=other,
        partner_org=partner_org,
        berlin_venue=venue.id,
        organizer=Principal(user_id=user, person_id=person, roles={host: Role.ORGANIZER}),
        cohost_organizer=Principal(user_id=user + 100, roles={cohost: Role.ORGANIZER}),
        outsider=Principal(user_id=user + 101, roles={other: Role.ORGANIZER}),
        partner=Principal(user_id=user + 102, roles={partner_org: Role.PARTNER}),
        member=Principal(user_id=user + 103, roles={other: Role.OBSERVER}),
    )


async def accept_cohost(db: Database, event: Event, organization_id: int) -> None:
    """The co-host's answer, given here by the system (as one of its organizers would)."""
    assert event.id is not None
    async with db.transaction() as session:
        await consent.answer_cohosting(
            session, principal=ROOT, event_id=event.id, organization_id=organization_id, accept=True
        )


def local_input(
    start: datetime, hours: float = 2, *, time_zone: str = "Europe/Berlin", **kw: Any
) -> EventInput:
    return EventInput(
        kind=kw.pop("kind", EventKind.FORUM),
        title=kw.pop("title", "Forum"),
        time_zone=time_zone,
        starts_at=start,
        ends_at=start + timedelta(hours=hours),
        **kw,
    )


async def create(
    db: Database,
    cast: Cast,
    data: EventInput,
    *,
    publish: bool = False,
    principal: Principal | None = None,
) -> Event:
    async with db.transaction() as session:
        event = await service.create_event(
            session,
            principal=principal or cast.organizer,
            host_organization_id=cast.host,
            data=data,
        )
        if publish:
            assert event.id is not None
            event = await service.publish_event(session, principal=ROOT, event_id=event.id)
    return event


async def update(db: Database, principal: Principal, event: Event, **changes: Any) -> Event:
    assert event.id is not None
    async with db.transaction() as session:
        return await service.update_event(
            session, principal=principal, event_id=event.id, changes=EventChanges(**changes)
        )


def problems(exc: pytest.ExceptionInfo[InvalidInput]) -> set[tuple[str | None, str]]:
    return {(p.field, p.code) for p in exc.value.problems}


JUNE = datetime(2026, 6, 10, 9, 0)


class TestCreateEvent:
    async def test_a_new_event_is_a_draft_with_a_fixed_uid_and_utc_times(
        self, db: Database
    ) -> None:
        cast = await make_cast(db)
        event = await create(
            db,
            cast,
            local_input(JUNE, co_host_ids=[cast.cohost], tags=[" Elections ", "elections"]),
        )
        assert event.status is EventStatus.DRAFT
        assert event.uid.endswith("@pluralis") and len(event.uid) == 36 + len("@pluralis")
        assert event.starts_at == datetime(2026, 6, 10, 7, 0, tzinfo=UTC)  # CEST, UTC+2
        assert event.tags == ["elections"]
        assert event.sequence == 0
        async with db.read() as session:
            # Listed, asked, and not yet a co-host (issue 7, finding 8).
            assert await access.listed_cohosts(session, event_id=event.id or 0) == {
                cast.cohost: Consent.PENDING
            }
            assert await access.cohost_ids(session, event_id=event.id or 0) == []

    async def test_all_problems_are_reported_at_once(self, db: Database) -> None:
        cast = await make_cast(db)
        data = local_input(
            JUNE,
            hours=-1,
            capacity=0,
            offer_minutes=4,
            online_url="javascript:alert(1)",
            co_host_ids=[cast.host, 999_999],
            title=" ",
        )
        with pytest.raises(InvalidInput) as exc:
            await create(db, cast, data)
        assert problems(exc) == {
            ("endsAt", "before_start"),
            ("capacity", "too_small"),
            ("offerMinutes", "too_small"),
            ("onlineUrl", "invalid_url"),
            ("coHostIds", "is_host"),
            ("coHostIds", "not_found"),
            ("title", "required"),
        }

    async def test_an_unknown_venue_is_refused(self, db: Database) -> None:
        cast = await make_cast(db)
        with pytest.raises(InvalidInput) as exc:
            await create(db, cast, local_input(JUNE, venue_id=999_999))
        assert problems(exc) == {("venueId", "not_found")}

    async def test_only_organizers_of_the_host_may_create(self, db: Database) -> None:
        cast = await make_cast(db)
        with pytest.raises(Forbidden):
            await create(db, cast, local_input(JUNE), principal=cast.outsider)
        with pytest.raises(NotAuthenticated):
            await create(db, cast, local_input(JUNE), principal=ANONYMOUS)


class TestUpdateEvent:
    async def test_cosmetic_changes_keep_the_sequence(self, db: Database) -> None:
        cast = await make_cast(db)
        event = await create(db, cast, local_input(JUNE))
        event = await update(
            db, cast.organizer, event, title="New title", description="*More*", tags=["x"]
        )
        assert (event.title, event.tags, event.sequence) == ("New title", ["x"], 0)

    @pytest.mark.parametrize(
        "changes",
        [
            {"starts_at": JUNE - timedelta(hours=1)},
            {"ends_at": JUNE + timedelta(hours=3)},
            {"time_zone": "Europe/Paris"},
            {"online_url": "https://meet.example.org/forum"},
            {"venue_id": "berlin"},
        ],
    )
    async def test_material_changes_bump_the_sequence_once(
        self, db: Database, changes: dict[str, Any]
    ) -> None:
        cast = await make_cast(db)
        event = await create(db, cast, local_input(JUNE))
        uid = event.uid
        if changes.get("venue_id") == "berlin":
            changes = {"venue_id": cast.berlin_venue}
        event = await update(db, cast.organizer, event, title="Also renamed", **changes)
        assert event.sequence == 1
        assert event.uid == uid

    async def test_setting_the_same_time_again_is_not_a_change(self, db: Database) -> None:
        cast = await make_cast(db)
        event = await create(db, cast, local_input(JUNE))
        event = await update(db, cast.organizer, event, starts_at=JUNE)
        assert event.sequence == 0

    async def test_organizers_of_a_cohost_may_edit(self, db: Database) -> None:
        cast = await make_cast(db)
        event = await create(db, cast, local_input(JUNE, co_host_ids=[cast.cohost]))
        # Issue 7, finding 8: not before they accept.
        with pytest.raises(NotFound):
            await update(db, cast.cohost_organizer, event, title="Co-hosted")
        await accept_cohost(db, event, cast.cohost)
        event = await update(db, cast.cohost_organizer, event, title="Co-hosted")
        assert event.title == "Co-hosted"

    async def test_others_are_told_there_is_no_such_event(self, db: Database) -> None:
        cast = await make_cast(db)
        draft = await create(db, cast, local_input(JUNE))
        public = await create(
            db, cast, local_input(JUNE, visibility=Visibility.PUBLIC), publish=True
        )
        with pytest.raises(NotFound):
            await update(db, cast.outsider, public, title="Mine now")
        with pytest.raises(NotFound):
            await update(db, cast.outsider, draft, title="Mine now")
        with pytest.raises(NotFound):  # seeing it is not editing it
            await update(db, ANONYMOUS, public, title="Mine now")

    async def test_capacity_cannot_go_below_registrations(self, db: Database) -> None:
        cast = await make_cast(db)
        event = await create(db, cast, local_input(JUNE, capacity=10))
        assert event.id is not None
        statuses = [RegistrationStatus.REGISTERED] * 3 + [
            RegistrationStatus.CANCELLED,
            RegistrationStatus.WAITLISTED,
        ]
        people = [
            await make_person(db, org_id=cast.host, role=Role.OBSERVER, name=f"P{n}")
            for n in range(len(statuses))
        ]
        async with db.transaction() as session:
            for person, status in zip(people, statuses, strict=True):
                session.add(Registration(event_id=event.id, person_id=person, status=status))
        with pytest.raises(InvalidInput) as exc:
            await update(db, cast.organizer, event, capacity=2)
        assert problems(exc) == {("capacity", "below_registrations")}
        assert (await update(db, cast.organizer, event, capacity=3)).capacity == 3
        assert (await update(db, cast.organizer, event, capacity=None)).capacity is None

    async def test_cohosts_can_be_replaced(self, db: Database) -> None:
        cast = await make_cast(db)
        event = await create(db, cast, local_input(JUNE, co_host_ids=[cast.cohost]))
        await accept_cohost(db, event, cast.cohost)
        await update(db, cast.organizer, event, co_host_ids=[cast.other])
        await accept_cohost(db, event, cast.other)
        async with db.read() as session:
            assert await access.cohost_ids(session, event_id=event.id or 0) == [cast.other]
        with pytest.raises(NotFound):  # a draft, and no longer theirs to see
            await update(db, cast.cohost_organizer, event, title="No longer mine")


class TestStatus:
    async def test_publish_postpone_and_cancel_each_bump_the_sequence(self, db: Database) -> None:
        cast = await make_cast(db)
        event = await create(db, cast, local_input(JUNE))
        event_id = event.id
        assert event_id is not None
        async with db.transaction() as session:
            event = await service.publish_event(
                session, principal=cast.organizer, event_id=event_id
            )
            assert (event.status, event.sequence) == (EventStatus.PUBLISHED, 1)
            event = await service.postpone_event(
                session, principal=cast.organizer, event_id=event_id, reason=" Strike "
            )
            assert (event.status, event.status_reason, event.sequence) == (
                EventStatus.POSTPONED,
                "Strike",
                2,
            )
            event = await service.cancel_event(
                session, principal=cast.organizer, event_id=event_id, reason="Venue closed"
            )
            assert (event.status, event.sequence) == (EventStatus.CANCELLED, 3)
        async with db.read() as session:
            kept = await listing.get_event(session, principal=cast.organizer, event_id=event_id)
            assert kept.status is EventStatus.CANCELLED

    async def test_cancel_and_postpone_need_a_reason(self, db: Database) -> None:
        cast = await make_cast(db)
        event = await create(db, cast, local_input(JUNE), publish=True)
        assert event.id is not None
        async with db.transaction() as session:
            for change in (service.cancel_event, service.postpone_event):
                with pytest.raises(InvalidInput) as exc:
                    await change(session, principal=cast.organizer, event_id=event.id, reason=" ")
                assert problems(exc) == {("reason", "required")}

    async def test_a_cancelled_event_cannot_be_published_again(self, db: Database) -> None:
        cast = await make_cast(db)
        event = await create(db, cast, local_input(JUNE), publish=True)
        assert event.id is not None
        async with db.transaction() as session:
            await service.cancel_event(session, principal=ROOT, event_id=event.id, reason="Rain")
            with pytest.raises(InvalidInput):
                await service.publish_event(session, principal=ROOT, event_id=event.id)


async def titles(db: Database, principal: Principal, **filters: Any) -> list[str]:
    async with db.read() as session:
        page = await listing.list_events(session, principal=principal, first=50, **filters)
    return [e.title for e in page.items]


class TestVisibility:
    async def test_each_audience_sees_its_events(self, db: Database) -> None:
        cast = await make_cast(db)
        for n, visibility in enumerate(Visibility):
            start = JUNE + timedelta(days=n)
            await create(
                db,
                cast,
                local_input(start, visibility=visibility, title=visibility.value),
                publish=True,
            )
        await create(db, cast, local_input(JUNE, visibility=Visibility.PUBLIC, title="draft"))
        assert await titles(db, ANONYMOUS) == ["public"]
        assert await titles(db, cast.partner) == ["public", "partners"]
        assert await titles(db, cast.member) == ["public", "network", "partners"]
        assert await titles(db, cast.outsider) == ["public", "network", "partners"]
        assert await titles(db, cast.organizer) == [
            "public",
            "draft",  # same start, created later
            "network",
            "partners",
            "invite_only",
        ]

    async def test_invite_only_events_are_seen_by_their_registrants(self, db: Database) -> None:
        cast = await make_cast(db)
        event = await create(
            db, cast, local_input(JUNE, visibility=Visibility.INVITE_ONLY), publish=True
        )
        guest = await make_person(db, org_id=cast.other, role=Role.OBSERVER, name="Guest")
        principal = Principal(user_id=9_999, person_id=guest, roles={cast.other: Role.OBSERVER})
        assert event.id is not None
        async with db.read() as session:
            with pytest.raises(NotFound):
                await listing.get_event(session, principal=principal, event_id=event.id)
        async with db.transaction() as session:
            session.add(
                Registration(
                    event_id=event.id, person_id=guest, status=RegistrationStatus.REGISTERED
                )
            )
        async with db.read() as session:
            assert await listing.get_event(session, principal=principal, event_id=event.id)
            with pytest.raises(NotFound):
                await listing.get_event(session, principal=ANONYMOUS, event_id=event.id)


class TestListEvents:
    async def test_pages_follow_start_time_then_id(self, db: Database) -> None:
        cast = await make_cast(db)
        for n, day in enumerate([3, 1, 2, 2, 5]):
            await create(db, cast, local_input(JUNE + timedelta(days=day), title=f"e{n}"))
        seen: list[str] = []
        after: str | None = None
        async with db.read() as session:
            while True:
                page = await listing.list_events(
                    session, principal=cast.organizer, first=2, after=after, with_total=True
                )
                assert page.total_count == 5
                seen += [e.title for e in page.items]
                if not page.has_next_page:
                    break
                after = page.cursors[-1]
        assert seen == ["e1", "e2", "e3", "e0", "e4"]

    async def test_a_tampered_cursor_is_bad_input(self, db: Database) -> None:
        cast = await make_cast(db)
        async with db.read() as session:
            for cursor in (
                "bogus",
                encode_cursor("yesterday", 1),
                encode_cursor("2026-01-01T00:00:00", 1),
            ):
                with pytest.raises(InvalidInput):
                    await listing.list_events(
                        session, principal=cast.organizer, first=2, after=cursor
                    )

    async def test_filters(self, db: Database) -> None:
        cast = await make_cast(db)
        await create(db, cast, local_input(JUNE, title="a", tags=["elections", "100%_off"]))
        b = await create(
            db,
            cast,
            local_input(
                JUNE + timedelta(days=1),
                title="b",
                kind=EventKind.TRAINING,
                tags=['say "hi"', "elect"],
                co_host_ids=[cast.cohost],
            ),
        )
        await accept_cohost(db, b, cast.cohost)
        await create(db, cast, local_input(JUNE + timedelta(days=2), title="c", tags=["el%"]))
        who = cast.organizer
        assert await titles(db, who, tag="Elections") == ["a"]
        assert await titles(db, who, tag="elect") == ["b"]
        assert await titles(db, who, tag="100%_off") == ["a"]
        assert await titles(db, who, tag="el%") == ["c"]
        assert await titles(db, who, tag='say "hi"') == ["b"]
        assert await titles(db, who, tag="nothing") == []
        assert await titles(db, who, kind=EventKind.TRAINING) == ["b"]
        assert await titles(db, who, organization_id=cast.cohost) == ["b"]
        assert await titles(db, who, organization_id=cast.host) == ["a", "b", "c"]
        assert await titles(db, who, organization_id=cast.other) == []
        day2 = datetime(2026, 6, 11, 0, 0, tzinfo=UTC)
        assert await titles(db, who, starts_after=day2) == ["b", "c"]
        assert await titles(db, who, starts_before=day2) == ["a"]
        assert await titles(db, who, starts_after=day2, starts_before=day2 + timedelta(days=1)) == [
            "b"
        ]
        # An event that began before a range but still runs into it overlaps the range.
        mid_b = datetime(2026, 6, 11, 8, 0, tzinfo=UTC)  # b runs 07:00-09:00 UTC
        next_day = day2 + timedelta(days=1)
        assert await titles(db, who, starts_after=mid_b, starts_before=next_day) == []
        assert await titles(db, who, ends_after=mid_b, starts_before=next_day) == ["b"]


class TestSameDayCity:
    async def test_other_events_in_the_city_that_day_are_hinted(self, db: Database) -> None:
        cast = await make_cast(db)
        async with db.transaction() as session:
            elsewhere = Venue(organization_id=cast.host, name="Hall", city="Accra", country="GH")
            across_town = Venue(organization_id=cast.host, name="Haus", city="berlin", country="DE")
            session.add_all([elsewhere, across_town])
            await session.flush()
        evening = datetime(2026, 6, 10, 23, 0)
        here = await create(db, cast, local_input(JUNE, venue_id=cast.berlin_venue))
        for title, start, venue in [
            ("same day", evening, across_town.id),
            ("next day", evening + timedelta(hours=2), across_town.id),
            ("other city", JUNE, elsewhere.id),
            ("online", JUNE, None),
        ]:
            await create(db, cast, local_input(start, hours=0.5, title=title, venue_id=venue))
        cancelled = await create(
            db, cast, local_input(JUNE, title="cancelled", venue_id=across_town.id)
        )
        assert cancelled.id is not None
        async with db.transaction() as session:
            await service.cancel_event(session, principal=ROOT, event_id=cancelled.id, reason="x")
        async with db.read() as session:
            assert here.id is not None
            hints = await listing.same_day_city_events(
                session, principal=cast.organizer, event_id=here.id
            )
            assert [e.title for e in hints] == ["same day"]
            # A draft is hidden from members: it answers like a missing event.
            with pytest.raises(NotFound):
                await listing.same_day_city_events(session, principal=cast.member, event_id=here.id)


class TestMarkdown:
    def test_markdown_is_rendered(self) -> None:
        assert render_markdown("**Hi** [site](https://example.org)") == (
            '<p><strong>Hi</strong> <a href="https://example.org">site</a></p>\n'
        )

    @pytest.mark.parametrize(
        "text",
        [
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "[x](javascript:alert(1))",
            "[x](JAVASCRIPT:alert(1))",
            "[x](&#106;avascript:alert(1))",
            "<javascript:alert(1)>",
            "[x]: javascript:alert(1)\n\n[x]",
            "![x](data:text/html;base64,PHNjcmlwdD4=)",
        ],
    )
    def test_raw_html_and_script_links_never_come_through(self, text: str) -> None:
        html = render_markdown(text)
        assert "<script" not in html and "<img" not in html
        # What remains is escaped text: no element, no attribute a browser would follow.
        assert "<a " not in html and 'href="' not in html and 'src="' not in html
