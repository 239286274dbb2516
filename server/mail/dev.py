"""When the development mailbox and SMS outbox may be shown.

They show every stored message, with the invitation links, reset links and sign-in codes in
them, to anyone who asks without signing in (an observer signing in by code is not signed in
yet). So they open only where nothing is really sent and only one person can be asking: the
backend is the outbox, the mode is not production, DEV_OUTBOXES is on (the embedded
default) and the request comes from this machine. Behind a reverse proxy every client may
look local, which is one reason production refuses DEV_OUTBOXES outright.
"""

from __future__ import annotations

from ipaddress import ip_address

from server.settings import Settings


def is_loopback(host: str) -> bool:
    """127.0.0.0/8, ::1 and IPv4-mapped ::ffff:127.x; anything unparseable is not."""
    try:
        address = ip_address(host.split("%")[0])
    except ValueError:
        return False
    mapped = getattr(address, "ipv4_mapped", None)
    return address.is_loopback or (mapped is not None and mapped.is_loopback)


def dev_outbox_open(settings: Settings, *, backend: str, client_host: str) -> bool:
    """Whether a development outbox whose messages go through `backend` may be shown."""
    return (
        backend == "outbox"
        and not settings.is_production
        and settings.dev_outboxes_enabled
        and is_loopback(client_host)
    )
