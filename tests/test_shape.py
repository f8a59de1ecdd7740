"""The code keeps its shape: small modules and no import cycle among first-party modules.

A module past 400 lines usually holds two ideas (docs/design.md, "Shape of the
house"); modules that import each other, directly or round a longer loop, cannot
be read, tested or moved one at a time. Migrations are generated and exempt.
"""

from __future__ import annotations

from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("config", "predictions", "tracker", "tests")
MAX_LINES = 400


def first_party_modules() -> list[Path]:
    return sorted(
        path for package in PACKAGES for path in (ROOT / package).rglob("*.py") if "migrations" not in path.parts
    )


def test_no_first_party_module_is_over_400_lines() -> None:
    too_long = {
        str(path.relative_to(ROOT)): lines
        for path in first_party_modules()
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert too_long == {}, f"split these by idea (at most {MAX_LINES} lines): {too_long}"


def import_cycles(*packages: str) -> list[str]:
    """Each import that some chain of imports leads back from, as "a → b → … → a".

    Every import counts: at module level, inside functions and under TYPE_CHECKING."""
    graph = grimp.build_graph(*packages, cache_dir=None)
    cycles = set()
    for module in graph.modules:
        for imported in graph.find_modules_directly_imported_by(module):
            back = graph.find_shortest_chain(importer=imported, imported=module)
            if back is not None:
                cycles.add(" → ".join((module, *back)))
    return sorted(cycles)


def test_no_import_cycle_among_first_party_modules() -> None:
    cycles = import_cycles(*PACKAGES)
    assert cycles == [], "import cycles:\n" + "\n".join(cycles)


def test_the_cycle_check_finds_a_cycle(tmp_path: Path, monkeypatch) -> None:
    """The check above can fail: two modules importing each other are found."""
    package = tmp_path / "loop"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("from loop import b\n")
    (package / "b.py").write_text("def f():\n    from loop import a\n")
    monkeypatch.syspath_prepend(str(tmp_path))

    assert import_cycles("loop") == ["loop.a → loop.b → loop.a", "loop.b → loop.a → loop.b"]
