"""What an SMS may say: free text only to members of the event's host organization."""

from __future__ import annotations

import re

import pytest

from server.messaging.outbox import MessagePolicy
from server.notifications.templates import PLAIN, SAFE_PARAMS, TITLED, render
from server.orgs.models import Role
from server.runtime import Runtime
from server.settings import Settings
from tests.conftest import GraphQLClient
from tests.schema.conftest import World, make_member, world
from tests.schema.test_events_write import (
    CANCEL,
    DECLINE,
    POSTPONE,
    REGISTER,
    create_event,
    messages,
    mutate,
)

__all__ = ["world"]  # the fixture, shared with the GraphQL tests

ATTACK_TITLE = "URGENT security alert: reset at http://evil.example"
ATTACK_REASON = "call +1 555 0100 to keep your seat"
KENYA_OBSERVER_PHONE = "+254712000004"
GHANA_ADMIN_PHONE = "+233244000001"


@pytest.fixture
def settings(settings: Settings) -> Settings:
    return settings.model_copy(
        update={"network_name": "Election Watch", "public_base_url": "https://pluralis.example/"}
    )


def assert_plain(sms: str, event_id: str) -> None:
    """The fixed text: signed with the network, linking the event page, quoting nothing."""
    assert sms.startswith("Election Watch: ")
    assert f"https://pluralis.example/events/{event_id}" in sms
    for word in ("URGENT", "evil", "555"):
        assert word not in sms


class TestNoAttackerWordedSms:
    """Issue 7, finding 5: an event title chosen by another organization reached any person's
    phone in an offer or a change notice."""

    async def _ghana_event(self, gql: GraphQLClient, runtime: Runtime, world: World) -> str:
        organizer = await make_member(
            runtime.db, org_id=world.ghana, role=Role.ORGANIZER, name="Gifty Organizer"
        )
        self.ghana_organizer = organizer.token
        return await create_event(
            gql, organizer.token, world.ghana, publish=True, capacity=1, title=ATTACK_TITLE
        )

    async def test_an_offer_quotes_the_title_only_to_the_host_organizations_members(
        self, gql: GraphQLClient, runtime: Runtime, world: World
    ) -> None:
        event_id = await self._ghana_event(gql, runtime, world)
        held = await mutate(gql, REGISTER, {"event": event_id}, self.ghana_organizer)
        outsider = await mutate(gql, REGISTER, {"event": event_id}, world.observer.token)
        member = await mutate(gql, REGISTER, {"event": event_id}, world.ghana_admin.token)
        assert outsider["registration"]["status"] == "WAITLISTED"

        await mutate(gql, CANCEL, {"id": held["registration"]["id"]}, self.ghana_organizer)
        (offer,) = await messages(runtime, KENYA_OBSERVER_PHONE)
        assert_plain(offer, event_id)
        assert "seat is free" in offer

        # Passed on to a member of the host organization, who knows who wrote the title.
        await mutate(gql, DECLINE, {"id": outsider["registration"]["id"]}, world.observer.token)
        (offer,) = await messages(runtime, GHANA_ADMIN_PHONE)
        assert ATTACK_TITLE in offer
        assert member["registration"]["status"] == "WAITLISTED"

    async def test_a_change_notice_quotes_title_and_reason_only_to_members(
        self, gql: GraphQLClient, runtime: Runtime, world: World
    ) -> None:
        event_id = await self._ghana_event(gql, runtime, world)
        await mutate(gql, REGISTER, {"event": event_id}, world.observer.token)
        await mutate(gql, REGISTER, {"event": event_id}, world.ghana_admin.token)

        postponed = await mutate(
            gql, POSTPONE, {"id": event_id, "reason": ATTACK_REASON}, self.ghana_organizer
        )
        assert postponed["errors"] == []
        notice = (await messages(runtime, KENYA_OBSERVER_PHONE))[-1]
        assert_plain(notice, event_id)
        assert "has changed: postponed" in notice
        member_notice = (await messages(runtime, GHANA_ADMIN_PHONE))[-1]
        assert ATTACK_TITLE in member_notice and ATTACK_REASON in member_notice


class TestTemplates:
    """Issue 7, finding 5: the plain texts are fixed words, in every language."""

    @pytest.mark.parametrize("template", sorted(PLAIN))
    @pytest.mark.parametrize("language", ["en", "fr", "es"])
    def test_plain_texts_use_only_values_the_code_computed(
        self, template: str, language: str
    ) -> None:
        names = set(re.findall(r"{(\w+)}", PLAIN[template][language]))
        assert names <= SAFE_PARAMS
        params = {
            "title": ATTACK_TITLE,
            "reason": ATTACK_REASON,
            "expires": "01 Jun 10:00 EAT",
            "change": "postponed",
            "category": "violence",
            "network": "Election Watch",
            "link": MessagePolicy(public_base_url="https://p.example").event_link(7),
        }
        text = render(template, language, params, titled=False)
        assert "evil" not in text and "555" not in text
        assert "https://p.example/events/7" in text

    def test_every_template_has_both_forms(self) -> None:
        assert set(PLAIN) == set(TITLED)
