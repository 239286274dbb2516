"""Missions: finding one by id."""

from __future__ import annotations

from sqlmodel.ext.asyncio.session import AsyncSession

from server.missions.models import Mission


async def get_mission(session: AsyncSession, *, mission_id: int) -> Mission | None:
    return await session.get(Mission, mission_id)
