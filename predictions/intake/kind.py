"""Direct or reported speech: what the quotation marks (or their absence) tell.

- ``direct``: the forecast lies inside quotation marks, or in the speaker's own voice: a speaker's
  turn in an interview transcript ("HARTWELL: …"), or a text without quotations whose paragraphs
  mostly speak in the first person (a speech, an op-ed).
- ``reported``: outside quotation marks, with a reporting verb or attribution in its sentence
  (said, expects, according to, 表示, 认为, 据).
- None: nothing tells.
"""

from __future__ import annotations

import re

from predictions.intake.candidate import Kind
from predictions.intake.sentences import Span


def inside(span: Span, quotations: list[Span]) -> bool:
    """Most of ``span`` lies within one quotation."""
    start, end = span
    length = max(1, end - start)
    return any(min(end, q_end) - max(start, q_start) >= 0.5 * length for q_start, q_end in quotations)


def speech_kind(span: Span, *, quotations: list[Span], sentence_reports: bool, own_voice: bool) -> Kind | None:
    """``own_voice``: the words are the speaker's turn in a transcript, or the text is a speech without quotations."""
    if inside(span, quotations) or own_voice:
        return "direct"
    if sentence_reports:
        return "reported"
    return None


# A question in a transcript: "Q:", "Q.", "记者：", "主持人：", "问：", "REPORTER (Reuters):", "记者（新华社）：".
INTERVIEWER = re.compile(
    r"[ \t]*(?:Q|问|记者|主持人|(?i:interviewer|host|reporter))(?:\s*[(（][^()（）\n]{1,40}[)）])?\s*[.:：]"
)
INTERVIEWER_LINE = re.compile(r"^" + INTERVIEWER.pattern, re.MULTILINE)

# "ELENA VASQUEZ:", "HARTWELL:", "Raman:", "周海涛：" — a speaker's turn in an interview transcript.
SPEAKER_TURN = re.compile(
    # A role in brackets may follow the name: "LUCA MORETTI (deputy mayor, Florence):", "王磊（经济学家）：".
    r"^(?!Q\b|Q\.)(?:[A-Z][\w.'’ -]{0,40}(?<!said)(?<!says)(?:\s*\([^()\n]{1,80}\))?:\s"
    r"|[\u4e00-\u9fff·]{1,7}(?<![说称道示为])(?:[（(][^（）()\n]{1,40}[）)])?[：:]"
    # (README rules pass) … and a Latin label before a full-width colon in a Chinese transcript: "A：", "Q：" asks.
    r"|(?!Q：)[A-Z][A-Za-z.'’ -]{0,40}(?:\s*[（(][^（）()\n]{1,40}[）)])?：)",
    re.MULTILINE,
)

# The host an introduction names before the transcript: "Presenter Claire Aldous speaks with …", "Host Dan Reilly
# talks to …", "… interviewed by anchor Maya Lindqvist". Their turns ask; they are not the guest's forecasts.
_HOST_NAMED = re.compile(
    r"\b(?:[Hh]ost|[Pp]resenter|[Ii]nterviewer|[Aa]nchor|[Mm]oderator)\s+(?P<name>(?:[A-Z][\w'’-]+\s+){0,2}(?P<surname>[A-Z][\w'’-]+))\b"
)


def is_transcript(text: str) -> bool:
    """A transcript has turns ("HARTWELL:", "周海涛："); a headline "总裁周凯：……" alone does not make one."""
    return len(SPEAKER_TURN.findall(text)) + len(INTERVIEWER_LINE.findall(text)) >= 2


def host_turns(text: str) -> re.Pattern[str] | None:
    """The turns of the host the text's opening names ("ALDOUS:", "Claire Aldous:"), if it names one."""
    named = _HOST_NAMED.search(text, 0, 600)
    if named is None:
        return None
    labels = {named.group("name"), named.group("surname")}
    labels |= {label.upper() for label in labels}
    alternatives = "|".join(re.escape(label) for label in sorted(labels, key=len, reverse=True))
    return re.compile(rf"[ \t]*(?:{alternatives})\s*[:：]")


# A turn that ends in a question: "JANE ROSS (Daily Ledger): The Brokers' Council says approvals will top 50,000 next
# year. Do you agree?" — whoever is labelled, the turn asks; a forecast it relays is the question's premise. Not one in
# the turn's own voice ("Unless the Government acts, I predict … Will the Minister tell the House …?": an MP's
# forecast, then her question).
_ASKING_TURN = re.compile(r"[^\n]*\?[”’\"')\]]*[ \t]*(?:\n|$)")
_OWN_VOICE = re.compile(r"\b(?:I|I['’]m|I['’]d|I['’]ll|we|We|my|My|our|Our|us)\b")


def relays_then_asks(text: str, line_start: int, sentence: tuple[int, int]) -> bool:
    """The transcript line from ``line_start`` is a speaker's turn that ends in a question, and ``sentence`` in it
    gives someone else's words, not the speaker's."""
    return (
        bool(SPEAKER_TURN.match(text, line_start))
        and bool(_ASKING_TURN.match(text, line_start))
        and not _OWN_VOICE.search(text, sentence[0], sentence[1])
    )
