"""The event mutations, one module per domain, combined into one root mixin."""

from __future__ import annotations

import strawberry

from schema.events.consent import ConsentMutations
from schema.events.events import EventMutations as _EventCore
from schema.events.programme import ProgrammeMutations
from schema.events.venues import VenueMutations


@strawberry.type
class EventMutations(_EventCore, VenueMutations, ProgrammeMutations, ConsentMutations):
    """Events, series, venues, the programme, and answers to co-host and speaker requests."""
