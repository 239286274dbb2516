"""Kept so that existing imports work: the access rules live in `server.orgs.access`.

They moved because they are rules about roles in organizations, and `server.orgs` must not
import `server.accounts` (accounts depend on organizations, not the other way round).
"""

from __future__ import annotations

from server.orgs.access import ALL_ROLES, ANONYMOUS, CORE_KINDS, RULES, SYSTEM, Action, Principal

__all__ = ["ALL_ROLES", "ANONYMOUS", "CORE_KINDS", "RULES", "SYSTEM", "Action", "Principal"]
