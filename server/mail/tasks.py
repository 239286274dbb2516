"""Email jobs. They take email ids only: arq logs job arguments, and an email holds a link
with a token."""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

from arq.worker import Retry

from server.db import Database, utcnow
from server.jobs.queue import ArqQueue, JobQueue
from server.mail import service
from server.mail.gateway import MailGateway
from server.mail.handover import hand_over_emails

logger = logging.getLogger(__name__)

# An email's own send job is enqueued right after its transaction commits; one still queued
# after this long lost its job (or used up its retries). Older than RESEND_WITHIN, its link
# has expired or soon will, and the person will ask again.
RESEND_AFTER = timedelta(minutes=2)
RESEND_WITHIN = timedelta(hours=24)
# The job's own retries (arq's max_tries bounds them): 1, 2, 4, 8 minutes.
RETRY_BASE = timedelta(minutes=1)
RETRY_MAX = timedelta(minutes=15)


def retry_delay(job_try: int) -> timedelta:
    delay: timedelta = RETRY_BASE * (2 ** max(0, job_try - 1))
    return min(delay, RETRY_MAX)


async def send_email(ctx: dict[str, Any], email_id: int) -> str | None:
    """Deliver one stored email (idempotent); returns its Message-ID.

    A transient failure is recorded, then the job asks arq to run it again later (Retry); a
    permanent refusal is recorded and the job succeeds, since no retry can fix it.
    """
    db: Database = ctx["db"]
    gateway: MailGateway = ctx["mail"]
    async with db.transaction() as session:
        delivery = await service.deliver_email(session, gateway=gateway, email_id=email_id)
    if delivery.retry:
        raise Retry(defer=retry_delay(int(ctx.get("job_try") or 1)))
    return delivery.email.provider_id


def _queue(ctx: dict[str, Any]) -> JobQueue | None:
    jobs: JobQueue | None = ctx.get("jobs")
    if jobs is None and ctx.get("redis") is not None:
        # Inside an arq worker: its own Redis pool (not closed here, it is the worker's).
        jobs = ArqQueue(ctx["redis"])
    return jobs


async def resend_unsent_email(ctx: dict[str, Any]) -> int:
    """Send again what is still queued (every 5 minutes); returns how many.

    Safe to overlap with the original job: the job id is the email's, and `deliver_email`
    locks the row and skips an email that was sent or given up.
    """
    db: Database = ctx["db"]
    async with db.read() as session:
        ids = await service.unsent_emails(
            session, now=utcnow(), older_than=RESEND_AFTER, within=RESEND_WITHIN
        )
    if ids:
        logger.warning("resending emails still queued", extra={"count": len(ids)})
        await hand_over_emails(db, ids, jobs=_queue(ctx), gateway=ctx.get("mail"))
    return len(ids)
