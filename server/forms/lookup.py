"""Forms by id, for lists that show the forms of many rows at once (deployments,
assignments): one statement for any number of ids."""

from __future__ import annotations

from collections.abc import Sequence

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from server.forms.models import Form


async def forms_by_ids(session: AsyncSession, *, ids: Sequence[int]) -> dict[int, Form]:
    rows = await session.exec(select(Form).where(col(Form.id).in_(ids)))
    return {form.id: form for form in rows.all() if form.id is not None}
