"""The strawberry ASGI view: the per-request context, with the caller resolved by server/http."""

from __future__ import annotations

from collections.abc import Callable, Iterable

import orjson
from cross_web import AsyncHTTPRequestAdapter, HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL
from strawberry.exceptions import ConnectionRejectionError
from strawberry.http import GraphQLHTTPResponse, GraphQLRequestData, process_result
from strawberry.subscriptions import GRAPHQL_TRANSPORT_WS_PROTOCOL
from strawberry.types import ExecutionResult
from strawberry.types.unset import UnsetType

from schema.build import build_schema
from schema.context import Context
from server.accounts.access import ANONYMOUS
from server.http.headers import CSP, GRAPHIQL_CSP
from server.http.identity import bearer_token, resolve_principal
from server.runtime import Runtime
from server.settings import Settings

# Far above what any input of the schema needs, far below where graphql-core's recursive
# coercion of variables would hit Python's recursion limit.
MAX_JSON_DEPTH = 64
# The header a browser must add to a file upload (see PluralisGraphQL.parse_http_body).
UPLOAD_HEADER = "X-Pluralis-Upload"


def json_depth(value: object) -> int:
    """How deeply lists and objects nest in `value`, walked without recursion."""
    deepest = 0
    stack: list[tuple[object, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children: Iterable[object] = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        deepest = max(deepest, depth)
        if deepest > MAX_JSON_DEPTH:
            break
        stack.extend((child, depth + 1) for child in children)
    return deepest


class PluralisGraphQL(GraphQL[Context, None]):
    def __init__(self, settings: Settings, get_runtime: Callable[[], Runtime]) -> None:
        super().__init__(
            build_schema(settings),
            graphql_ide=None if settings.is_production else "graphiql",
            # GET would let a link or an <img> run queries with the visitor's cookie.
            allow_queries_via_get=False,
            subscription_protocols=(GRAPHQL_TRANSPORT_WS_PROTOCOL,),
            allowed_origins=settings.websocket_origins,
            # File uploads (CSV imports) follow the GraphQL multipart request spec; see
            # parse_http_body for why they need a header.
            multipart_uploads_enabled=True,
        )
        # The runtime is created by the app's lifespan, after the routes are built.
        self._get_runtime = get_runtime

    @property
    def runtime(self) -> Runtime:
        return self._get_runtime()

    async def process_result(
        self, request: Request, result: ExecutionResult
    ) -> GraphQLHTTPResponse:
        # Syntax errors are raised before any extension sees the document; give them a code
        # too, so clients can rely on extensions.code being present on every error.
        for error in result.errors or []:
            if not (error.extensions or {}).get("code"):
                error.extensions = {**(error.extensions or {}), "code": "GRAPHQL_PARSE_FAILED"}
        return process_result(result)

    async def parse_http_body(
        self, request: AsyncHTTPRequestAdapter
    ) -> GraphQLRequestData | list[GraphQLRequestData]:
        # A multipart POST is a "simple" request that any site's <form> can send with the
        # visitor's cookies (strawberry's CVE-2024-47082). A custom header is something only
        # a script on an allowed origin can add, as the browser asks first (CORS preflight).
        content_type = (request.content_type or "").split(";", 1)[0].strip().lower()
        if content_type == "multipart/form-data" and not request.headers.get(UPLOAD_HEADER):
            raise HTTPException(
                400, f"A multipart request (a file upload) needs the {UPLOAD_HEADER}: 1 header."
            )
        return await super().parse_http_body(request)

    def encode_json(self, data: object) -> bytes:
        return orjson.dumps(data)

    def decode_json(self, data: str | bytes) -> object:
        # orjson stops at 1,024 levels with a JSONDecodeError where the standard library
        # recurses into a RecursionError (a 500); deeper than MAX_JSON_DEPTH is refused too.
        value = orjson.loads(data)
        if json_depth(value) > MAX_JSON_DEPTH:
            raise orjson.JSONDecodeError(f"depth limit of {MAX_JSON_DEPTH} exceeded", "", 0)
        return value

    def parse_json(self, data: str | bytes) -> object:
        try:
            return self.decode_json(data)
        except orjson.JSONDecodeError as error:
            reason = (
                f"The request body nests lists or objects more than {MAX_JSON_DEPTH} deep."
                if "depth limit" in str(error)
                else "The request body is not valid JSON (or holds text that is not valid "
                "Unicode, such as a lone surrogate)."
            )
            raise HTTPException(400, reason) from error

    async def render_graphql_ide(self, request: Request) -> Response:
        response = await super().render_graphql_ide(request)
        # GraphiQL (development only) runs inline script loaded from a CDN.
        response.headers[CSP] = GRAPHIQL_CSP
        return response

    async def get_context(
        self, request: Request | WebSocket, response: Response | WebSocket
    ) -> Context:
        if isinstance(request, WebSocket):
            # Browsers cannot set headers on a websocket: the caller is resolved from the
            # connection_init payload in on_ws_connect instead.
            token, principal = None, ANONYMOUS
        else:
            token = bearer_token(request.headers, request.cookies)
            principal = await resolve_principal(self.runtime, token)
        return Context(
            runtime=self.runtime,
            principal=principal,
            request=request,
            response=response,
            request_id=request.scope.get("state", {}).get("request_id"),
            token=token,
        )

    async def on_ws_connect(self, context: Context) -> UnsetType | dict[str, object] | None:
        params = context.connection_params or {}
        token = params.get("token") if isinstance(params, dict) else None
        if not isinstance(token, str):
            token = bearer_token({}, context.request.cookies)
        principal = await resolve_principal(self.runtime, token)
        if not principal.is_authenticated:
            raise ConnectionRejectionError(
                {"reason": "Sign in first: send {token} in connection_init."}
            )
        context.principal = principal
        context.token = token
        return None
