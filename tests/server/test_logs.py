"""Logs are structured, carry the request id, and never the request's content."""

from __future__ import annotations

import logging

import httpx
import orjson
import pytest

from server.http.middleware import redact_path
from server.kit.secrets import new_token
from server.logs import JsonFormatter, RequestIdFilter, TextFormatter, request_id_var


class TestJsonLogs:
    def test_a_line_is_json_with_the_request_id_and_extras(self) -> None:
        record = logging.makeLogRecord(
            {"name": "pluralis.access", "msg": "request", "levelname": "INFO", "status": 200}
        )
        token = request_id_var.set("req-123")
        try:
            RequestIdFilter().filter(record)
        finally:
            request_id_var.reset(token)
        line = orjson.loads(JsonFormatter().format(record))
        assert line["message"] == "request"
        assert line["request_id"] == "req-123"
        assert line["status"] == 200
        assert line["level"] == "info"


class TestAccessLog:
    async def test_logs_path_and_status_but_not_the_body_or_query_string(
        self, http: httpx.AsyncClient, caplog: pytest.LogCaptureFixture
    ) -> None:
        caplog.set_level(logging.INFO, logger="pluralis.access")
        await http.post(
            "/graphql?token=secret-in-query",
            json={
                "query": "mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) "
                "{ token } }",
                "variables": {"e": "amina@kefo.example", "p": "pw-123456789"},
            },
        )
        records = [r for r in caplog.records if r.name == "pluralis.access"]
        assert records and records[-1].__dict__["path"] == "/graphql"
        text = caplog.text
        assert "amina@kefo.example" not in text
        assert "pw-123456789" not in text
        assert "secret-in-query" not in text


class TestTokenRedaction:
    """Issue 7, finding 9: the access log wrote invitation tokens (`/invitations/pli_…`)."""

    @pytest.mark.parametrize(
        "path, logged",
        [
            ("/invitations/pli_Q2hhbmdlLW1lLXBsZWFzZQ", "/invitations/[redacted]"),
            ("/invitations/typed-by-hand", "/invitations/[redacted]"),
            ("/feeds/plf_Zm9vYmFyYmF6cXV4.ics", "/feeds/[redacted]"),
            # Issue 8: account invitation and password reset links, with or without a prefix.
            ("/join/pli_Q2hhbmdlLW1lLXBsZWFzZQ", "/join/[redacted]"),
            ("/join/short-typed", "/join/[redacted]"),
            ("/reset-password/plr_Q2hhbmdlLW1lLXBsZWFzZQ", "/reset-password/[redacted]"),
            ("/api/v2/keys/plt_abcdefgh12345678/use", "/api/v2/keys/[redacted]/use"),
            ("/later/x7Gk2mQ9vLp4Rt8sWn3yZb6cHd1fJa5e", "/later/[redacted]"),
            ("/organizations/12/members", "/organizations/12/members"),
            ("/assets/index-CkSulcD9.js", "/assets/index-CkSulcD9.js"),
        ],
    )
    def test_segments_that_are_or_carry_a_secret_are_redacted(self, path: str, logged: str) -> None:
        assert redact_path(path) == logged

    async def test_an_invitation_token_never_reaches_the_log_output(
        self, http: httpx.AsyncClient, caplog: pytest.LogCaptureFixture
    ) -> None:
        caplog.set_level(logging.DEBUG)
        token = new_token("pli")
        response = await http.get(f"/invitations/{token}")
        assert response.headers["referrer-policy"] == "no-referrer"
        records = [r for r in caplog.records if r.name == "pluralis.access"]
        assert records[-1].__dict__["path"] == "/invitations/[redacted]"
        # httpx is the test's own client here, not the server, and logs the URL it fetched.
        for record in (r for r in caplog.records if not r.name.startswith(("httpx", "httpcore"))):
            line = JsonFormatter().format(record) + TextFormatter().format(record)
            assert token not in line
            assert token[4:] not in line
