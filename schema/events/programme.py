"""Mutations of an event's programme: parse, delegate to server/events/programme, shape.

Session times are passed on as typed; the service reads a time without an offset in the
event's zone only after it has checked that the caller manages the event.
"""

from __future__ import annotations

from datetime import datetime

import strawberry
from sqlmodel.ext.asyncio.session import AsyncSession

from schema.context import Info
from schema.errors import FieldError
from schema.events.parsing import LOCAL_TIME, id_list, ids, not_null, one_id, optional_id, unset
from schema.permissions import AUTHENTICATED
from schema.types.common import parse_id
from schema.types.events import ProgrammeSession
from schema.types.venues import ProgrammeWarning
from schema.units import in_transaction
from server.events import programme
from server.events.models import SessionKind
from server.kit.errors import Problems


@strawberry.input(description="A programme session. Times are local to the event's zone.")
class SessionInput:
    kind: SessionKind
    title: str
    starts_at: datetime = strawberry.field(description=LOCAL_TIME)
    ends_at: datetime = strawberry.field(description=LOCAL_TIME)
    description: str = ""
    room_id: strawberry.ID | None = None
    track: str | None = None
    capacity: int | None = None
    speaker_ids: list[strawberry.ID] = strawberry.field(
        default_factory=list,
        description="People you may see; each is asked and shown publicly once they accept.",
    )
    moderator_ids: list[strawberry.ID] = strawberry.field(
        default_factory=list, description="Like speakerIds."
    )


@strawberry.input(description="Only the fields sent are changed; null clears an optional one.")
class UpdateSessionInput:
    kind: SessionKind | None = strawberry.UNSET
    title: str | None = strawberry.UNSET
    starts_at: datetime | None = strawberry.field(default=strawberry.UNSET, description=LOCAL_TIME)
    ends_at: datetime | None = strawberry.field(default=strawberry.UNSET, description=LOCAL_TIME)
    description: str | None = strawberry.UNSET
    room_id: strawberry.ID | None = strawberry.UNSET
    track: str | None = strawberry.UNSET
    capacity: int | None = strawberry.UNSET
    speaker_ids: list[strawberry.ID] | None = strawberry.UNSET
    moderator_ids: list[strawberry.ID] | None = strawberry.UNSET


def session_input(data: SessionInput) -> programme.SessionInput:
    problems = Problems()
    result = programme.SessionInput(
        kind=data.kind,
        title=data.title,
        starts_at=data.starts_at,
        ends_at=data.ends_at,
        description=data.description,
        room_id=None if data.room_id is None else one_id(problems, data.room_id, "roomId"),
        track=data.track,
        capacity=data.capacity,
        speakers=ids(problems, data.speaker_ids, "speakerIds"),
        moderators=ids(problems, data.moderator_ids, "moderatorIds"),
    )
    problems.raise_if_any()
    return result


def session_changes(data: UpdateSessionInput) -> programme.SessionChanges:
    problems = Problems()
    changes = programme.SessionChanges(
        kind=not_null(problems, "kind", data.kind),
        title=not_null(problems, "title", data.title),
        description=unset(data.description if data.description is not None else ""),
        starts_at=not_null(problems, "startsAt", data.starts_at),
        ends_at=not_null(problems, "endsAt", data.ends_at),
        room_id=optional_id(problems, data.room_id, "roomId"),
        track=unset(data.track),
        capacity=unset(data.capacity),
        speakers=id_list(problems, data.speaker_ids, "speakerIds"),
        moderators=id_list(problems, data.moderator_ids, "moderatorIds"),
    )
    problems.raise_if_any()
    return changes


@strawberry.type
class SessionPayload:
    session: ProgrammeSession | None = None
    warnings: list[ProgrammeWarning] = strawberry.field(
        default_factory=list,
        description="Saved anyway: speaker double-booked, outside the event, room too small.",
    )
    errors: list[FieldError]

    @classmethod
    async def of(
        cls, info: Info, result: programme.SessionResult | None, errors: list[FieldError]
    ) -> SessionPayload:
        if result is None:
            return cls(errors=errors)
        assert result.session.id is not None
        async with info.context.runtime.db.read() as session:
            entries = await programme.programme_entries(session, session_ids=[result.session.id])
        (entry,) = entries[result.session.event_id]
        return cls(
            # The caller manages the event, so pending speakers are theirs to see.
            session=ProgrammeSession.from_entry(entry, manager=True),
            warnings=[ProgrammeWarning.from_row(w) for w in result.warnings],
            errors=errors,
        )


@strawberry.type
class RemovePayload:
    ok: bool


@strawberry.type
class ProgrammeMutations:
    @strawberry.mutation(
        permission_classes=AUTHENTICATED,
        description="Add a session. A room already booked at that time is an error "
        "(room_taken); other conflicts come back as warnings and the session is saved.",
    )
    async def add_session(
        self, info: Info, event_id: strawberry.ID, input: SessionInput
    ) -> SessionPayload:
        principal = info.context.principal

        async def work(session: AsyncSession) -> programme.SessionResult:
            event = parse_id(event_id, "eventId")
            return await programme.add_session(
                session, principal=principal, event_id=event, data=session_input(input)
            )

        result, errors = await in_transaction(info, work)
        return await SessionPayload.of(info, result, errors)

    @strawberry.mutation(permission_classes=AUTHENTICATED, description="Like addSession.")
    async def update_session(
        self, info: Info, id: strawberry.ID, input: UpdateSessionInput
    ) -> SessionPayload:
        principal = info.context.principal

        async def work(session: AsyncSession) -> programme.SessionResult:
            session_id = parse_id(id, "id")
            return await programme.update_session(
                session, principal=principal, session_id=session_id, changes=session_changes(input)
            )

        result, errors = await in_transaction(info, work)
        return await SessionPayload.of(info, result, errors)

    @strawberry.mutation(
        permission_classes=AUTHENTICATED,
        description="Remove a session with its speakers and session registrations.",
    )
    async def remove_session(self, info: Info, id: strawberry.ID) -> RemovePayload:
        principal = info.context.principal
        session_id = parse_id(id, "id")
        async with info.context.runtime.db.transaction() as session:
            await programme.remove_session(session, principal=principal, session_id=session_id)
        return RemovePayload(ok=True)
