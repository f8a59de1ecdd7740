"""``python manage.py find_forecasts PATH --language en|zh-Hans --said-on YYYY-MM-DD [--format json|text]``.

Prints the forecast candidates found in a UTF-8 text file (``predictions.intake``). Offsets count
characters of the file exactly as stored (no newline translation; a leading byte-order mark is dropped, as
the admin's upload drops it), so ``text[start:end] == quote`` holds for the file's own text. A saved web page
(``.html`` / ``.htm``) is read as the admin reads an uploaded one: its article text, extracted by
trafilatura. The language is a tag as sources carry it (``en``, ``en-GB``, ``zh-Hans``, ``zh-CN``, any
case). A missing or unreadable file, an unknown language, a bad date or format: one line on stderr and exit
status 2.
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from predictions.intake import LANGUAGES, Candidate, find_forecasts
from predictions.intake.documents import HTML_SUFFIXES, DocumentError, source_text_from_file
from predictions.selectors.drafts import intake_language

FORMATS = ("json", "text")


def usage_error(message: str) -> CommandError:
    return CommandError(message, returncode=2)


class Command(BaseCommand):
    help = "List the forecast candidates in a source text: anchored quotes, horizons as dates, probabilities, hedges."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", help="A UTF-8 text file (the source text, verbatim).")
        # Checked in handle(), not with argparse choices, so that a wrong value is one line and status 2.
        parser.add_argument("--language", required=True, help=f"The text's language: {' or '.join(LANGUAGES)}.")
        parser.add_argument(
            "--said-on", required=True, help="When the statements were made (YYYY-MM-DD): horizons count from it."
        )
        parser.add_argument("--format", default="json", help="json (default) or text.")

    def handle(self, *args: Any, **options: Any) -> None:
        language, output_format = intake_language(options["language"]), options["format"]
        if language is None:
            raise usage_error(f"unknown language {options['language']!r}: use {' or '.join(LANGUAGES)}")
        if output_format not in FORMATS:
            raise usage_error(f"unknown format {output_format!r}: use json or text")
        try:
            said_on = datetime.date.fromisoformat(options["said_on"])
        except ValueError:
            raise usage_error(f"bad --said-on date {options['said_on']!r}: use YYYY-MM-DD, e.g. 2024-05-30") from None
        text = read_text(Path(options["path"]))
        candidates = find_forecasts(text, language=language, said_on=said_on)
        if output_format == "json":
            self.stdout.write(json.dumps([c.to_json() for c in candidates], ensure_ascii=False, indent=2))
        else:
            self.stdout.write(as_text(candidates, path=options["path"], language=language, said_on=said_on))


def read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise usage_error(f"no such file: {path}") from None
    except IsADirectoryError:
        raise usage_error(f"{path} is a directory, not a text file") from None
    except OSError as error:
        raise usage_error(f"cannot read {path}: {error.strerror}") from None
    if path.suffix.lower() in HTML_SUFFIXES:
        try:
            return source_text_from_file(path.name, data)
        except DocumentError as error:
            raise usage_error(f"{path}: {error}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise usage_error(f"{path} is not UTF-8 text (byte {error.start} cannot be decoded)") from None


def as_text(candidates: list[Candidate], *, path: str, language: str, said_on: datetime.date) -> str:
    lines = [f"{len(candidates)} candidate(s) in {path} ({language}, said on {said_on.isoformat()})"]
    for number, candidate in enumerate(candidates, start=1):
        lines.append("")
        lines.append(f"#{number}  characters {candidate.start}–{candidate.end}")
        lines.append(f"  quote:       {candidate.quote}")
        if candidate.horizon:
            date = candidate.resolve_on.isoformat() if candidate.resolve_on else "no date"
            lines.append(f"  horizon:     {candidate.horizon} → {date}")
            lines.append(f"  rule:        {candidate.horizon_rule}")
        else:
            lines.append("  horizon:     none stated")
        if candidate.probability is not None:
            lines.append(f"  probability: {candidate.probability}")
        lines.append(f"  hedges:      {', '.join(candidate.hedges) if candidate.hedges else 'none'}")
        lines.append(f"  kind:        {candidate.kind or 'not told'}")
    return "\n".join(lines)
