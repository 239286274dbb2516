"""The strawberry ASGI view: the per-request context, with the caller resolved by server/http."""

from __future__ import annotations

from collections.abc import Callable

import orjson
from starlette.requests import Request
from starlette.responses import Response
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL
from strawberry.exceptions import ConnectionRejectionError
from strawberry.http import GraphQLHTTPResponse, process_result
from strawberry.subscriptions import GRAPHQL_TRANSPORT_WS_PROTOCOL
from strawberry.types import ExecutionResult
from strawberry.types.unset import UnsetType

from schema.build import build_schema
from schema.context import Context
from server.accounts.access import ANONYMOUS
from server.http.identity import bearer_token, resolve_principal
from server.runtime import Runtime
from server.settings import Settings


class PluralisGraphQL(GraphQL[Context, None]):
    def __init__(self, settings: Settings, get_runtime: Callable[[], Runtime]) -> None:
        super().__init__(
            build_schema(settings),
            graphql_ide=None if settings.is_production else "graphiql",
            # GET would let a link or an <img> run queries with the visitor's cookie.
            allow_queries_via_get=False,
            subscription_protocols=(GRAPHQL_TRANSPORT_WS_PROTOCOL,),
            allowed_origins=settings.websocket_origins,
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

    def encode_json(self, data: object) -> bytes:
        return orjson.dumps(data)

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
