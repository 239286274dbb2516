"""The adversary world's event invitations (sent by the app), for cases_invitations.py."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tests.conftest import GraphQLClient
    from tests.schema.adversary.world import AdversaryWorld

SEND = """
mutation($event: ID!, $email: String!) { sendEventInvitation(eventId: $event, email: $email) {
  invitation { id } errors { code } } }"""


async def invitation_objects(gql: GraphQLClient, w: AdversaryWorld) -> None:
    """A guest invited by email on each side: A's to its network event, B's to its
    invite-only meeting."""
    sent = {"a": ("a_event", "a_guest@alpha.example"), "b": ("b_invite", "b_guest@beta.example")}
    for side, (event, email) in sent.items():
        body = await gql.execute(
            SEND, {"event": w[event], "email": email}, token=w.tokens[f"{side}_organizer"]
        )
        payload = body["data"]["sendEventInvitation"]
        assert payload["errors"] == [], body
        w.ids[f"{side}_event_invitation"] = str(payload["invitation"]["id"])
