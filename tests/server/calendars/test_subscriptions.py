"""Subscription feeds: tokens shown once and stored hashed, listing, revoking, finding."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import col, select, update

from server.accounts.access import Principal
from server.accounts.models import User
from server.audit.models import AuditEvent
from server.calendars.models import FeedSubscription, RenderedFeed
from server.calendars.subscriptions import (
    CREATED,
    MAX_ACTIVE_FEEDS,
    REVOKED,
    CreateLimit,
    create_subscription,
    feed_key,
    feed_urls,
    list_subscriptions,
    revoke_subscription,
    subscription_for_token,
)
from server.db import Database
from server.kit.errors import Forbidden, InvalidInput, NotFound, RateLimited
from server.kit.ratelimit import MemoryRateLimiter
from server.kit.secrets import token_digest
from server.orgs.models import Role
from tests.server.calendars.private_cast import (
    NOW,
    make_cast,
    new_agenda,
    new_feed,
    principal_of,
)


async def rows(db: Database) -> list[FeedSubscription]:
    async with db.read() as session:
        return list((await session.exec(select(FeedSubscription))).all())


class TestCreateSubscription:
    """Issue 9, deliverable 1: a random token of at least 128 bits per feed, stored hashed."""

    async def test_the_token_is_shown_once_and_only_its_digest_is_stored(
        self, db: Database
    ) -> None:
        cast = await make_cast(db)
        issued = await new_feed(db, cast, "member")
        token = issued.token
        assert token.startswith("plf_") and len(token) >= 4 + 43  # 32 random bytes, base64
        (row,) = await rows(db)
        assert row.token_hash == token_digest(token)
        assert row.prefix == token[:12]
        assert token not in repr(row.model_dump())
        assert (row.user_id, row.kind, row.created_at) == (
            cast.users["member"][0],
            "subscription",
            NOW,
        )

    async def test_each_feed_gets_its_own_token(self, db: Database) -> None:
        cast = await make_cast(db)
        first, second = await new_feed(db, cast, "member"), await new_feed(db, cast, "member")
        assert first.token != second.token

    async def test_urls_are_https_and_webcal(self) -> None:
        urls = feed_urls("https://pluralis.example/", "plf_abc")
        assert urls.url == "https://pluralis.example/feeds/plf_abc.ics"
        assert urls.webcal_url == "webcal://pluralis.example/feeds/plf_abc.ics"

    async def test_creating_and_revoking_are_audited_without_the_token(self, db: Database) -> None:
        cast = await make_cast(db)
        issued = await new_feed(db, cast, "member")
        principal = await principal_of(db, cast, "member")
        assert issued.subscription.id is not None
        async with db.transaction() as session:
            await revoke_subscription(
                session, principal=principal, subscription_id=issued.subscription.id, now=NOW
            )
        async with db.read() as session:
            audit = (
                await session.exec(
                    select(AuditEvent)
                    .where(col(AuditEvent.subject_type) == "feed_subscription")
                    .order_by(col(AuditEvent.id))
                )
            ).all()
        assert [(a.action, a.subject_id, a.actor_user_id) for a in audit] == [
            (CREATED, issued.subscription.id, cast.users["member"][0]),
            (REVOKED, issued.subscription.id, cast.users["member"][0]),
        ]

    async def test_an_agenda_is_a_feed_of_its_own_kind(self, db: Database) -> None:
        cast = await make_cast(db)
        agenda = await new_agenda(db, cast, "member")
        assert (agenda.subscription.kind, agenda.subscription.name) == ("agenda", "My agenda")
        assert feed_key(agenda.subscription).value == f"agenda:{agenda.subscription.id}"

    async def test_api_tokens_may_not_create_feeds(self, db: Database) -> None:
        cast = await make_cast(db)
        token = Principal(api_token_id=1, roles={cast.host: Role.ADMIN})
        async with db.transaction() as session:
            with pytest.raises(Forbidden):
                await create_subscription(session, principal=token, name="x", filters={}, now=NOW)

    async def test_a_name_is_required(self, db: Database) -> None:
        cast = await make_cast(db)
        principal = await principal_of(db, cast, "member")
        async with db.transaction() as session:
            with pytest.raises(InvalidInput) as refused:
                await create_subscription(
                    session, principal=principal, name=" ", filters={}, now=NOW
                )
        assert [(p.field, p.code) for p in refused.value.problems] == [("name", "required")]

    async def test_active_feeds_are_capped_and_revoked_ones_free_room(self, db: Database) -> None:
        cast = await make_cast(db)
        principal = await principal_of(db, cast, "member")
        async with db.transaction() as session:
            for n in range(MAX_ACTIVE_FEEDS):
                session.add(
                    FeedSubscription(
                        user_id=cast.users["member"][0],
                        name=f"f{n}",
                        token_hash=f"{n:064d}",
                        prefix="plf_x",
                        revoked_at=NOW if n == 0 else None,
                    )
                )
        await new_feed(db, cast, "member")  # the revoked one left room for one more
        async with db.transaction() as session:
            with pytest.raises(InvalidInput) as refused:
                await create_subscription(
                    session, principal=principal, name="x", filters={}, now=NOW
                )
        assert refused.value.problems[0].code == "too_many_feeds"

    async def test_creation_is_rate_limited_per_account(self, db: Database) -> None:
        cast = await make_cast(db)
        principal = await principal_of(db, cast, "member")
        limit = CreateLimit(MemoryRateLimiter(clock=lambda: 1000.0), per_hour=2)
        async with db.transaction() as session:
            for _ in range(2):
                await create_subscription(
                    session, principal=principal, name="x", filters={}, now=NOW, limit=limit
                )
            with pytest.raises(RateLimited):
                await create_subscription(
                    session, principal=principal, name="x", filters={}, now=NOW, limit=limit
                )


class TestListAndRevoke:
    """Issue 9, deliverable 1: revocable one at a time; others' feeds answer like missing ones."""

    async def test_own_feeds_newest_first_with_revoked_ones_marked(self, db: Database) -> None:
        cast = await make_cast(db)
        principal = await principal_of(db, cast, "member")
        old = await new_feed(db, cast, "member")
        async with db.transaction() as session:
            await session.exec(
                update(FeedSubscription)
                .where(col(FeedSubscription.id) == old.subscription.id)
                .values(created_at=NOW - timedelta(days=1))
            )
        new = await new_feed(db, cast, "member")
        await new_feed(db, cast, "partner")
        assert old.subscription.id is not None
        async with db.transaction() as session:
            await revoke_subscription(
                session, principal=principal, subscription_id=old.subscription.id, now=NOW
            )
        async with db.read() as session:
            listed = await list_subscriptions(session, principal=principal)
        assert [(f.id, f.revoked_at) for f in listed] == [
            (new.subscription.id, None),
            (old.subscription.id, NOW),
        ]

    async def test_revoking_one_leaves_the_others_working(self, db: Database) -> None:
        cast = await make_cast(db)
        principal = await principal_of(db, cast, "member")
        first, second = await new_feed(db, cast, "member"), await new_feed(db, cast, "member")
        assert first.subscription.id is not None
        async with db.transaction() as session:
            await revoke_subscription(
                session, principal=principal, subscription_id=first.subscription.id, now=NOW
            )
        async with db.transaction() as session:
            assert await subscription_for_token(session, token=first.token, now=NOW) is None
            assert await subscription_for_token(session, token=second.token, now=NOW) is not None

    async def test_another_persons_feed_answers_like_a_missing_one(self, db: Database) -> None:
        cast = await make_cast(db)
        theirs = await new_feed(db, cast, "partner")
        principal = await principal_of(db, cast, "member")
        assert theirs.subscription.id is not None
        messages = []
        for feed_id in (theirs.subscription.id, 987654):
            async with db.transaction() as session:
                with pytest.raises(NotFound) as refused:
                    await revoke_subscription(
                        session, principal=principal, subscription_id=feed_id, now=NOW
                    )
            messages.append((refused.value.code, refused.value.message))
        assert messages[0] == messages[1]
        (row,) = await rows(db)
        assert row.revoked_at is None

    async def test_revoking_drops_the_stored_rendering(self, db: Database) -> None:
        cast = await make_cast(db)
        issued = await new_feed(db, cast, "member")
        key = feed_key(issued.subscription).value
        async with db.transaction() as session:
            session.add(
                RenderedFeed(
                    key=key,
                    body=b"BEGIN:VCALENDAR",
                    gzip_body=b"",
                    etag='"x"',
                    last_modified=NOW,
                    rendered_at=NOW,
                )
            )
        principal = await principal_of(db, cast, "member")
        assert issued.subscription.id is not None
        async with db.transaction() as session:
            await revoke_subscription(
                session, principal=principal, subscription_id=issued.subscription.id, now=NOW
            )
        async with db.read() as session:
            assert await session.get(RenderedFeed, key) is None


class TestSubscriptionForToken:
    """Issue 9, deliverables 1 and 6: a revoked token is no feed at once; last fetched shown."""

    async def test_unknown_tokens_and_deactivated_owners_find_nothing(self, db: Database) -> None:
        cast = await make_cast(db)
        issued = await new_feed(db, cast, "member")
        async with db.transaction() as session:
            assert await subscription_for_token(session, token="plf_nope", now=NOW) is None
            assert await subscription_for_token(session, token=issued.token, now=NOW) is not None
            await session.exec(
                update(User).where(col(User.id) == cast.users["member"][0]).values(is_active=False)
            )
            assert await subscription_for_token(session, token=issued.token, now=NOW) is None

    async def test_the_fetch_time_is_written_at_most_once_a_minute(self, db: Database) -> None:
        cast = await make_cast(db)
        issued = await new_feed(db, cast, "member")
        times = [NOW, NOW + timedelta(seconds=30), NOW + timedelta(seconds=61)]
        seen = []
        for when in times:
            async with db.transaction() as session:
                found = await subscription_for_token(session, token=issued.token, now=when)
                assert found is not None
            (row,) = await rows(db)
            seen.append(row.last_fetched_at)
        assert seen == [NOW, NOW, times[2]]
