"""Logs are structured, carry the request id, and never the request's content."""

from __future__ import annotations

import logging

import httpx
import orjson
import pytest

from server.logs import JsonFormatter, RequestIdFilter, request_id_var


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
