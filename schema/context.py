"""The per-request GraphQL context: a session factory, loaders, the caller and the audit trail.

It never holds one shared session: strawberry resolves sibling fields concurrently and an
AsyncSession does not allow concurrent use, so each loader and mutation opens its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import strawberry
from starlette.requests import Request
from starlette.responses import Response
from starlette.websockets import WebSocket

from schema.loaders import Loaders
from server.accounts.access import Principal
from server.audit.service import AuditTrail
from server.runtime import Runtime


@dataclass
class Context:
    runtime: Runtime
    principal: Principal
    request: Request | WebSocket
    response: Response | WebSocket | None
    request_id: str | None
    token: str | None = None
    connection_params: dict[str, object] | None = None
    extras: dict[str, Any] = field(default_factory=dict)

    @cached_property
    def loaders(self) -> Loaders:
        return Loaders(self.runtime.db)

    @cached_property
    def audit(self) -> AuditTrail:
        return AuditTrail(self.principal, self.request_id)


Info = strawberry.Info[Context, None]
