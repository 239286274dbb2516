"""What every feed render needs from the settings (temporary copy: helper "serve" owns it)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from server.settings import Settings


@dataclass(frozen=True)
class FeedPolicy:
    link_base: str
    network_name: str
    cancelled_window: timedelta = timedelta(days=30)
    refresh: timedelta = timedelta(hours=6)

    @classmethod
    def of(cls, settings: Settings) -> FeedPolicy:
        return cls(link_base=settings.link_base, network_name=settings.network_name)
