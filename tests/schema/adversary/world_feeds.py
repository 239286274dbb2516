"""The adversary world's private calendar feeds, for the cases in cases_feeds.py: one per
attacker (their own, for the controls) and those of B's observer and the partner's admin."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tests.conftest import GraphQLClient
    from tests.schema.adversary.world import AdversaryWorld

CREATE_FEED = """
mutation($name: String!) { createFeedSubscription(name: $name) {
  subscription { id } errors { code } } }"""
OWNERS = ("a_organizer", "a_admin", "b_observer", "partner_admin")


async def feed_objects(gql: GraphQLClient, w: AdversaryWorld) -> None:
    for owner in OWNERS:
        body = await gql.execute(CREATE_FEED, {"name": f"{owner} feed"}, token=w.tokens[owner])
        payload = body["data"]["createFeedSubscription"]
        assert payload["errors"] == [], body
        w.ids[f"{owner}_feed"] = str(payload["subscription"]["id"])
