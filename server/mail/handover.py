"""Handing committed emails over: to the job queue, or, where there is none, sent right here.

Both the unit of work (`server.messaging.unit`, after its commit) and the resend sweep call
this, so an email is always sent the same way: by the `send_email` job, whose id is the
email's, or in place with the same service.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from server.db import Database
from server.jobs.queue import JobQueue
from server.mail import service
from server.mail.gateway import MailGateway

logger = logging.getLogger(__name__)


def job_id(email_id: int) -> str:
    return f"email:{email_id}"


async def hand_over_emails(
    db: Database,
    email_ids: Sequence[int],
    *,
    jobs: JobQueue | None,
    gateway: MailGateway | None,
) -> None:
    """Queue a `send_email` job per email, or deliver each in its own transaction.

    Idempotent: the job id is the email's, and `deliver_email` never resends a sent email.
    """
    if jobs is not None:
        for email_id in email_ids:
            await jobs.enqueue("send_email", email_id, job_id=job_id(email_id))
        return
    assert gateway is not None, "emails need a job queue or a mail gateway"
    for email_id in email_ids:
        # One failure must not stop the others; the resend sweep tries again.
        try:
            async with db.transaction() as session:
                delivery = await service.deliver_email(session, gateway=gateway, email_id=email_id)
            if delivery.retry:
                logger.warning("an email could not be sent yet", extra={"email_id": email_id})
        except Exception:
            logger.exception("sending an email failed", extra={"email_id": email_id})
