"""Standard Webhooks signatures, checked against the spec's published example."""

from __future__ import annotations

import base64

from tracker.services import webhook_http


def test_signature_matches_the_standard_webhooks_example() -> None:
    signature = webhook_http.sign(
        secret="whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
        webhook_id="msg_p5jXN8AQM9LWM0D4loKWxJek",
        timestamp=1614265330,
        body='{"test": 2432232314}',
    )

    assert signature == "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="


def test_any_change_to_id_timestamp_or_body_changes_the_signature() -> None:
    base = {"secret": webhook_http.new_secret(), "webhook_id": "msg_1", "timestamp": 1, "body": "{}"}
    reference = webhook_http.sign(**base)  # type: ignore[arg-type]

    for change in ({"webhook_id": "msg_2"}, {"timestamp": 2}, {"body": "{ }"}):
        assert webhook_http.sign(**{**base, **change}) != reference  # type: ignore[arg-type]


def test_secrets_are_whsec_and_24_random_bytes() -> None:
    secrets = {webhook_http.new_secret() for _ in range(20)}

    assert len(secrets) == 20
    for secret in secrets:
        assert secret.startswith("whsec_") and len(base64.b64decode(secret.removeprefix("whsec_"))) == 24
