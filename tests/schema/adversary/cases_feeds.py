"""Private calendar feeds (issue 9): revoking another person's feed, naming organizations in
a feed's filters."""

from __future__ import annotations

from tests.schema.adversary.case import ERRORS, Case, mutation
from tests.schema.adversary.cases_queries import DIRECTORY

FEED = f"subscription {{ id name revokedAt filters {{ organizationIds }} }} {ERRORS}"

FEED_CASES = (
    Case(
        "Mutation.revokeFeedSubscription",
        "id",
        "feed_subscription",
        mutation("$t: ID!", "revokeFeedSubscription(id: $t)", FEED),
        lambda w, t: {"t": t},
        # A feed is its owner's alone: not even an admin of the owner's organization
        # revokes it (deactivating the account ends all of its feeds).
        victims=("b_observer_feed", "partner_admin_feed"),
        own="{me}_feed",
        destructive=True,
    ),
    Case(
        "Mutation.createFeedSubscription",
        "filters.organizationIds",
        "organization",
        mutation(
            "$t: [ID!]",
            'createFeedSubscription(name: "probe", filters: {organizationIds: $t})',
            f"subscription {{ filters {{ organizationIds }} }} {ERRORS}",
        ),
        lambda w, t: {"t": t},
        own="org_a",
        # An outsider naming a hidden organization is tested in test_feed_subscriptions.py.
        exempt=DIRECTORY,
        as_list=True,
    ),
)
