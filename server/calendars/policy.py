"""What every feed of this installation shares: where links point, the network's name, and
how long cancelled and past events stay, read once from the settings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Protocol


class FeedSettings(Protocol):
    """The settings a policy reads (server.settings.Settings has them all)."""

    @property
    def link_base(self) -> str: ...

    network_name: str
    feed_cancelled_days: int
    feed_past_days: int
    feed_refresh_hours: int
    feed_debounce_seconds: int

    @property
    def requires_two_factor_for_admins(self) -> bool: ...


@dataclass(frozen=True)
class FeedPolicy:
    link_base: str
    network_name: str
    # A cancelled event stays in feeds as STATUS:CANCELLED this long after it was cancelled
    # (its last update), so that every client polls at least once and strikes it through;
    # then it drops out instead of piling up.
    cancelled_window: timedelta = timedelta(days=30)
    refresh: timedelta = timedelta(hours=6)
    # Events that ended longer ago than this are left out: feeds stay bounded as years pass,
    # and clients keep the copies they already have.
    past_window: timedelta = timedelta(days=90)
    # Changes are gathered this long before a feed is rendered again.
    debounce: timedelta = timedelta(seconds=30)
    # Private feeds render what their owner's account may see, under the same two-factor rule
    # as the app: an admin who must turn it on and has not sees public events only.
    require_two_factor: bool = True

    @classmethod
    def of(cls, settings: FeedSettings) -> FeedPolicy:
        return cls(
            link_base=settings.link_base,
            network_name=settings.network_name,
            cancelled_window=timedelta(days=settings.feed_cancelled_days),
            refresh=timedelta(hours=settings.feed_refresh_hours),
            past_window=timedelta(days=settings.feed_past_days),
            debounce=timedelta(seconds=settings.feed_debounce_seconds),
            require_two_factor=settings.requires_two_factor_for_admins,
        )

    # The name the common brief agreed on, kept as an alias.
    from_settings = of
