"""Every job function, by name: the in-process runner and the arq worker share this list."""

from __future__ import annotations

from server.accounts.tasks import prune_expired_sessions
from server.jobs.queue import JobFunction
from server.messaging.tasks import send_sms
from server.registrations.tasks import expire_waitlist_offers

FUNCTIONS: dict[str, JobFunction] = {
    "expire_waitlist_offers": expire_waitlist_offers,
    "prune_expired_sessions": prune_expired_sessions,
    "send_sms": send_sms,
}
