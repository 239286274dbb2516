"""Adding the standard forms (server/forms/templates.py) to a mission in one step, so a
coordinator who set a mission up in the browser has forms to deploy without writing JSON."""

from __future__ import annotations

import orjson
from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from server.forms.models import Form
from server.forms.service import create_form, stored
from server.forms.templates import standard_forms
from server.missions.access import Can, mission_access
from server.orgs.access import Principal


async def add_standard_forms(
    session: AsyncSession, *, principal: Principal, mission_id: int
) -> list[Form]:
    """The standard forms the mission lacks, by code, created as any form is; a form whose code
    the mission already uses is left alone, so asking twice adds nothing."""
    access = await mission_access(session, principal=principal, mission_id=mission_id)
    access.require(Can.MANAGE)
    taken = set((await session.exec(select(Form.code).where(Form.mission_id == mission_id))).all())
    added: list[Form] = []
    for kind, code, names, definition in standard_forms():
        if code in taken:
            continue
        added.append(
            await create_form(
                session,
                principal=principal,
                mission_id=mission_id,
                kind=kind,
                code=code,
                names=list(names.items()),
                definition=orjson.dumps(stored(definition)).decode(),
            )
        )
    return added
