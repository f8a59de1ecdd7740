"""A Chinese reviewer meets no English from Django's own admin: every message of the admin's catalogs (its
templates, its Python, its JavaScript) has a Simplified Chinese translation, Django's or ours
(``predictions/admin/django_strings.py``, ``predictions/locale/zh_Hans/LC_MESSAGES/djangojs.po``). Django 5.2's zh_Hans
catalog lags its English one (the topic and reviewer picker said "Choose all 主题" / "Remove all 评审员"); a Django
upgrade that brings another gap fails here. The message list is Django's own English catalog of the admin."""

from __future__ import annotations

import json
import re
from pathlib import Path

import django.contrib.admin
import pytest
from babel.messages.pofile import read_po
from django.test import Client
from django.utils import translation

ENGLISH = Path(django.contrib.admin.__file__).resolve().parent / "locale" / "en" / "LC_MESSAGES"


def _messages(domain: str) -> list[tuple[str | None, str | tuple[str, str]]]:
    """(context, id) of every message of the admin's English catalog for ``domain``; a plural's id is (one, many)."""
    with (ENGLISH / f"{domain}.po").open("rb") as handle:
        return [
            (message.context, message.id if isinstance(message.id, str) else (message.id[0], message.id[1]))
            for message in read_po(handle)
            if message.id
        ]


def test_every_message_of_the_admin_reads_in_chinese() -> None:
    messages = _messages("django")
    assert len(messages) > 150  # the catalog was really read
    untranslated = []
    with translation.override("zh-hans"):
        for context, message in messages:
            if isinstance(message, tuple):
                shown = (
                    translation.npgettext(context, message[0], message[1], 2)
                    if context
                    else translation.ngettext(message[0], message[1], 2)
                )
                english = message[1]
            else:
                shown = translation.pgettext(context, message) if context else translation.gettext(message)
                english = message
            # ("%(class_name)s %(instance)s" has no words of its own to translate.)
            if shown == english and re.search(r"[A-Za-z]", re.sub(r"%\(\w+\)\w|%\w", "", english)):
                untranslated.append(english)
    assert untranslated == []


@pytest.mark.django_db
def test_every_message_of_the_admin_scripts_is_in_the_chinese_javascript_catalog(admin_client: Client) -> None:
    messages = _messages("djangojs")
    assert ("", "Choose all %s") in [(c or "", m) for c, m in messages]

    response = admin_client.get("/admin/jsi18n/", headers={"accept-language": "zh-hans"})

    catalog = response.content.decode()
    assert response.status_code == 200 and "newcatalog" in catalog
    missing = []
    for context, message in messages:
        key = message[0] if isinstance(message, tuple) else message
        # The catalog view writes a key as JSON; a message with a context as "context\x04message".
        written = json.dumps(f"{context}\x04{key}" if context else key)
        if f"{written}:" not in catalog:
            missing.append(key)
    assert missing == []


@pytest.mark.django_db
def test_the_topic_picker_names_topics_in_the_reviewers_language(admin_client: Client) -> None:
    from predictions.models import Topic

    Topic.objects.create(slug="ai-safety", name="AI safety", name_zh="人工智能安全")
    Topic.objects.create(slug="chips", name="Chips")  # no Chinese name yet: its English one

    chinese = admin_client.get("/admin/predictions/prediction/add/", headers={"accept-language": "zh-hans"})
    english = admin_client.get("/admin/predictions/prediction/add/", headers={"accept-language": "en"})

    assert ">人工智能安全</option>" in chinese.content.decode() and ">Chips</option>" in chinese.content.decode()
    assert ">AI safety</option>" in english.content.decode() and "人工智能安全" not in english.content.decode()


def test_a_source_is_named_by_its_chinese_title_in_the_chinese_admin() -> None:
    from predictions.models import Source

    chinese_article = Source(title="OpenAI's chief on AI", title_original="奥尔特曼谈AI", language="zh-Hans")
    english_article = Source(title="A speech in Geneva", title_zh="日内瓦的演讲", language="en")
    untranslated = Source(title="A note from Oslo", language="en")

    with translation.override("zh-hans"):
        assert [str(s) for s in (chinese_article, english_article, untranslated)] == [
            "奥尔特曼谈AI",
            "日内瓦的演讲",
            "A note from Oslo",
        ]
    with translation.override("en"):
        assert str(chinese_article) == "OpenAI's chief on AI" and str(english_article) == "A speech in Geneva"


@pytest.mark.django_db
def test_the_speaker_picker_names_speakers_in_the_reviewers_language(admin_client: Client) -> None:
    from predictions.models import Speaker

    Speaker.objects.create(slug="sam-altman", name="Sam Altman", name_original="山姆·奥尔特曼")
    Speaker.objects.create(slug="ada-lovelace", name="Ada Lovelace")  # no name in another script: as it is
    # The prediction form's speaker field is an autocomplete: its choices come from this endpoint.
    picker = "/admin/autocomplete/?app_label=predictions&model_name=prediction&field_name=speaker&term="

    def names(language: str) -> list[str]:
        answer = admin_client.get(picker, headers={"accept-language": language})
        return sorted(item["text"] for item in answer.json()["results"])

    assert names("zh-hans") == ["Ada Lovelace", "山姆·奥尔特曼（Sam Altman）"]
    assert names("en") == ["Ada Lovelace", "Sam Altman"]
