"""Request bodies the API parses: JSON, and never deeper than any body we accept needs.

Python's ``json`` recurses once per nesting level, so a body of 1,000 opening
brackets raises ``RecursionError`` (a 500) instead of the ``ValueError`` DRF
turns into a 400; a body a little shallower parses but can still exhaust the
stack later (``str()`` of it in a field's validation). Our deepest body is
three levels (a proposal's evidence list of objects): anything past
``MAX_DEPTH`` is refused while parsing, with a message.
"""

from __future__ import annotations

from typing import Any

from rest_framework.exceptions import ParseError
from rest_framework.parsers import JSONParser

MAX_DEPTH = 32
TOO_DEEP = f"The JSON is nested more than {MAX_DEPTH} levels deep."


def nesting_depth(value: Any) -> int:
    """How many arrays and objects deep ``value`` goes (iteratively: no recursion to exhaust)."""
    deepest = 0
    pending: list[tuple[Any, int]] = [(value, 0)]
    while pending:
        item, depth = pending.pop()
        if isinstance(item, dict):
            item = item.values()
        elif not isinstance(item, list):
            continue
        depth += 1
        deepest = max(deepest, depth)
        if depth > MAX_DEPTH:
            break  # enough to refuse it; no need to walk the rest
        pending.extend((child, depth) for child in item)
    return deepest


class BoundedJSONParser(JSONParser):
    """DRF's JSON parser (strict: no NaN), refusing bodies nested deeper than ``MAX_DEPTH``."""

    def parse(self, stream: Any, media_type: str | None = None, parser_context: Any = None) -> Any:
        try:
            data = super().parse(stream, media_type, parser_context)
        except RecursionError:
            raise ParseError(TOO_DEEP) from None
        if nesting_depth(data) > MAX_DEPTH:
            raise ParseError(TOO_DEEP)
        return data
