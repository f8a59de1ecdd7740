"""A source's text from an uploaded file: ``.txt`` as it is, ``.html`` through trafilatura's article extraction.

Pure (no database): the admin and the API hand it the file's name and bytes and store the text it
returns verbatim (the source's sha256 is computed from it, as for pasted text). Every problem is a
``DocumentError`` with a sentence for the reviewer, never an exception from a parser.
"""

from __future__ import annotations

from pathlib import PurePath

import trafilatura
from django.utils.translation import gettext as _

# A long article is ~100 KB of HTML; ten times that leaves room for heavy pages and keeps a request short.
MAX_BYTES = 2 * 1024 * 1024
TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
# Less than this after extraction is a page's leftovers (a menu's "Home"), not an article: no news text is shorter.
SHORTEST_ARTICLE = 25


class DocumentError(ValueError):
    """The file cannot give a source text; the message says why, for the person who uploaded it."""


def source_text_from_file(name: str, data: bytes) -> str:
    """The source text in the file ``name`` holding ``data``.

    ``.txt``: UTF-8 (a byte-order mark is dropped), kept exactly. ``.html`` / ``.htm``: the main
    article's text as trafilatura extracts it (no navigation, comments or footers), paragraphs on their
    own lines.
    """
    suffix = PurePath(name).suffix.lower()
    if suffix not in TEXT_SUFFIXES + HTML_SUFFIXES:
        raise DocumentError(_("Upload a .txt or .html file (this one is “%(name)s”).") % {"name": name})
    if len(data) > MAX_BYTES:
        raise DocumentError(
            _("The file is %(size)s KB; the limit is %(limit)s KB.")
            % {"size": len(data) // 1024, "limit": MAX_BYTES // 1024}
        )
    if suffix in TEXT_SUFFIXES:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise DocumentError(
                _("The file is not UTF-8 text (byte %(position)s). Save it as UTF-8 and upload it again.")
                % {"position": error.start}
            ) from None
    else:
        text = _article_text(data)
    if not text.strip():
        raise DocumentError(_("The file holds no text."))
    return text


def _article_text(data: bytes) -> str:
    try:
        # Bytes, not str: trafilatura reads the page's own charset declaration. Precision over recall: a menu line
        # kept above a Chinese article ("首页｜订阅：明年价格将上涨！") was offered as a forecast.
        extracted = trafilatura.extract(data, include_comments=False, include_tables=False, favor_precision=True)
    except Exception:
        extracted = None
    if not extracted or len(extracted.strip()) < SHORTEST_ARTICLE:
        raise DocumentError(_("No article text was found in this page. Paste the article's text instead."))
    return str(extracted)
