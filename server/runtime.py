"""Builds the runtime (database, jobs, SMS, email, live events, rate limits) from the settings.

This is where the three seams are chosen; everything above them has one code path.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from arq import create_pool
from arq.connections import RedisSettings
from redis.asyncio import Redis

from server.db import Database
from server.jobs.queue import ArqQueue, InProcessQueue, JobQueue
from server.kit.ratelimit import MemoryRateLimiter, RateLimiter, RedisRateLimiter
from server.live.bus import EventBus, MemoryBus, RedisBus
from server.mail.gateway import MailGateway, OutboxMailGateway, SmtpMailGateway
from server.messaging.gateway import OutboxGateway, SmsGateway, TwilioGateway
from server.reports.writer import ReportWriter
from server.settings import Settings
from server.tasks import FUNCTIONS


@dataclass
class Runtime:
    settings: Settings
    db: Database
    jobs: JobQueue
    sms: SmsGateway
    bus: EventBus
    rate_limiter: RateLimiter
    redis: Redis | None = None
    extras: dict[str, Any] = field(default_factory=dict)
    mail: MailGateway = field(default_factory=OutboxMailGateway)
    # Reports submitted through the API: stored in batches (group commit).
    reports: ReportWriter = field(init=False)

    def __post_init__(self) -> None:
        self.reports = ReportWriter(self.db)

    async def close(self) -> None:
        await self.reports.close()
        await self.jobs.close()
        await self.bus.close()
        await self.sms.close()
        await self.mail.close()
        if self.redis is not None:
            await self.redis.aclose()
        await self.db.dispose()


def build_sms(settings: Settings) -> SmsGateway:
    if settings.sms == "twilio":
        return TwilioGateway(
            account_sid=settings.twilio_account_sid,
            auth_token=settings.twilio_auth_token,
            from_number=settings.twilio_from_number,
            messaging_service_sid=settings.twilio_messaging_service_sid,
            base_url=settings.twilio_base_url,
        )
    return OutboxGateway()


def build_mail(settings: Settings) -> MailGateway:
    if settings.mail == "smtp":
        return SmtpMailGateway(
            host=settings.smtp_host,
            port=settings.smtp_port,
            sender=settings.mail_from,
            username=settings.smtp_username,
            password=settings.smtp_password,
            starttls=settings.smtp_starttls,
            use_tls=settings.smtp_tls,
            timeout=settings.smtp_timeout_seconds,
        )
    return OutboxMailGateway()


def job_context(
    db: Database, sms: SmsGateway, settings: Settings, mail: MailGateway | None = None
) -> dict[str, Any]:
    """The `ctx` every job receives, in the worker and in the in-process runner alike.
    Without `mail`, the email gateway the settings name."""
    return {"db": db, "sms": sms, "mail": mail or build_mail(settings), "settings": settings}


def in_process_runtime(settings: Settings, db: Database) -> Runtime:
    """Everything in this process around `db`: the embedded default's seams (tests use it too)."""
    sms = OutboxGateway()
    mail = OutboxMailGateway()
    return Runtime(
        settings=settings,
        db=db,
        jobs=InProcessQueue(FUNCTIONS, job_context(db, sms, settings, mail)),
        sms=sms,
        bus=MemoryBus(),
        rate_limiter=MemoryRateLimiter(),
        mail=mail,
    )


async def build_runtime(settings: Settings) -> Runtime:
    db = Database.from_url(settings.database_url)
    sms = build_sms(settings)
    mail = build_mail(settings)
    redis = Redis.from_url(settings.redis_url) if settings.redis_url else None
    if settings.jobs == "arq":
        arq_pool = await create_pool(RedisSettings.from_dsn(settings.redis_url))
        jobs: JobQueue = ArqQueue(arq_pool)
    else:
        jobs = InProcessQueue(FUNCTIONS, job_context(db, sms, settings, mail))
    bus: EventBus = (
        RedisBus(Redis.from_url(settings.redis_url)) if settings.events == "redis" else MemoryBus()
    )
    rate_limiter: RateLimiter = (
        RedisRateLimiter(redis) if redis is not None else MemoryRateLimiter()
    )
    return Runtime(
        settings=settings,
        db=db,
        jobs=jobs,
        sms=sms,
        bus=bus,
        rate_limiter=rate_limiter,
        redis=redis,
        mail=mail,
    )
