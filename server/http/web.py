"""Serves the built web app; unknown paths without a file extension get index.html."""

from __future__ import annotations

from pathlib import Path

from starlette.exceptions import HTTPException
from starlette.responses import HTMLResponse, Response
from starlette.staticfiles import StaticFiles
from starlette.types import Scope

NOT_BUILT = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Pluralis</title></head><body><main><h1>Pluralis</h1>
<p>The web app has not been built yet. Run <code>make web</code> (or <code>make run</code>),
then reload. The API is at <a href="/graphql">/graphql</a>.</p></main></body></html>"""


class SinglePageApp(StaticFiles):
    """Static files with a client-side-routing fallback to index.html."""

    async def get_response(self, path: str, scope: Scope) -> Response:
        try:
            response = await super().get_response(path, scope)
        except HTTPException as exc:
            if exc.status_code != 404 or "." in Path(path).name:
                raise
            response = await super().get_response("index.html", scope)
        if path.startswith("assets/"):
            # Vite puts a content hash in every asset name, so they never change.
            response.headers["Cache-Control"] = "public, max-age=31536000, immutable"
        else:
            response.headers["Cache-Control"] = "no-cache"
        return response


def web_app(dist: Path) -> SinglePageApp | None:
    return SinglePageApp(directory=dist, html=True) if (dist / "index.html").exists() else None


def not_built_response() -> HTMLResponse:
    return HTMLResponse(NOT_BUILT, status_code=503)
