"""Query parameters, checked strictly: an unknown parameter, an unknown
value or a malformed date is a 400 that names the problem, never silently
ignored (a typo such as ``?stauts=due`` would otherwise return everything).

Hand-rolled rather than django-filter: the list endpoints are the hot path and
their parameters are few; a dict of parsers costs a few microseconds per request.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable

from django.http import QueryDict

from predictions.api.base.errors import bad_request

PAGE_SIZE_DEFAULT = 50
PAGE_SIZE_MAX = 200
MAX_PARAM_LENGTH = 500
PAGINATION_PARAMS = ("cursor", "page_size")


def clean_params(query: QueryDict, allowed: Iterable[str]) -> dict[str, str]:
    """One value per known parameter; 400 for unknown, repeated, NUL or overlong ones."""
    allowed_set = set(allowed)
    cleaned: dict[str, str] = {}
    for name, values in query.lists():
        if name not in allowed_set:
            known = ", ".join(sorted(allowed_set)) or "none"
            raise bad_request(f"Unknown query parameter “{name[:50]}”. Known: {known}.", code="unknown_parameter")
        if len(values) > 1:
            raise bad_request(f"Give “{name}” once.", field=name)
        value = values[0]
        if "\x00" in value:
            raise bad_request(f"“{name}” contains a NUL byte.", field=name)
        if len(value) > MAX_PARAM_LENGTH:
            raise bad_request(f"“{name}” is longer than {MAX_PARAM_LENGTH} characters.", field=name)
        cleaned[name] = value
    return cleaned


def parse_date(params: dict[str, str], name: str) -> datetime.date | None:
    value = params.get(name)
    if value is None:
        return None
    try:
        return datetime.date.fromisoformat(value) if len(value) == 10 else _raise_value_error()
    except ValueError:
        raise bad_request(f"“{name}” must be a date like 2027-05-30.", field=name) from None


def _raise_value_error() -> datetime.date:
    raise ValueError


def parse_flag(params: dict[str, str], name: str) -> bool:
    """A yes/no parameter: 1 or true, 0 or false (absent: false); anything else is a 400 naming it."""
    return parse_choice(params, name, ("0", "1", "false", "true")) in {"1", "true"}


def parse_choice(params: dict[str, str], name: str, choices: Iterable[str]) -> str | None:
    value = params.get(name)
    if value is None:
        return None
    options = tuple(choices)
    if value not in options:
        raise bad_request(f"“{name}” must be one of: {', '.join(options)}.", field=name)
    return value


def parse_page_size(params: dict[str, str]) -> int:
    value = params.get("page_size")
    if value is None:
        return PAGE_SIZE_DEFAULT
    if not value.isascii() or not value.isdigit() or len(value) > 4 or not 1 <= int(value) <= PAGE_SIZE_MAX:
        raise bad_request(f"“page_size” must be a whole number from 1 to {PAGE_SIZE_MAX}.", field="page_size")
    return int(value)
