"""The intake through the API: add a source, read its forecast candidates, make a draft (scope write)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.contrib.auth.models import User
from django.test import Client

from predictions.intake import FIELDS
from predictions.models import Prediction, Source
from tests.api.helpers import auth, post
from tests.drafts.support import FIRST_QUOTE, SECOND_QUOTE, interview_source
from tests.factories import SpeakerFactory

pytestmark = pytest.mark.django_db


def _candidates(client: Client, source: Source, token: str | None, **params: str) -> object:
    return client.get(f"/api/v1/sources/{source.pk}/forecast-candidates/", params, **auth(token))


def test_an_integrator_adds_a_source_with_its_text(
    client: Client, integrator: User, token_for: Callable[..., str]
) -> None:
    token = token_for(integrator, "write")
    text = "陈立明说，明年经济将增长百分之五。"
    response = post(
        client,
        "/api/v1/sources/",
        {
            "slug": "chen-2026",
            "title": "Chen on growth",
            "language": "zh-Hans",
            "text": text,
            "published_on": "2026-01-01",
        },
        token,
    )
    assert response.status_code == 201, response.json()
    body = response.json()
    source = Source.objects.get(slug="chen-2026")
    assert (body["id"], source.text) == (source.pk, text)
    assert response["Location"] == body["api_url"]
    assert source.history.get().history_user == integrator


def test_a_web_page_gives_its_article_text(client: Client, integrator: User, token_for: Callable[..., str]) -> None:
    page = (
        "<html><body><nav>Home | News</nav><article><p>Ada Park said on Tuesday that most new cars sold in Europe "
        "will be electric within five years.</p><p>The company shipped its first battery in 2021.</p></article>"
        "</body></html>"
    )
    response = post(
        client,
        "/api/v1/sources/",
        {"slug": "park", "title": "Park", "language": "en", "html": page},
        token_for(integrator, "write"),
    )
    assert response.status_code == 201
    text = Source.objects.get().text
    assert "will be electric within five years." in text and "<p>" not in text and "Home | News" not in text


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"slug": "s", "title": "T", "language": "en"}, "text"),
        ({"slug": "s", "title": "T", "language": "en", "text": "x", "html": "<p>x</p>"}, "text"),
        ({"slug": "s", "title": "T", "language": "en", "html": "<html><body></body></html>"}, "html"),
        ({"slug": "s", "title": "T", "language": "en", "text": "Prices will fall.\x00"}, "text"),
        ({"slug": "s", "title": "T", "language": "english!", "text": "x"}, "language"),
    ],
)
def test_a_bad_source_is_a_400_naming_the_field(
    client: Client, integrator: User, token_for: Callable[..., str], body: dict[str, str], field: str
) -> None:
    response = post(client, "/api/v1/sources/", body, token_for(integrator, "write"))
    assert response.status_code == 400
    assert field in response.json()["errors"]
    assert not Source.objects.exists()


def test_adding_a_source_needs_the_write_scope(client: Client, integrator: User, token_for: Callable[..., str]) -> None:
    body = {"slug": "s", "title": "T", "language": "en", "text": "Prices will fall."}
    assert post(client, "/api/v1/sources/", body).status_code == 401
    assert post(client, "/api/v1/sources/", body, token_for(integrator, "resolve")).status_code == 403
    assert not Source.objects.exists()


def test_the_candidates_have_the_commands_fields_and_an_id(
    client: Client, integrator: User, token_for: Callable[..., str]
) -> None:
    source = interview_source()
    response = _candidates(client, source, token_for(integrator, "write"))
    assert response.status_code == 200  # type: ignore[attr-defined]
    body = response.json()  # type: ignore[attr-defined]
    assert (body["source"], body["language"], body["said_on"]) == (source.pk, "en", "2026-01-01")
    first, second = body["results"]
    assert set(first) == {"id", *FIELDS, "horizon_rule_zh", "second_look"}
    assert first["second_look"] is False
    assert first["horizon_rule"].startswith("said-on + 5 years")
    assert first["horizon_rule_zh"].startswith("发言日期加5年")
    assert (first["quote"], first["resolve_on"], first["probability"], first["hedges"], first["kind"]) == (
        FIRST_QUOTE,
        "2031-01-01",
        0.7,
        ["I think"],
        "direct",
    )
    assert source.text[first["start"] : first["end"]] == FIRST_QUOTE
    assert second["quote"] == SECOND_QUOTE
    later = _candidates(client, source, token_for(integrator, "write"), said_on="2027-06-01").json()  # type: ignore[attr-defined]
    assert later["results"][0]["resolve_on"] == "2032-06-01"


def test_the_second_look_is_listed_on_request_and_accepted_like_a_candidate(
    client: Client, integrator: User, token_for: Callable[..., str]
) -> None:
    schedule = "The council will close the harbour library in March."
    source = interview_source(text=f"{SECOND_QUOTE}\n\n{schedule}")
    token = token_for(integrator, "write")
    assert [r["quote"] for r in _candidates(client, source, token).json()["results"]] == [SECOND_QUOTE]  # type: ignore[attr-defined]
    results = _candidates(client, source, token, second_look="true").json()["results"]  # type: ignore[attr-defined]
    assert [(r["quote"], r["second_look"], r["resolve_on"]) for r in results] == [
        (SECOND_QUOTE, False, "2027-12-31"),
        (schedule, True, "2026-03-31"),
    ]
    speaker = SpeakerFactory.create()
    url = f"/api/v1/sources/{source.pk}/forecast-candidates/{results[1]['id']}/"
    response = post(client, url, {"speaker": speaker.slug}, token)
    assert response.status_code == 201, response.content
    assert response.json()["quote"] == schedule
    assert _candidates(client, source, token, second_look="maybe").status_code == 400  # type: ignore[attr-defined]


def test_reading_candidates_needs_a_write_token(
    client: Client, integrator: User, token_for: Callable[..., str]
) -> None:
    source = interview_source()
    assert _candidates(client, source, None).status_code == 401  # type: ignore[attr-defined]
    assert _candidates(client, source, token_for(integrator, "resolve")).status_code == 403  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("params", "status", "code"),
    [({"said_on": "2026-02-30"}, 400, "invalid"), ({"when": "x"}, 400, "invalid")],
)
def test_bad_parameters_are_400(
    client: Client, integrator: User, token_for: Callable[..., str], params: dict[str, str], status: int, code: str
) -> None:
    response = _candidates(client, interview_source(), token_for(integrator, "write"), **params)
    assert response.status_code == status  # type: ignore[attr-defined]


def test_a_source_the_extractor_cannot_read_says_why(
    client: Client, integrator: User, token_for: Callable[..., str]
) -> None:
    token = token_for(integrator, "write")
    french = _candidates(client, interview_source(language="fr"), token)
    assert (french.status_code, french.json()["code"]) == (409, "intake_unavailable")  # type: ignore[attr-defined]
    long = _candidates(client, interview_source(text="Prices will fall by the end of 2027. " * 3000), token)
    assert (long.status_code, long.json()["code"]) == (409, "intake_unavailable")  # type: ignore[attr-defined]
    assert "111,000 characters, and the limit is 100,000" in long.json()["message"]  # type: ignore[attr-defined]
    undated = interview_source(published_on=None)
    response = _candidates(client, undated, token)
    assert response.status_code == 400 and "said_on" in response.json()["errors"]  # type: ignore[attr-defined]
    assert client.get("/api/v1/sources/999999/forecast-candidates/", **auth(token)).status_code == 404


def test_post_on_a_candidate_makes_a_private_draft(
    client: Client, integrator: User, token_for: Callable[..., str]
) -> None:
    token = token_for(integrator, "write")
    source = interview_source()
    speaker = SpeakerFactory.create(slug="ada-park")
    candidate = _candidates(client, source, token).json()["results"][0]  # type: ignore[attr-defined]
    url = f"/api/v1/sources/{source.pk}/forecast-candidates/{candidate['id']}/"

    response = post(client, url, {"speaker": "ada-park"}, token)

    assert response.status_code == 201, response.json()
    body = response.json()
    draft = Prediction.objects.get()
    assert (body["id"], body["is_draft"], body["quote"], body["resolve_on"]) == (
        draft.pk,
        True,
        FIRST_QUOTE,
        "2031-01-01",
    )
    assert (draft.is_public, draft.speaker, draft.recorded_at) == (False, speaker, None)
    assert body["admin_url"].endswith(f"/admin/predictions/prediction/{draft.pk}/change/")
    # no longer offered, not public, and a second POST is a conflict
    assert [c["quote"] for c in _candidates(client, source, token).json()["results"]] == [SECOND_QUOTE]  # type: ignore[attr-defined]
    assert client.get(f"/api/v1/predictions/{draft.pk}/").status_code == 404
    assert post(client, url, {"speaker": "ada-park"}, token).status_code == 409


@pytest.mark.parametrize(
    ("candidate_id", "body", "status"),
    [
        ("0" * 20, {"speaker": "ada-park"}, 409),  # not (or no longer) offered
        ("not-an-id", {"speaker": "ada-park"}, 404),
        (None, {"speaker": "nobody"}, 400),
        (None, {"speaker": "ada-park", "said_on": "soon"}, 400),
        (None, {"speaker": "ada-park", "extra": 1}, 400),
    ],
)
def test_bad_accepts_are_refused_clearly(
    client: Client,
    integrator: User,
    token_for: Callable[..., str],
    candidate_id: str | None,
    body: dict[str, object],
    status: int,
) -> None:
    token = token_for(integrator, "write")
    source = interview_source()
    SpeakerFactory.create(slug="ada-park")
    candidate_id = candidate_id or _candidates(client, source, token).json()["results"][0]["id"]  # type: ignore[attr-defined]
    response = post(client, f"/api/v1/sources/{source.pk}/forecast-candidates/{candidate_id}/", body, token)
    assert response.status_code == status
    assert response["Content-Type"] == "application/json"
    assert not Prediction.objects.exists()


def test_accepting_needs_the_write_scope_and_the_permission(client: Client, token_for: Callable[..., str]) -> None:
    source = interview_source()
    SpeakerFactory.create(slug="ada-park")
    bystander = User.objects.create_user("bystander")
    writer = token_for(User.objects.create_superuser("root", "r@example.org", None), "write")
    candidate_id = _candidates(client, source, writer).json()["results"][0]["id"]  # type: ignore[attr-defined]
    url = f"/api/v1/sources/{source.pk}/forecast-candidates/{candidate_id}/"
    assert post(client, url, {"speaker": "ada-park"}).status_code == 401
    assert post(client, url, {"speaker": "ada-park"}, token_for(bystander, "write")).status_code == 403
    assert not Prediction.objects.exists()


def test_the_schema_documents_the_intake(client: Client) -> None:
    schema = client.get("/api/v1/schema/?format=json").json()
    paths = schema["paths"]
    assert "post" in paths["/api/v1/sources/"]
    assert "get" in paths["/api/v1/sources/{id}/forecast-candidates/"]
    assert "post" in paths["/api/v1/sources/{id}/forecast-candidates/{candidate_id}/"]
