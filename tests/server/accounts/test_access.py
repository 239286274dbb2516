"""The access table: each role may do exactly what it needs, in its own organization only."""

from __future__ import annotations

import pytest

from server.accounts.access import ANONYMOUS, Action, Principal
from server.kit.errors import Forbidden, NotAuthenticated
from server.orgs.models import Role

ORG, OTHER = 1, 2

# role -> the actions it grants in its organization
EXPECTED: dict[Role, set[Action]] = {
    Role.ADMIN: set(Action),
    Role.ORGANIZER: {
        Action.VIEW_DIRECTORY,
        Action.VIEW_MEMBERS,
        Action.MANAGE_PEOPLE,
        Action.MANAGE_EVENTS,
    },
    Role.COORDINATOR: {
        Action.VIEW_DIRECTORY,
        Action.VIEW_MEMBERS,
        Action.VIEW_PERSONAL_DATA,
        Action.MANAGE_PEOPLE,
    },
    Role.OBSERVER: {Action.VIEW_DIRECTORY},
    Role.PARTNER: {Action.VIEW_DIRECTORY},
}


class TestPrincipal:
    @pytest.mark.parametrize("role", list(Role))
    @pytest.mark.parametrize("action", list(Action))
    def test_a_role_grants_exactly_its_actions_in_its_own_organization(
        self, role: Role, action: Action
    ) -> None:
        principal = Principal(user_id=7, roles={ORG: role})
        assert principal.may(action, ORG) is (action in EXPECTED[role])
        assert principal.may(action, OTHER) is False

    def test_anonymous_may_do_nothing(self) -> None:
        assert not any(ANONYMOUS.may(action, ORG) for action in Action)
        with pytest.raises(NotAuthenticated):
            ANONYMOUS.require(Action.VIEW_DIRECTORY, ORG)

    def test_superusers_may_do_everything_anywhere(self) -> None:
        root = Principal(user_id=1, is_superuser=True)
        assert all(root.may(action, OTHER) for action in Action)
        assert root.may(Action.CREATE_ORGANIZATION, None)

    def test_an_api_token_acts_only_within_its_organization_and_role(self) -> None:
        token = Principal(api_token_id=3, roles={ORG: Role.COORDINATOR})
        assert token.is_authenticated
        assert token.may(Action.VIEW_PERSONAL_DATA, ORG)
        with pytest.raises(Forbidden):
            token.require(Action.EDIT_ORGANIZATION, ORG)
        with pytest.raises(Forbidden):
            token.require(Action.VIEW_MEMBERS, OTHER)


class TestSystemPrincipal:
    def test_pluralis_itself_may_do_everything_for_no_account(self) -> None:
        from server.accounts.access import SYSTEM

        assert SYSTEM.is_authenticated and SYSTEM.user_id is None
        assert all(SYSTEM.may(action, OTHER) for action in Action)
