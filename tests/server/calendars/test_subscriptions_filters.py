"""Filters of subscription feeds, checked once when the feed is made."""

from __future__ import annotations

from typing import Any

import pytest

from server.calendars.subscriptions import create_subscription
from server.db import Database
from server.events.models import Visibility
from server.kit.errors import InvalidInput
from server.orgs.resolve import NO_ORGANIZATION
from tests.server.calendars.private_cast import NOW, Cast, add_event, make_cast, principal_of


async def problems_of(db: Database, cast: Cast, who: str, filters: dict[str, Any]) -> list[Any]:
    principal = await principal_of(db, cast, who)
    async with db.transaction() as session:
        try:
            issued = await create_subscription(
                session, principal=principal, name="feed", filters=filters, now=NOW
            )
        except InvalidInput as refused:
            return [(p.field, p.code, p.message) for p in refused.problems]
    return [issued.subscription.filters]


class TestCheckFilters:
    """Issue 9, deliverable 1: organizations the owner may see, known kinds, ISO countries,
    language tags, lowercased tags, bounded lists."""

    async def test_filters_are_stored_cleaned_and_sorted(self, db: Database) -> None:
        cast = await make_cast(db)
        stored = await problems_of(
            db,
            cast,
            "member",
            {
                "organizationIds": [cast.other, cast.host, cast.other],
                "kinds": ["workshop", "forum"],
                "tags": [" Elections", "elections", "Youth"],
                "countries": ["ke", "DE"],
                "languages": ["pt-BR", "en"],
            },
        )
        assert stored == [
            {
                "organizationIds": sorted([cast.host, cast.other]),
                "kinds": ["forum", "workshop"],
                "tags": ["elections", "youth"],
                "countries": ["DE", "KE"],
                "languages": ["en", "pt-BR"],
            }
        ]

    async def test_a_hidden_organization_answers_like_a_missing_one(self, db: Database) -> None:
        cast = await make_cast(db)
        # The outsider has no role: only hosts of events they may see are theirs to name.
        hidden = await problems_of(db, cast, "outsider", {"organizationIds": [cast.other]})
        missing = await problems_of(db, cast, "outsider", {"organizationIds": [987654]})
        assert hidden == missing == [("filters.organizationIds", "not_found", NO_ORGANIZATION)]

    async def test_an_outsider_may_follow_the_host_of_a_public_event(self, db: Database) -> None:
        cast = await make_cast(db)
        stored = await problems_of(db, cast, "outsider", {"organizationIds": [cast.host]})
        assert stored == [{**stored[0], "organizationIds": [cast.host]}]
        # A host of nothing public stays hidden, even once it hosts a network event.
        await add_event(db, cast, "closed", host_organization_id=cast.other)
        hidden = await problems_of(db, cast, "outsider", {"organizationIds": [cast.other]})
        assert hidden[0][1] == "not_found"
        await add_event(
            db, cast, "open", host_organization_id=cast.other, visibility=Visibility.PUBLIC
        )
        assert len(await problems_of(db, cast, "outsider", {"organizationIds": [cast.other]})) == 1

    async def test_members_of_the_network_may_name_any_organization(self, db: Database) -> None:
        cast = await make_cast(db)
        stored = await problems_of(db, cast, "partner", {"organizationIds": [cast.other]})
        assert stored[0]["organizationIds"] == [cast.other]

    @pytest.mark.parametrize(
        ("name", "values", "code"),
        [
            ("kinds", ["party"], "unknown"),
            ("countries", ["Kenya"], "unknown"),
            ("languages", ["english!"], "invalid"),
            ("tags", ["x" * 51], "too_long"),
            ("tags", [f"t{n}" for n in range(21)], "too_many"),
        ],
    )
    async def test_bad_values_are_field_errors(
        self, db: Database, name: str, values: list[str], code: str
    ) -> None:
        cast = await make_cast(db)
        problems = await problems_of(db, cast, "member", {name: values})
        assert [(f, c) for f, c, _ in problems] == [(f"filters.{name}", code)]
