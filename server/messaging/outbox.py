"""What one transaction stored to send, and the rules its messages follow.

An `Outbox` lives exactly as long as one unit of work (a request or a job's transaction): the
services add the ids of the messages they store, and the unit hands them to the queue after
the commit (`server.messaging.unit`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from typing import Protocol

DEFAULT_NETWORK_NAME = "Pluralis"
DEFAULT_BUDGET = 500
BUDGET_WINDOW = timedelta(hours=24)


class MessageSettings(Protocol):
    """The settings a policy is read from (`server.settings.Settings` has them)."""

    @property
    def network_name(self) -> str: ...

    @property
    def link_base(self) -> str: ...

    @property
    def mail(self) -> str: ...

    @property
    def sms_budget_per_organization(self) -> int: ...


@dataclass(frozen=True)
class MessagePolicy:
    """The network's name and address for fixed texts, and the per-organization budget."""

    network_name: str = DEFAULT_NETWORK_NAME
    public_base_url: str = ""
    budget_per_organization: int = DEFAULT_BUDGET
    budget_window: timedelta = BUDGET_WINDOW

    @classmethod
    def of(cls, settings: MessageSettings) -> MessagePolicy:
        return cls(
            network_name=settings.network_name,
            # PUBLIC_BASE_URL, or the embedded default's own address: a link must be whole.
            public_base_url=settings.link_base,
            budget_per_organization=settings.sms_budget_per_organization,
        )

    def event_link(self, event_id: int) -> str:
        return self.link(f"/events/{event_id}")

    def link(self, path: str) -> str:
        """An address on this site, e.g. link("/join/" + token)."""
        return f"{self.public_base_url.rstrip('/')}{path}"


@dataclass
class Outbox:
    """What one transaction queued: the gateway to record and the new messages' ids."""

    gateway: str
    message_ids: list[int] = field(default_factory=list)
    # Emails ride in the same unit of work: stored in the transaction, sent after the commit.
    mail_gateway: str = "outbox"
    email_ids: list[int] = field(default_factory=list)
    policy: MessagePolicy = field(default_factory=MessagePolicy)
    # Messages counted against each organization's budget so far, including this
    # transaction's: the database is asked once per organization, then counted here.
    spent: dict[int, int] = field(default_factory=dict)

    def checkpoint(self) -> tuple[int, int, dict[int, int]]:
        """A mark to return to when a savepoint holding some of the messages rolls back."""
        return len(self.message_ids), len(self.email_ids), dict(self.spent)

    def restore(self, mark: tuple[int, int, dict[int, int]]) -> None:
        messages, emails, spent = mark
        del self.message_ids[messages:]
        del self.email_ids[emails:]
        self.spent = spent
