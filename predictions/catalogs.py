"""Compile the gettext catalogs (``locale/*/LC_MESSAGES/*.po`` → ``.mo``) in pure Python.

Django's ``compilemessages`` shells out to GNU gettext's ``msgfmt``, which a
fresh machine may not have; ``make run`` and ``make test`` call this module
instead (``python -m predictions.catalogs``), so installing Hindsight needs
nothing but PyPI. Only the committed ``.po`` files are sources: the ``.mo``
files are build output (git-ignored). Fuzzy entries are left out, as
``msgfmt`` does, so a half-reviewed translation never reaches the pages.
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

LOCALE_DIR = Path(__file__).resolve().parent / "locale"


def compile_catalogs(locale_dir: Path = LOCALE_DIR) -> list[Path]:
    """Write a ``.mo`` next to every ``.po`` under ``locale_dir``; return the files written."""
    written = []
    for po_path in sorted(locale_dir.glob("*/LC_MESSAGES/*.po")):
        with po_path.open("rb") as handle:
            catalog = read_po(handle, abort_invalid=True)
        mo_path = po_path.with_suffix(".mo")
        # Write next to the target and rename: a web process reading the
        # catalog while ``make run`` recompiles never sees half a file.
        partial = mo_path.with_suffix(".mo.partial")
        with partial.open("wb") as handle:
            write_mo(handle, catalog, use_fuzzy=False)
        partial.replace(mo_path)
        written.append(mo_path)
    return written


def main() -> int:
    written = compile_catalogs()
    for path in written:
        print(f"compiled {path.relative_to(LOCALE_DIR.parent.parent)}")  # noqa: T201 - a command-line tool
    return 0


if __name__ == "__main__":
    sys.exit(main())
