"""Each held-out batch read by the rules as they stood before anyone tuned them on it (for ``tests/intake/train.py``).

Every batch ``c_`` … ``i_`` was scored once unseen and then used to tune the rules; today's rules read it as
development data. What a learned layer must learn is what the rules do on text they have never seen, so each batch
is read here by the extractor of the commit just before the round that used it (``RULES_BEFORE``: ``g_`` by the
rules of the merge that added the ninth batch, before the seventh round tuned on ``g_``; ``h_`` and ``i_`` by the
seventh round's, before the eighth). The snapshot of
``predictions/`` at that commit (``git archive``) runs in a child process with its own ``predictions`` first on the
path; this module's ``main`` is the child, and the units and features are made there too, by the clause readers of
the same snapshot (``tests.intake.units`` imports whatever ``predictions.intake`` the path holds).
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path

from predictions.intake import Candidate, find_forecasts
from tests.intake.evaluate import SETS, load
from tests.intake.units import NEVER, Example, Unit, examples_of

ROOT = Path(__file__).resolve().parents[2]
# The merge before the round that tuned the rules on each batch: dupintake (c_, d_), intake6 (e_), intake7 (f_);
# g_: the ninth batch's merge, after intake7, before any round on g_.
RULES_BEFORE = {
    "c_": "0b8766e^1", "d_": "0b8766e^1", "e_": "d885e6e^1", "f_": "d048f89^1", "g_": "eaa9843",
    "h_": "3b2476a", "i_": "3b2476a",  # the seventh round merged, before the eighth (on h_ and i_)
    "j_": "46b70c9", "k_": "46b70c9",  # the eighth round merged, before the ninth (on j_ and k_)
    "l_": "b5552f5", "m_": "b5552f5",  # the ninth round merged, before the tenth (on l_ and m_)
    "n_": "10a6c36", "o_": "10a6c36",  # the tenth round merged, before the eleventh (English, on n_ and o_)
    "p_": "bd521c5", "q_": "bd521c5", "r_": "bd521c5", "s_": "bd521c5",  # before the twelfth (on p_ … s_)
    "t_": "f12ac67", "u_": "f12ac67", "v_": "f12ac67", "w_": "f12ac67",  # the twelfth merged, before the thirteenth
    "x_": "24ceb18", "y_": "24ceb18", "z_": "24ceb18",  # the thirteenth merged, before the fourteenth (on x_ … z_)
    "aa_": "6e5c6f6", "ab_": "6e5c6f6", "ac_": "6e5c6f6",  # the fifteenth (probes) merged, before the sixteenth
    "ad_": "451d862", "ae_": "451d862", "af_": "451d862",  # the same rules, before the seventeenth (on ad_ … af_)
    "ag_": "6201b07", "ah_": "6201b07", "ai_": "6201b07",  # the seventeenth and its reviews merged, before the audits
    "aj_": "391cacc", "ak_": "391cacc", "al_": "391cacc",  # the first README audits merged, before the second
}  # fmt: skip


def snapshot(commit: str) -> Path:
    """``predictions/`` as it was at ``commit``, unpacked once into the temporary directory."""
    sha = subprocess.run(
        ["git", "rev-parse", "--short=12", commit], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout.strip()
    target = Path(tempfile.gettempdir()) / f"hindsight-rules-{sha}"
    if not (target / "predictions" / "intake").is_dir():
        archive = subprocess.run(
            ["git", "archive", sha, "predictions/__init__.py", "predictions/intake"],
            cwd=ROOT,
            check=True,
            capture_output=True,
        ).stdout
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(target, filter="data")
    return target


def examples_of_batch(batch: str) -> Iterator[tuple[str, list[Candidate], list[Example]]]:
    """(``<language>/<file name>``, candidates, examples) of each document of ``batch``, read by the rules from
    before anyone tuned them on ``batch``."""
    rules = snapshot(RULES_BEFORE[batch])
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join((str(rules), str(ROOT)))}
    output = subprocess.run(
        [sys.executable, "-m", "tests.intake.unseen_rules", batch],
        cwd=rules,  # the snapshot's ``predictions`` comes first on the path
        env=environment,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    for line in output.splitlines():
        data = json.loads(line)
        candidates = [Candidate("", start, end, None, None, None, None, (), None) for start, end in data["candidates"]]
        by_span = {(c.start, c.end): c for c in candidates}
        examples = [
            Example(
                Unit(e["start"], e["end"], by_span.get((e["start"], e["end"])) if e["rule"] else None, e["leftover"]),
                e["features"],
                e["positive"],
            )
            for e in data["examples"]
        ]
        yield data["name"], candidates, examples


def main(batch: str) -> int:
    """The child: each document of ``batch`` as a line of JSON, read by the ``predictions`` first on the path."""
    for document in load(SETS["holdout"], skip=NEVER):
        if not document.path.name.startswith(batch):
            continue
        candidates = find_forecasts(document.text, language=document.language, said_on=document.said_on)
        examples = [
            {**asdict(e.unit), "rule": e.unit.candidate is not None, "features": e.features, "positive": e.positive}
            for e in examples_of(document, candidates)
        ]
        for example in examples:
            del example["candidate"]
        line = {
            "name": f"{document.path.parent.name}/{document.path.name}",
            "candidates": [(c.start, c.end) for c in candidates],
            "examples": examples,
        }
        print(json.dumps(line, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
