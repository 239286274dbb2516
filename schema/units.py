"""One mutation, one transaction: invalid input becomes field errors, messages go after commit."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypeVar

from sqlalchemy.exc import IntegrityError
from sqlmodel.ext.asyncio.session import AsyncSession

from schema.context import Info
from schema.errors import FieldError, conflict_errors, field_errors
from server.kit.errors import InvalidInput
from server.notifications.service import Outbox, send_outbox

R = TypeVar("R")


async def in_transaction_with_outbox(
    info: Info, work: Callable[[AsyncSession, Outbox], Awaitable[R]]
) -> tuple[R | None, list[FieldError]]:
    """Run `work` in one committed transaction; after the commit, send what it stored in the
    outbox (a send job started earlier could see nothing, or send what is then rolled back)."""
    outbox = Outbox(gateway=info.context.runtime.sms.name)
    try:
        async with info.context.runtime.db.transaction() as session:
            result = await work(session, outbox)
    except InvalidInput as invalid:
        return None, field_errors(invalid.problems)
    except IntegrityError as refused:  # rolled back by the transaction block
        return None, conflict_errors(refused)
    await send_outbox(info.context.runtime.jobs, outbox)
    return result, []


async def in_transaction(
    info: Info, work: Callable[[AsyncSession], Awaitable[R]]
) -> tuple[R | None, list[FieldError]]:
    """Run `work` in one committed transaction; invalid input becomes field errors."""
    return await in_transaction_with_outbox(info, lambda session, _: work(session))
