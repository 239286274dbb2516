"""File downloads for organizers: the registrations of an event as CSV.

Authenticated like the API (Bearer token or the session cookie). The file holds names and
statuses only, and each download is written to the audit trail: it is personal data leaving
the system.
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from server.audit.service import AuditTrail
from server.http.identity import bearer_token, resolve_principal
from server.kit.errors import Forbidden, NotAuthenticated, NotFound
from server.orgs.validation import MAX_ID
from server.registrations.export import export_registrations_csv
from server.runtime import Runtime

EXPORT_REGISTRATIONS = "event.export_registrations"


def _problem(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status)


async def registrations_csv(request: Request) -> Response:
    runtime: Runtime = request.app.state.runtime
    principal = await resolve_principal(runtime, bearer_token(request.headers, request.cookies))
    try:
        event_id = int(request.path_params["event_id"])
    except ValueError:
        event_id = 0
    # Ids are 32-bit: a larger number would make Postgres fail the query (a 500) instead of
    # finding nothing.
    if not 0 < event_id <= MAX_ID:
        return _problem(404, NotFound.code, "No such event.")
    trail = AuditTrail(principal, request.scope.get("state", {}).get("request_id"))
    try:
        principal.require_authenticated()
        async with runtime.db.transaction() as session:
            text = await export_registrations_csv(session, principal=principal, event_id=event_id)
            trail.record(action=EXPORT_REGISTRATIONS, subject_type="event", subject_id=event_id)
            await trail.flush(session)
    except NotAuthenticated as error:
        return _problem(401, error.code, error.message)
    except Forbidden as error:
        return _problem(403, error.code, error.message)
    except NotFound as error:
        return _problem(404, error.code, error.message)
    return Response(
        text,
        media_type="text/csv; charset=utf-8",
        headers={
            "Content-Disposition": f'attachment; filename="event-{event_id}-registrations.csv"',
            # Personal data: never kept by a shared cache or the browser's disk cache.
            "Cache-Control": "no-store",
        },
    )
