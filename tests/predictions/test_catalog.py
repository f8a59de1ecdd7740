"""The Chinese catalog: complete, compiled in pure Python, and used by the pages."""

from __future__ import annotations

import gettext
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from babel.messages.pofile import read_po
from django.conf import settings

from predictions.catalogs import LOCALE_DIR, compile_catalogs

PO_PATH = LOCALE_DIR / "zh_Hans" / "LC_MESSAGES" / "django.po"
PUBLIC_TEMPLATES = LOCALE_DIR.parent / "templates"


def catalog():
    with PO_PATH.open("rb") as handle:
        return read_po(handle)


def test_every_message_is_translated_and_none_is_fuzzy() -> None:
    untranslated = [
        message.id
        for message in catalog()
        if message.id
        and (message.fuzzy or not all(message.string if isinstance(message.string, tuple) else [message.string]))
    ]
    assert untranslated == []


# The README's command for updating the catalog (docs: "To change the interface text").
MAKEMESSAGES = [
    "makemessages", "-l", "zh_Hans", "--add-location", "file", "--no-obsolete",
    "--ignore", ".venv/*", "--ignore", "var/*", "--ignore", "tests/*",
]  # fmt: skip


def test_gettext_extraction_finds_no_untranslated_or_fuzzy_entry(tmp_path: Path) -> None:
    """What ``makemessages`` extracts from the code today, merged with the committed catalog: every
    interface string (site, admin, e-mails, reminders, webhooks, tokens) must have a Chinese translation.

    Runs on a copy of the code, so the committed catalog is never rewritten by a test."""
    assert shutil.which("xgettext") and shutil.which("msgmerge"), "GNU gettext is needed (apt-get install gettext)"
    copy = tmp_path / "project"
    ignore = shutil.ignore_patterns("__pycache__", "*.mo")
    for name in ("predictions", "tracker", "config"):
        shutil.copytree(settings.BASE_DIR / name, copy / name, ignore=ignore)
    shutil.copy(settings.BASE_DIR / "manage.py", copy / "manage.py")
    environment = {**os.environ, "DJANGO_DEBUG": "1", "DJANGO_SETTINGS_MODULE": "config.settings"}
    subprocess.run(
        [sys.executable, "manage.py", *MAKEMESSAGES], cwd=copy, env=environment, check=True, capture_output=True
    )
    with (copy / PO_PATH.relative_to(settings.BASE_DIR)).open("rb") as handle:
        extracted = read_po(handle)

    untranslated = [
        message.id
        for message in extracted
        if message.id
        and (message.fuzzy or not all(message.string if isinstance(message.string, tuple) else [message.string]))
    ]
    assert untranslated == []
    assert len(extracted) > 300  # the extraction really ran over the code


def test_the_glossary_terms_are_used_and_the_wrong_ones_are_gone() -> None:
    """docs/glossary.md: one word for each thing across the site, the admin and the e-mails."""
    translations = {message.id: message.string for message in catalog() if isinstance(message.id, str)}
    assert translations["Brier score"] == "Brier 分数"
    assert translations["Hit rate"] == "命中率"
    assert translations["Said on"] == "发言日期"
    assert translations["published"] == "刊发日期"
    strings = [text for message in catalog() for text in (
        message.string if isinstance(message.string, tuple) else [message.string]
    )]  # fmt: skip
    templates = [
        path.read_text(encoding="utf-8")
        for root in (PUBLIC_TEMPLATES, settings.BASE_DIR / "tracker" / "templates")
        for path in root.rglob("*")
        if path.is_file()
    ]
    for wrong in ("布莱尔", "已已", "评判", "预测者", "发表于", "正确比例"):
        assert not [text for text in strings + templates if wrong in text], wrong


def test_every_translate_tag_of_the_templates_is_in_the_catalog() -> None:
    """A new {% translate "…" %} without a catalog entry would show English on a Chinese page."""
    known = {message.id for message in catalog() if isinstance(message.id, str)}
    missing = []
    for template in PUBLIC_TEMPLATES.rglob("*.html"):
        for match in re.finditer(r"""{% translate (["'])(.+?)\1""", template.read_text(encoding="utf-8")):
            text = match.group(2)
            # Django escapes % as %% in msgids of strings with a placeholder-like %.
            if text not in known and text.replace("%", "%%") not in known:
                missing.append(f"{template.relative_to(PUBLIC_TEMPLATES)}: {text}")
    assert missing == []


def test_the_catalog_compiles_without_gnu_gettext(tmp_path: Path) -> None:
    shutil.copytree(LOCALE_DIR, tmp_path / "locale", ignore=shutil.ignore_patterns("*.mo"))

    written_files = compile_catalogs(tmp_path / "locale")

    folder = tmp_path / "locale" / "zh_Hans" / "LC_MESSAGES"
    assert written_files == [folder / "django.mo", folder / "djangojs.mo"]
    written = written_files[0]
    with written.open("rb") as handle:
        translations = gettext.GNUTranslations(handle)
    assert translations.gettext("Scoreboard") == "计分板"
    assert translations.ngettext("in %(days)s day", "in %(days)s days", 3) == "%(days)s 天后"
    assert not list((tmp_path / "locale").rglob("*.partial"))


def test_a_fuzzy_entry_is_left_out_as_msgfmt_does(tmp_path: Path) -> None:
    po = tmp_path / "locale" / "xx" / "LC_MESSAGES" / "django.po"
    po.parent.mkdir(parents=True)
    po.write_text(
        'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        '#, fuzzy\nmsgid "Draft"\nmsgstr "Brouillon"\n\nmsgid "Final"\nmsgstr "Définitif"\n',
        encoding="utf-8",
    )
    [written] = compile_catalogs(tmp_path / "locale")
    with written.open("rb") as handle:
        translations = gettext.GNUTranslations(handle)
    assert translations.gettext("Final") == "Définitif"
    assert translations.gettext("Draft") == "Draft"
