"""Repeated documents skip parsing and validation: the biggest cost of a small request."""

from __future__ import annotations

import pytest
import strawberry.extensions.validation_cache as validation_cache
import strawberry.schema.schema as strawberry_schema

from tests.conftest import GraphQLClient


class TestDocumentCache:
    async def test_the_same_document_is_validated_once(
        self, gql: GraphQLClient, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        calls: list[object] = []
        original = strawberry_schema.validate_document

        def counting(*args: object, **kwargs: object) -> object:
            calls.append(args[1])
            return original(*args, **kwargs)  # type: ignore[arg-type]

        # The cache wraps validate_document when first built; rebuild it around the counter.
        monkeypatch.setattr(strawberry_schema, "validate_document", counting)
        validation_cache._get_validate_cache.cache_clear()
        try:
            for _ in range(3):
                body = await gql.execute("query Cached { me { id } }")
                assert body == {"data": {"me": None}}
        finally:
            validation_cache._get_validate_cache.cache_clear()
        assert len(calls) == 1

    async def test_limits_still_apply_to_cached_documents(self, gql: GraphQLClient) -> None:
        deep = (
            "{ me { person { memberships { organization { "
            + "parent { " * 14
            + "name"
            + " }" * 18
            + " }"
        )
        for _ in range(2):
            body = await gql.execute(deep)
            assert body["errors"][0]["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"
            assert "exceeds maximum operation depth" in body["errors"][0]["message"]
