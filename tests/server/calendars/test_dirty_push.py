"""Push for urgent changes (issue 9, item 4): registrants of a published event that starts
within the next 72 hours hear of a move or a cancellation once per change.

Decision: every registrant of a published event is told of each material change, whenever
the event is (a subset of which is the 72-hour case the issue names); calendar feeds carry
the same change, but Google may take a day to poll, so the message does not wait for them.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from server.db import Database
from server.events import flows
from server.events.inputs import EventChanges
from server.notifications.service import Outbox
from tests.conftest import ROOT
from tests.server.events.test_flows import seated_event
from tests.server.events.test_service import make_cast

# Two days after "now" in the event's zone, from the test's point of view.
SOON = datetime(2030, 3, 12, 9, 0)


class TestPushWithin72Hours:
    async def test_a_move_and_a_cancellation_each_tell_registrants_once(self, db: Database) -> None:
        cast = await make_cast(db)
        event_id = await seated_event(db, cast)
        moved = EventChanges(starts_at=SOON, ends_at=SOON + timedelta(hours=2))
        counts = []
        for _ in range(2):  # the second identical edit is no change: nothing more is sent
            outbox = Outbox(gateway="outbox")
            async with db.transaction() as session:
                await flows.update_event(
                    session,
                    principal=cast.organizer,
                    event_id=event_id,
                    changes=moved,
                    following=False,
                    outbox=outbox,
                )
            counts.append(len(outbox.message_ids))
        outbox = Outbox(gateway="outbox")
        async with db.transaction() as session:
            await flows.cancel_event(
                session, principal=ROOT, event_id=event_id, reason="Floods", outbox=outbox
            )
        counts.append(len(outbox.message_ids))
        assert counts == [1, 0, 1]
