"""What a clause says about the future: the markers and the look-alikes, read per language.

``markers_en.read(clause)`` and ``markers_zh.read(clause)`` return a ``ClauseReading``; the extractor
combines the readings of a sentence's clauses with its horizons and probabilities. The reading:

- ``future``: a marker that states a forecast on its own (will, won't, is expected to, predicts;
  将, 会, 预计, 有望, 不会).
- ``modal``: a weaker word (would, could, may, might; 可能, 也许, 或许) that makes a forecast only with a
  horizon, a stated probability or, for "would", a reporting verb in the sentence (backshifted speech).
- ``excluded``: why the clause is not a forecast although it may carry a marker — ``question``,
  ``wish`` (wishes and prescriptions: should, must, 应该, 希望), ``schedule`` (an event's date or an
  announced plan: "will be held", 将于……举行), ``past`` (would have, 了 without a future marker).
- ``attribution``: the clause only says who speaks ("he said", 奥尔特曼表示).
- ``question_frame``: the clause reports a question about the future ("asked whether …", 被问到……是否会);
  a quotation that answers it is the forecast.
- ``reporting``: a reporting verb (said, predicts, 表示, 认为): the clause is someone's reported view.
- ``opens_new_thought``: the clause starts with a connector (but, while, 但, 而): a new forecast may begin.
- ``continues``: the clause starts with its verb and has no subject of its own (", will also …", ，会获得……).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Matches nothing: the pattern of a form one language does not have (``PATTERNS.get(language, NEVER)``).
NEVER = re.compile(r"(?!)")


@dataclass(frozen=True)
class ClauseReading:
    future: bool = False
    modal: bool = False
    excluded: str | None = None
    attribution: bool = False
    question_frame: bool = False
    reporting: bool = False
    first_person: bool = False
    opens_new_thought: bool = False
    continues: bool = False
    # English "would" that reports a forecast ("said prices would rise"), not "I would say" or "would be wise".
    would: bool = False
    # English: a verb of outcome in the present simple ("Denver wins it"): a forecast when something frames it.
    outcome: bool = False
    # English: the speaker's belief or bet ("I think", "if I had to bet", "our verdict"), which frames what follows.
    belief: bool = False


@dataclass(frozen=True)
class Cues:
    """The patterns of a language that are read the same way whatever the clause says about the future."""

    question_frame: re.Pattern[str]
    reporting: re.Pattern[str]
    first_person: re.Pattern[str]
    connector: re.Pattern[str]
    continues: re.Pattern[str]
    # Exclusions that need nothing but a match, in order: the first that matches names the reason.
    exclusions: tuple[tuple[str, re.Pattern[str]], ...]

    def first_exclusion(self, text: str) -> str | None:
        return next((reason for reason, pattern in self.exclusions if pattern.search(text)), None)

    def reading(
        self,
        text: str,
        *,
        future: bool,
        modal: bool,
        excluded: str | None,
        attribution: bool,
        would: bool = False,
        outcome: bool = False,
        belief: bool = False,
    ) -> ClauseReading:
        return ClauseReading(
            future=future,
            modal=modal,
            excluded=excluded,
            attribution=attribution,
            question_frame=bool(self.question_frame.search(text)),
            reporting=bool(self.reporting.search(text)),
            first_person=bool(self.first_person.search(text)),
            opens_new_thought=bool(self.connector.search(text)),
            continues=bool(self.continues.search(text)),
            would=would,
            outcome=outcome,
            belief=belief,
        )
