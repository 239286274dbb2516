"""Field permissions. Every root field declares one; a test walks the schema to make sure.

Object-level rules (which organization, which role) are checked by the services through
`server.accounts.access`, the one table of access rules; these classes gate the entry.
"""

from __future__ import annotations

from typing import Any

from strawberry.permission import BasePermission

from schema.context import Info
from server.kit.errors import NotAuthenticated


class IsAuthenticated(BasePermission):
    message = "Sign in to do this."
    error_extensions = {"code": NotAuthenticated.code}

    def has_permission(self, source: Any, info: Info, **kwargs: Any) -> bool:
        return info.context.principal.is_authenticated


class AllowAnyone(BasePermission):
    """For fields that must work signed out (signIn, me). Their resolvers decide what to show."""

    message = ""

    def has_permission(self, source: Any, info: Info, **kwargs: Any) -> bool:
        return True


AUTHENTICATED: list[type[BasePermission]] = [IsAuthenticated]
PUBLIC: list[type[BasePermission]] = [AllowAnyone]
