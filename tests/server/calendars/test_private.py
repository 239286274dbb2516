"""Private feeds: each shows exactly what its owner may see, decided at every render."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import timedelta

from sqlmodel import col, update

from server.accounts.models import TwoFactor, User
from server.calendars.feed import FeedKey, FeedKind
from server.calendars.policy import FeedPolicy
from server.calendars.private import load_private, owner_principal
from server.calendars.subscriptions import revoke_subscription
from server.db import Database
from server.events.models import Consent, EventCoHost, EventKind, EventStatus, Visibility
from server.events.places import Registration, RegistrationStatus
from tests.server.calendars.private_cast import (
    NOW,
    POLICY,
    add_event,
    end_roles,
    key_of,
    make_cast,
    names,
    new_agenda,
    new_feed,
    principal_of,
    render,
)


@dataclass(frozen=True)
class TwoFactorPolicy(FeedPolicy):
    """The policy with the two-factor setting the lead adds to FeedPolicy at merge."""

    require_two_factor: bool = True


class TestLoadPrivateVisibility:
    """Issue 9, deliverable 6: invite-only and network-only events never reach a feed whose
    owner may not see them; partners, members and outsiders each see their own share."""

    async def test_a_member_sees_public_partner_and_network_events(self, db: Database) -> None:
        cast = await make_cast(db)
        feed = await new_feed(db, cast, "member")
        assert names(cast, await render(db, key_of(feed))) == {"public", "partners", "network"}

    async def test_a_partner_sees_no_network_only_event(self, db: Database) -> None:
        cast = await make_cast(db)
        feed = await new_feed(db, cast, "partner")
        assert names(cast, await render(db, key_of(feed))) == {"public", "partners"}

    async def test_an_outsider_sees_only_public_events(self, db: Database) -> None:
        cast = await make_cast(db)
        feed = await new_feed(db, cast, "outsider")
        assert names(cast, await render(db, key_of(feed))) == {"public"}

    async def test_an_invite_only_event_shows_to_the_people_registered(self, db: Database) -> None:
        cast = await make_cast(db)
        async with db.transaction() as session:
            session.add(
                Registration(
                    event_id=cast.events["invite"],
                    person_id=cast.users["member"][1],
                    status=RegistrationStatus.REGISTERED,
                )
            )
        member = await new_feed(db, cast, "member")
        partner = await new_feed(db, cast, "partner")
        assert "invite" in names(cast, await render(db, key_of(member)))
        assert "invite" not in names(cast, await render(db, key_of(partner)))

    async def test_organizers_never_get_their_drafts_in_a_feed(self, db: Database) -> None:
        cast = await make_cast(db)
        feed = await new_feed(db, cast, "organizer")
        shown = names(cast, await render(db, key_of(feed)))
        # The organizer manages the invite-only event, so it is theirs to see; not the draft.
        assert shown == {"public", "partners", "network", "invite"}

    async def test_a_role_that_ends_takes_its_events_out_at_the_next_render(
        self, db: Database
    ) -> None:
        cast = await make_cast(db)
        member, partner = await new_feed(db, cast, "member"), await new_feed(db, cast, "partner")
        assert "network" in names(cast, await render(db, key_of(member)))
        assert "partners" in names(cast, await render(db, key_of(partner)))
        await end_roles(db, cast.users["member"][1])
        await end_roles(db, cast.users["partner"][1])
        assert names(cast, await render(db, key_of(member))) == {"public"}
        assert names(cast, await render(db, key_of(partner))) == {"public"}


class TestLoadPrivateAnswersNone:
    """Issue 9, deliverable 1: a revoked feed, a deactivated owner and a wrong key are no feed."""

    async def test_a_revoked_feed_is_none_at_once(self, db: Database) -> None:
        cast = await make_cast(db)
        feed = await new_feed(db, cast, "member")
        principal = await principal_of(db, cast, "member")
        async with db.transaction() as session:
            assert feed.subscription.id is not None
            await revoke_subscription(
                session, principal=principal, subscription_id=feed.subscription.id, now=NOW
            )
        assert await render(db, key_of(feed)) is None

    async def test_a_deactivated_owner_has_no_feeds(self, db: Database) -> None:
        cast = await make_cast(db)
        feed = await new_feed(db, cast, "member")
        async with db.transaction() as session:
            await session.exec(
                update(User).where(col(User.id) == cast.users["member"][0]).values(is_active=False)
            )
        assert await render(db, key_of(feed)) is None

    async def test_keys_of_another_kind_or_unknown_ids_are_none(self, db: Database) -> None:
        cast = await make_cast(db)
        feed = await new_feed(db, cast, "member")
        agenda = await new_agenda(db, cast, "member")
        assert await render(db, FeedKey(FeedKind.AGENDA, feed.subscription.id)) is None
        assert await render(db, FeedKey(FeedKind.SUBSCRIPTION, agenda.subscription.id)) is None
        assert await render(db, FeedKey(FeedKind.SUBSCRIPTION, 987654)) is None
        assert await render(db, FeedKey(FeedKind.NETWORK)) is None


class TestOwnerPrincipal:
    """Issue 9, deliverable 1: the two-factor rule of the app applies to feeds too."""

    async def test_a_network_admin_without_required_two_factor_sees_what_anyone_sees(
        self, db: Database
    ) -> None:
        cast = await make_cast(db)
        feed = await new_feed(db, cast, "net_admin")
        strict = TwoFactorPolicy(POLICY.link_base, POLICY.network_name, require_two_factor=True)
        lenient = replace(strict, require_two_factor=False)
        assert names(cast, await render(db, key_of(feed), policy=strict)) == {"public"}
        assert "network" in names(cast, await render(db, key_of(feed), policy=lenient))
        async with db.transaction() as session:
            session.add(TwoFactor(user_id=cast.users["net_admin"][0], secret="x", enabled_at=NOW))
        assert "network" in names(cast, await render(db, key_of(feed), policy=strict))

    async def test_roles_are_read_with_their_organizations_kinds(self, db: Database) -> None:
        cast = await make_cast(db)
        async with db.read() as session:
            principal = await owner_principal(
                session, user_id=cast.users["partner"][0], require_two_factor=True
            )
        assert principal is not None
        assert principal.in_network and not principal.in_network_core


class TestLoadPrivateStatuses:
    """Issue 9, deliverable 2: cancelled events stay for the window, postponed ones stay."""

    async def test_cancelled_events_stay_for_the_window_then_drop_out(self, db: Database) -> None:
        cast = await make_cast(db)
        await add_event(
            db, cast, "recent", status=EventStatus.CANCELLED, updated_at=NOW - timedelta(days=29)
        )
        await add_event(
            db, cast, "old", status=EventStatus.CANCELLED, updated_at=NOW - timedelta(days=31)
        )
        await add_event(db, cast, "moved", status=EventStatus.POSTPONED)
        feed = await new_feed(db, cast, "member")
        shown = names(cast, await render(db, key_of(feed)))
        assert {"recent", "moved"} <= shown and "old" not in shown
        week = replace(POLICY, cancelled_window=timedelta(days=7))
        assert "recent" not in names(cast, await render(db, key_of(feed), policy=week))

    async def test_events_keep_their_stored_uid_sequence_and_status(self, db: Database) -> None:
        cast = await make_cast(db)
        await add_event(db, cast, "gone", status=EventStatus.CANCELLED, sequence=3, updated_at=NOW)
        feed = await new_feed(db, cast, "member")
        events = await render(db, key_of(feed))
        assert events is not None
        (gone,) = [e for e in events if e.uid == cast.uids["gone"]]
        assert (gone.sequence, gone.status, gone.updated_at) == (3, EventStatus.CANCELLED, NOW)
        # Subscription feeds are often shared with a team: the online link is not in them.
        assert all(e.online_url is None for e in events)

    async def test_the_feed_is_named_after_the_subscription(self, db: Database) -> None:
        cast = await make_cast(db)
        feed = await new_feed(db, cast, "member")
        async with db.read() as session:
            loaded = await load_private(session, key=key_of(feed), now=NOW, policy=POLICY)
        assert loaded is not None
        meta, _ = loaded
        assert meta.name == "member's feed"
        assert meta.refresh == POLICY.refresh
        assert meta.url is not None and "plf_" not in meta.url


class TestLoadPrivateFilters:
    """Issue 9, deliverable 1: hosts (with co-hosts that accepted), kinds, tags, countries and
    languages; any value within a list, every list at once."""

    async def test_each_filter_narrows_the_feed(self, db: Database) -> None:
        cast = await make_cast(db)
        await add_event(
            db,
            cast,
            "kenyan",
            host_organization_id=cast.other,
            venue_id=cast.nairobi,
            kind=EventKind.WORKSHOP,
            tags=["elections"],
            languages=["fr"],
        )
        cases = {
            "organizationIds": ([cast.other], {"kenyan"}),
            "kinds": (["workshop"], {"kenyan"}),
            "tags": (["Elections"], {"kenyan"}),
            "countries": (["ke"], {"kenyan"}),
            "languages": (["fr"], {"kenyan"}),
        }
        for name, (values, expected) in cases.items():
            feed = await new_feed(db, cast, "member", {name: values})
            assert names(cast, await render(db, key_of(feed))) == expected, name
        both = await new_feed(db, cast, "member", {"kinds": ["workshop"], "countries": ["DE"]})
        assert names(cast, await render(db, key_of(both))) == set()
        either = await new_feed(db, cast, "member", {"countries": ["DE", "KE"]})
        assert names(cast, await render(db, key_of(either))) == {
            "public",
            "partners",
            "network",
            "kenyan",
        }

    async def test_hosts_match_co_hosts_that_accepted_only(self, db: Database) -> None:
        cast = await make_cast(db)
        accepted = await add_event(db, cast, "accepted", visibility=Visibility.PUBLIC)
        pending = await add_event(db, cast, "pending", visibility=Visibility.PUBLIC)
        async with db.transaction() as session:
            session.add(
                EventCoHost(event_id=accepted, organization_id=cast.other, status=Consent.ACCEPTED)
            )
            session.add(EventCoHost(event_id=pending, organization_id=cast.other))
        feed = await new_feed(db, cast, "member", {"organizationIds": [cast.other]})
        assert names(cast, await render(db, key_of(feed))) == {"accepted"}
