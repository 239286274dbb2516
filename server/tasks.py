"""Every job function, by name, and the one schedule: the in-process runner and the arq worker
share this table. It sits above the domains whose jobs it lists, outside `server/jobs`, so the
job queue itself depends on no domain."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from server.accounts.tasks import prune_expired_sessions
from server.calendars import dirty
from server.calendars.tasks import render_dirty_feeds, render_feed
from server.jobs.queue import JobFunction
from server.mail.tasks import resend_unsent_email, send_email
from server.messaging.tasks import resend_unsent_sms, send_sms
from server.registrations.tasks import expire_waitlist_offers

FUNCTIONS: dict[str, JobFunction] = {
    "expire_waitlist_offers": expire_waitlist_offers,
    "prune_expired_sessions": prune_expired_sessions,
    "render_dirty_feeds": render_dirty_feeds,
    "render_feed": render_feed,
    "resend_unsent_email": resend_unsent_email,
    "resend_unsent_sms": resend_unsent_sms,
    "send_email": send_email,
    "send_sms": send_sms,
}


@dataclass(frozen=True)
class Periodic:
    """A chore run every `every_minutes` (a divisor of 60), at `offset` minutes past."""

    function: str
    every_minutes: int
    offset: int = 0

    def minutes(self) -> set[int]:
        return set(range(self.offset, 60, self.every_minutes))

    def job_id(self, now: datetime) -> str:
        # One id per slot: however many schedulers fire in a slot, the job runs once.
        slot = int(now.timestamp()) // 60 // self.every_minutes
        return f"{self.function}:{slot}"


# The one schedule: arq's cron in production, the embedded scheduler in the default mode.
PERIODIC: list[Periodic] = [
    Periodic("prune_expired_sessions", every_minutes=60, offset=7),
    Periodic("expire_waitlist_offers", every_minutes=5),
    Periodic("resend_unsent_sms", every_minutes=5, offset=2),
    Periodic("resend_unsent_email", every_minutes=5, offset=3),
    Periodic("render_dirty_feeds", every_minutes=1),
]

# Calendar feeds are marked as changed at flush time, by every process that writes events.
dirty.install()
