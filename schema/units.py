"""One mutation, one transaction: invalid input becomes field errors, messages go after commit.

A thin adapter around the server's unit of work (`server.messaging.unit`), which jobs use too.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypeVar

from sqlalchemy.exc import IntegrityError
from sqlmodel.ext.asyncio.session import AsyncSession

from schema.context import Info
from schema.errors import FieldError, conflict_errors, field_errors
from server.kit.errors import InvalidInput
from server.messaging.outbox import Outbox
from server.messaging.unit import request_unit

R = TypeVar("R")


async def in_transaction_with_outbox(
    info: Info, work: Callable[[AsyncSession, Outbox], Awaitable[R]]
) -> tuple[R | None, list[FieldError]]:
    """Run `work` in one committed transaction; after the commit, send what it stored in the
    outbox. Invalid input (a refused message budget too) changes and sends nothing."""
    runtime = info.context.runtime
    unit = request_unit(
        runtime.db, jobs=runtime.jobs, gateway=runtime.sms.name, settings=runtime.settings
    )
    try:
        async with unit.transaction() as session:
            result = await work(session, unit.outbox)
    except InvalidInput as invalid:
        return None, field_errors(invalid.problems)
    except IntegrityError as refused:  # rolled back by the transaction block
        return None, conflict_errors(refused)
    return result, []


async def in_transaction(
    info: Info, work: Callable[[AsyncSession], Awaitable[R]]
) -> tuple[R | None, list[FieldError]]:
    """Run `work` in one committed transaction; invalid input becomes field errors."""
    return await in_transaction_with_outbox(info, lambda session, _: work(session))
