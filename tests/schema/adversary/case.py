"""What one entry of the adversary table says, and how it turns into a GraphQL call."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from tests.schema.adversary.world import ATTACKERS, AdversaryWorld

# An id no object has: the answer every refused id must match.
MISSING = "987654"

Template = Callable[[AdversaryWorld, Any], dict[str, Any]]

ERRORS = "errors { field message code }"
EVENT = (
    "event { id title status visibility venue { name address latitude longitude "
    "rooms { name } } coHosts { name } hostOrganization { name } sessions { title } } "
    f"events {{ id }} {ERRORS}"
)
SESSION = (
    "session { id title startsAt room { name } speakers { name email } moderators { name } } "
    f"warnings {{ code message field }} {ERRORS}"
)
REGISTRATION = f"registration {{ id status eventId sessionId person {{ name email }} }} {ERRORS}"


@dataclass(frozen=True)
class Case:
    """One (root field, argument path) of the schema and how to attack it.

    `document` names the id under attack `$t`; `template` builds the variables around it, with
    the attacker's own objects for every other id. `victims` are objects of B the attacker may
    not use for this purpose: each must answer exactly like MISSING and change nothing.
    `own` is the attacker's object of the same kind ("{me}" stands for the attacker's name):
    with it the answer must differ from MISSING, which proves the call reaches the id check.
    """

    root: str
    path: str
    kind: str
    document: str
    template: Template
    victims: tuple[str, ...] = ()
    own: str | None = None
    # Attackers whose own object proves the check; the others may not use it either.
    control_for: tuple[str, ...] = ATTACKERS
    no_control: str = ""
    # Why no victim exists for this purpose (the caller may legitimately name any such object).
    exempt: str = ""
    as_list: bool = False
    # The control spends the attacker's own object, so it runs after all other controls.
    destructive: bool = False

    @property
    def key(self) -> tuple[str, str]:
        return (self.root, self.path)

    def own_name(self, attacker: str) -> str | None:
        return self.own.replace("{me}", attacker) if self.own else None

    def variables(self, world: AdversaryWorld, target: str) -> dict[str, Any]:
        return self.template(world, [target] if self.as_list else target)


def query(field_call: str, selection: str) -> str:
    return f"query($t: ID!) {{ {field_call} {{ {selection} }} }}"


def mutation(signature: str, field_call: str, selection: str) -> str:
    return f"mutation({signature}) {{ {field_call} {{ {selection} }} }}"
