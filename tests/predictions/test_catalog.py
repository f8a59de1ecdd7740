"""The Chinese catalog: complete, compiled in pure Python, and used by the pages."""

from __future__ import annotations

import gettext
import re
import shutil
from pathlib import Path

from babel.messages.pofile import read_po

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

    [written] = compile_catalogs(tmp_path / "locale")

    assert written == tmp_path / "locale" / "zh_Hans" / "LC_MESSAGES" / "django.mo"
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
