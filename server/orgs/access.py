"""Who may do what: the one table of access rules every resolver and service consults.

It lives with the organizations because every rule is about a role held in one; the old
import path `server.accounts.access` still works.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from server.kit.errors import Forbidden, NotAuthenticated
from server.orgs.models import OrganizationKind, Role


class Action(StrEnum):
    VIEW_DIRECTORY = "view_directory"
    CREATE_ORGANIZATION = "create_organization"  # checked against the parent network
    EDIT_ORGANIZATION = "edit_organization"
    VIEW_MEMBERS = "view_members"
    VIEW_PERSONAL_DATA = "view_personal_data"
    MANAGE_PEOPLE = "manage_people"
    MANAGE_MEMBERS = "manage_members"
    MANAGE_API_TOKENS = "manage_api_tokens"
    # Create and edit the organization's events (as host or co-host), their programme and
    # registrations.
    MANAGE_EVENTS = "manage_events"


ALL_ROLES = frozenset(Role)

# Roles inside an organization that grant each action for that organization. Superusers (the
# network's own administrators) may do everything; nobody else gets anything by default.
RULES: Mapping[Action, frozenset[Role]] = {
    Action.VIEW_DIRECTORY: ALL_ROLES,
    Action.CREATE_ORGANIZATION: frozenset({Role.ADMIN}),
    Action.EDIT_ORGANIZATION: frozenset({Role.ADMIN}),
    Action.VIEW_MEMBERS: frozenset({Role.ADMIN, Role.ORGANIZER, Role.COORDINATOR}),
    # Phone numbers and emails are need-to-know: the people who deploy and reach observers.
    Action.VIEW_PERSONAL_DATA: frozenset({Role.ADMIN, Role.COORDINATOR}),
    Action.MANAGE_PEOPLE: frozenset({Role.ADMIN, Role.ORGANIZER, Role.COORDINATOR}),
    Action.MANAGE_MEMBERS: frozenset({Role.ADMIN}),
    Action.MANAGE_API_TOKENS: frozenset({Role.ADMIN}),
    Action.MANAGE_EVENTS: frozenset({Role.ADMIN, Role.ORGANIZER}),
}

# The organization kinds whose people are the network itself and see NETWORK events.
CORE_KINDS = frozenset({OrganizationKind.MEMBER, OrganizationKind.NETWORK_SECRETARIAT})


@dataclass(frozen=True)
class Principal:
    """The caller of a request: a signed-in user, an API token, or nobody."""

    user_id: int | None = None
    person_id: int | None = None
    is_superuser: bool = False
    roles: Mapping[int, Role] = field(default_factory=dict)
    # The kind of each organization in `roles`. What a role lets one see of the network depends
    # on the kind of organization it is held in: an admin of a partner organization is still
    # a partner. Filled wherever roles are computed (server.accounts.service); a principal
    # built by hand without a kind (tests, commands) counts the organization as a member.
    kinds: Mapping[int, OrganizationKind] = field(default_factory=dict)
    session_id: int | None = None
    api_token_id: int | None = None
    # Pluralis itself (the seed, commands, jobs): allowed everything, acting for no account.
    system: bool = False

    @property
    def is_authenticated(self) -> bool:
        return self.user_id is not None or self.api_token_id is not None or self.system

    def may(self, action: Action, organization_id: int | None) -> bool:
        if not self.is_authenticated:
            return False
        if self.is_superuser:
            return True
        if organization_id is None:
            return False
        role = self.roles.get(organization_id)
        return role is not None and role in RULES[action]

    def may_any(self, action: Action, organization_ids: Iterable[int]) -> bool:
        return any(self.may(action, org_id) for org_id in organization_ids) or (
            self.is_authenticated and self.is_superuser
        )

    def kind_of(self, organization_id: int) -> OrganizationKind:
        return self.kinds.get(organization_id, OrganizationKind.MEMBER)

    @property
    def in_network(self) -> bool:
        """A role in any organization of the network, partners and funders included."""
        return bool(self.roles)

    @property
    def in_network_core(self) -> bool:
        """A member of the network itself: a role other than partner, held in a member
        organization or the network secretariat. Partner and funder organizations never are,
        whatever role their people hold there (see the access matrix in docs/security.md)."""
        return any(
            role is not Role.PARTNER and self.kind_of(org) in CORE_KINDS
            for org, role in self.roles.items()
        )

    @property
    def is_network_admin(self) -> bool:
        """An admin of the network secretariat, or a superuser: may answer for anyone."""
        return self.is_superuser or any(
            role is Role.ADMIN and self.kind_of(org) is OrganizationKind.NETWORK_SECRETARIAT
            for org, role in self.roles.items()
        )

    def organizations_where(self, action: Action) -> set[int]:
        return {org for org, role in self.roles.items() if role in RULES[action]}

    def require_authenticated(self) -> None:
        if not self.is_authenticated:
            raise NotAuthenticated()

    def require_anywhere(self, action: Action) -> None:
        """The caller may take `action` in at least one organization (superusers: always)."""
        self.require_authenticated()
        if not self.may_any(action, self.roles):
            raise Forbidden()

    def require(self, action: Action, organization_id: int | None) -> None:
        self.require_authenticated()
        if not self.may(action, organization_id):
            raise Forbidden()


ANONYMOUS = Principal()
SYSTEM = Principal(is_superuser=True, system=True)
