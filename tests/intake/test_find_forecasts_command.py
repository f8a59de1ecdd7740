"""``manage.py find_forecasts``: JSON with exactly the candidate fields, readable text, one-line errors, status 2."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from predictions.intake import FIELDS

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_f95e91212e92d585.txt"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """The command as a user runs it: a new process, real argv, real exit status."""
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "tests.settings"}
    return subprocess.run(
        [sys.executable, "manage.py", "find_forecasts", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def call(*args: str) -> str:
    """The command in this process (faster), for what does not depend on argv or the exit status."""
    out = io.StringIO()
    call_command("find_forecasts", *args, stdout=out)
    return out.getvalue()


def test_json_lists_the_seed_articles_candidates_with_exactly_the_documented_fields() -> None:
    result = run(str(SEED), "--language", "zh-Hans", "--said-on", "2024-05-30")
    assert result.returncode == 0, result.stderr
    candidates = json.loads(result.stdout)
    text = SEED.read_bytes().decode("utf-8")
    assert candidates
    for candidate in candidates:
        assert tuple(candidate) == FIELDS
        assert text[candidate["start"] : candidate["end"]] == candidate["quote"]
    dated = [c for c in candidates if c["resolve_on"] == "2027-05-30"]
    assert any(c["horizon"] == "三年后" and "3 years" in c["horizon_rule"] for c in dated)


def test_text_format_shows_one_block_per_candidate_with_offsets(tmp_path: Path) -> None:
    source = tmp_path / "news.txt"
    source.write_text(
        "Inflation will fall to 2 percent by the end of 2025, the governor said.\n"
        "There is a 30 percent chance of a recession next year, she added.\n",
        encoding="utf-8",
    )
    output = call(str(source), "--language", "en", "--said-on", "2024-09-18", "--format", "text")
    assert output.startswith(f"2 candidate(s) in {source} (en, said on 2024-09-18)")
    assert "#1  characters 0–71" in output
    assert "quote:       Inflation will fall to 2 percent by the end of 2025, the governor said." in output
    assert "kind:        reported" in output
    assert "horizon:     by the end of 2025 → 2025-12-31" in output
    assert "probability: 0.3" in output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.txt", "--language", "en", "--said-on", "2024-05-30"], "no such file: missing.txt"),
        ([str(SEED), "--language", "fr", "--said-on", "2024-05-30"], "unknown language 'fr'"),
        ([str(SEED), "--language", "zh-Hans", "--said-on", "30/05/2024"], "bad --said-on date '30/05/2024'"),
    ],
)
def test_bad_input_is_one_line_on_stderr_and_status_2(args: list[str], message: str) -> None:
    result = run(*args)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([str(SEED), "--language", "zh-Hans", "--said-on", "2024-02-30"], "bad --said-on date '2024-02-30'"),
        ([str(SEED), "--language", "zh-Hans", "--said-on", "2024-05-30", "--format", "xml"], "unknown format 'xml'"),
        ([str(ROOT / "seeds"), "--language", "zh-Hans", "--said-on", "2024-05-30"], "is a directory"),
    ],
)
def test_other_bad_input_is_a_usage_error_too(args: list[str], message: str) -> None:
    with pytest.raises(CommandError, match=message) as raised:
        call(*args)
    assert raised.value.returncode == 2
    assert "\n" not in str(raised.value)


def test_a_file_that_is_not_utf8_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "latin1.txt"
    source.write_bytes("Les prix vont baisser l'année prochaine.".encode("latin-1"))
    with pytest.raises(CommandError, match="is not UTF-8 text") as raised:
        call(str(source), "--language", "en", "--said-on", "2024-05-30")
    assert raised.value.returncode == 2


def test_offsets_count_the_files_own_characters_including_crlf(tmp_path: Path) -> None:
    text = "Intro line.\r\nPrices will rise within two years, he said.\r\n"
    source = tmp_path / "crlf.txt"
    source.write_bytes(text.encode("utf-8"))
    (candidate,) = json.loads(call(str(source), "--language", "en", "--said-on", "2024-05-30"))
    assert text[candidate["start"] : candidate["end"]] == candidate["quote"]
    assert candidate["quote"] == "Prices will rise within two years, he said."
    assert candidate["start"] == len("Intro line.\r\n")


def test_a_byte_order_mark_is_dropped_as_the_admins_upload_drops_it(tmp_path: Path) -> None:
    # Offsets must be those of the text a reviewer's upload stores, or a quote found here anchors one off there.
    source = tmp_path / "bom.txt"
    source.write_bytes("\ufeffPrices will rise within two years, he said.".encode())
    (candidate,) = json.loads(call(str(source), "--language", "en", "--said-on", "2024-05-30"))
    assert (candidate["start"], candidate["quote"]) == (0, "Prices will rise within two years, he said.")


def test_a_saved_web_page_is_read_for_its_article_as_the_admin_reads_it(tmp_path: Path) -> None:
    page = tmp_path / "news.html"
    page.write_text(
        "<!doctype html><html><head><title>Ports</title></head><body><nav>Home | Markets | Subscribe</nav>"
        "<article><h1>Ports expect a record year</h1><p>The port authority said on Monday that container "
        "volumes will exceed 16 million by 2026.</p><p>The harbour opened in 1872.</p></article>"
        "<footer>Copyright 2025</footer></body></html>",
        encoding="utf-8",
    )
    quotes = [c["quote"] for c in json.loads(call(str(page), "--language", "en", "--said-on", "2025-04-14"))]
    assert "The port authority said on Monday that container volumes will exceed 16 million by 2026." in quotes
    assert not [q for q in quotes if "<" in q or "Subscribe" in q]  # no markup, no menu


@pytest.mark.parametrize(("tag", "found"), [("EN", 1), ("en-GB", 1), ("zh-hans", 0), ("zh-CN", 0)])
def test_the_language_is_read_as_a_sources_tag_in_any_case(tmp_path: Path, tag: str, found: int) -> None:
    source = tmp_path / "en.txt"
    source.write_text("Prices will rise within two years, he said.", encoding="utf-8")
    assert len(json.loads(call(str(source), "--language", tag, "--said-on", "2024-05-30"))) == found
