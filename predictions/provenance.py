"""Pure helpers for anchoring quotes in their source text (no database)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path


class QuoteNotFound(ValueError):
    pass


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def locate_quote(text: str, quote: str, start: int | None = None) -> tuple[int, int]:
    """Character offsets ``(start, end)`` of ``quote`` in ``text``.

    With ``start`` given, the quote must stand exactly there (this is how a
    stored anchor is verified); otherwise its first occurrence is used.
    Raises ``QuoteNotFound`` with a message that shows what the text has instead.
    """
    if not quote:
        raise QuoteNotFound("the quote is empty")
    if start is not None:
        end = start + len(quote)
        if text[start:end] == quote:
            return start, end
        found = text[start:end]
        raise QuoteNotFound(f"the source has “{found}” at characters {start}–{end}, not the quote")
    position = text.find(quote)
    if position < 0:
        raise QuoteNotFound("the quote is not found verbatim in the source text")
    return position, position + len(quote)


def first_difference(expected: str, found: str) -> int:
    """Index of the first character where two strings differ (for error messages)."""
    for index, (left, right) in enumerate(zip(expected, found, strict=False)):
        if left != right:
            return index
    return min(len(expected), len(found))


@dataclass(frozen=True)
class QuoteInContext:
    before: str
    quote: str
    after: str


def quote_in_context(text: str, start: int, end: int, width: int = 160) -> QuoteInContext:
    """The quote with up to ``width`` characters either side, for reviewers."""
    return QuoteInContext(
        before=("…" if start > width else "") + text[max(0, start - width) : start],
        quote=text[start:end],
        after=text[end : end + width] + ("…" if end + width < len(text) else ""),
    )


@dataclass(frozen=True)
class SeedFile:
    """A verbatim source text under ``seeds/`` and its metadata sidecar."""

    text_path: Path
    sha256: str
    metadata: dict[str, object]


def read_seed_metadata(seeds_dir: Path) -> list[SeedFile]:
    """Every ``*.meta.json`` under ``seeds_dir`` with the text file it describes."""
    seeds = []
    for meta_path in sorted(seeds_dir.glob("*.meta.json")):
        metadata = json.loads(meta_path.read_text(encoding="utf-8"))
        seeds.append(
            SeedFile(
                text_path=seeds_dir / str(metadata["file"]),
                sha256=str(metadata["sha256"]),
                metadata=metadata,
            )
        )
    return seeds


def seed_problems(seeds_dir: Path) -> list[str]:
    """Messages for seed files that are missing or whose sha256 does not match."""
    problems = []
    for seed in read_seed_metadata(seeds_dir):
        if not seed.text_path.exists():
            problems.append(f"seeds/{seed.text_path.name} is listed in its metadata but missing")
            continue
        digest = sha256_hex(seed.text_path.read_bytes())
        if digest != seed.sha256:
            problems.append(
                f"seeds/{seed.text_path.name} has sha256 {digest}, its metadata records {seed.sha256}: "
                "the text was changed; restore it byte for byte"
            )
    return problems
