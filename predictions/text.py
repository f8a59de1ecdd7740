"""What text the ledger accepts, in one place, and how stored text leaves it safely.

The rule (issue 9, finding 1): no C0 or C1 control character (U+0000–U+001F,
U+007F–U+009F) in any text a person writes — they are invisible, XML cannot
carry most of them (an Atom feed with one does not render at all) and they
steer terminals. A multi-line field keeps tab, line feed and carriage return
(browsers send a textarea's line breaks as CR LF). Lone surrogates are refused
too: they cannot be stored as UTF-8.

Bidirectional formatting characters (U+202A–U+202E embeddings and overrides,
U+2066–U+2069 isolates) are refused as well, except in the *verbatim* texts —
a quote and its source's text must stay exactly as the source has them, and a
right-to-left source may carry them. Where those are shown, they are isolated
(``dir="auto"`` on their own element), so they cannot reorder the page around
them; ``printable()`` strips them from the plain-text channels.

The validators are attached to every model text field people write
(``tests/predictions/test_text_rules.py`` checks that none is missing), so
``full_clean()`` in the services, the admin's ModelForms and the API's 400s
all apply the same rule; the audit history's reasons, which are not model
fields, go through ``audited_save``.
"""

from __future__ import annotations

import re
from typing import Any

from django.core.exceptions import ValidationError
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _

_CONTROL = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"  # C0 and C1 except tab, LF, CR
_LINE_BREAKS = "\t\n\r"
_BIDI = "\u202a-\u202e\u2066-\u2069"
_SURROGATES = "\ud800-\udfff"
_UNPRINTABLE_RE = re.compile(f"[{_CONTROL}{_BIDI}{_SURROGATES}]")


def _explain(character: str) -> tuple[str, Any]:
    """The error code and message for a refused character."""
    if re.match(f"[{_SURROGATES}]", character):
        return "invalid", _("Remove the invalid character %(character)s at position %(position)s.")
    if character in _LINE_BREAKS:
        return "line_break", _("Use one line: remove the line break or tab at position %(position)s.")
    if re.match(f"[{_BIDI}]", character):
        return "bidi_control", _(
            "Remove the bidirectional formatting character %(character)s at position %(position)s: "
            "it can reorder how the text around it is displayed."
        )
    return "control_character", _("Remove the invisible control character %(character)s at position %(position)s.")


@deconstructible
class PlainText:
    """A validator: refuses control characters (and, unless ``verbatim``, bidi formatting ones);
    ``multiline`` keeps tab and line breaks."""

    def __init__(self, *, multiline: bool = False, verbatim: bool = False) -> None:
        self.multiline = multiline
        self.verbatim = verbatim
        refused = _CONTROL + _SURROGATES + ("" if multiline else _LINE_BREAKS) + ("" if verbatim else _BIDI)
        self._refused = re.compile(f"[{refused}]")

    def __call__(self, value: Any) -> None:
        match = self._refused.search(value) if isinstance(value, str) else None
        if match is None:
            return
        code, message = _explain(match.group())
        params = {"character": f"U+{ord(match.group()):04X}", "position": match.start() + 1}
        raise ValidationError(message, code=code, params=params)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, PlainText) and (self.multiline, self.verbatim) == (other.multiline, other.verbatim)

    def __hash__(self) -> int:
        return hash((self.multiline, self.verbatim))


single_line = PlainText()
multi_line = PlainText(multiline=True)
verbatim_text = PlainText(multiline=True, verbatim=True)


def printable(text: str) -> str:
    """``text`` without control, bidi formatting or surrogate characters: for channels
    that cannot carry them (XML feeds, plain-text e-mail, terminals), so a row stored
    before the rule, or a verbatim quote, never breaks or reorders them."""
    return _UNPRINTABLE_RE.sub("", text)
