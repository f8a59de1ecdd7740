"""schemathesis against the app's own OpenAPI schema, in process (WSGI).

Every operation, positive and negative data, with the checks for server
errors, status codes, content types, response headers and bodies against the
schema, negative data rejection and ignored auth. Writes run with a token of
every scope belonging to a superuser, so they reach the services; the
ignored-auth check then repeats them with no and with a wrong token.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from django.contrib.auth.models import User
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    ignored_auth,
    negative_data_rejection,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from config.wsgi import application
from predictions.services import api_token_create

MAX_EXAMPLES = 25
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    negative_data_rejection,
    ignored_auth,
]


@pytest.fixture
def in_test_transaction() -> Iterator[None]:
    """Calling the WSGI app directly fires request_finished, whose handler
    closes a connection that is inside a transaction — the test's own. The
    test client avoids this the same way: by disconnecting the handler."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


@pytest.fixture
def fuzz_token(db: None) -> str:
    user = User.objects.create_superuser("fuzzer", "fuzzer@example.org", None)
    return api_token_create(user=user, scopes="write,resolve,webhooks").raw


def _load_schema() -> Any:
    # Loaded at collection: generating the schema needs no database. (The lazy
    # ``schemathesis.pytest.from_fixture`` does not work with pytest 9 yet.)
    config = schemathesis.Config()
    config.projects.default.generation.update(
        modes=[GenerationMode.POSITIVE, GenerationMode.NEGATIVE], max_examples=MAX_EXAMPLES
    )
    # Invalid data may also meet a precondition first: a PATCH whose If-Match is
    # stale or "*" is refused with 412 before its body is read (RFC 9110 §13.2.1
    # evaluates preconditions before the method), as the schema documents; and a body over the size limit
    # (a source's text longer than maxLength can be) is refused with 413 before it is parsed.
    rejection = config.projects.default.checks.negative_data_rejection
    rejection.expected_statuses = [*rejection.expected_statuses, "412", "413"]
    return schemathesis.openapi.from_wsgi("/api/v1/schema/?format=json", application, config=config)


schema = _load_schema()


@schema.parametrize()
# The fixtures (the article, the token) are meant to be shared by the examples of one operation.
@settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@pytest.mark.django_db
def test_every_operation_conforms(case: Any, fuzz_token: str, article: None, in_test_transaction: None) -> None:
    case.call_and_validate(headers={"Authorization": f"Bearer {fuzz_token}"}, checks=CHECKS)
