"""Whose voice a stretch of text is in: the document's own speaker, or someone the text reports.

- ``own_voice``: a text in the speaker's own voice (a speech, an op-ed, a research note): no quotations, and a
  third of its paragraphs or more in the first person. (Round 14) A quotation in the opening paragraph only — a
  lecture's title in quotation marks ('"Where the numbers are taking us." Delivered by …') — names the piece; it
  does not make the text a report of someone's words.
- ``titled_turn``: a turn in a Chinese transcript labelled with the speaker's post before the name
  (中国疾病预防控制中心研究员梁卫东：, 国家卫生健康委医政司副司长何敏：), too long for ``kind.SPEAKER_TURN``.
- ``first_person_frame``: a sentence outside quotation marks that opens with the speaker's own frame (我们预计，……,
  我们认为，……, "I expect …", "We think …"): the document's author speaking, so ``direct`` even where a quotation
  elsewhere in the text means the whole text is not in one voice. Not a frame after a named speaker
  (周凯表示，我们预计……: his words, reported), since the frame must open the sentence.
"""

from __future__ import annotations

import re

from predictions.intake.sentences import Span


def own_voice(text: str, language: str, speech: tuple[Span, ...]) -> bool:
    """No quotations past the opening paragraph, and a third of the paragraphs or more in the first person."""
    lead = len(text) - len(text.lstrip())
    opening = text.find("\n", lead)
    # Only a short opening line (a title, a header) before a body of text is set apart.
    if opening < 0 or opening - lead > 250 or not text[opening:].strip():
        opening = 0
    if any(start >= opening for start, _ in speech):
        return False
    first_person = re.compile(
        r"我(?![国省市区县校院军方])|咱" if language == "zh-Hans" else r"\b(?:I|we|We|our|Our|my|My|us|me)\b|\bI['’]"
    )
    paragraphs = [p for p in text.split("\n") if len(p.strip()) > 40]
    return bool(paragraphs) and sum(1 for p in paragraphs if first_person.search(p)) * 3 >= len(paragraphs)


# A post held (研究员, 副司长, 首席分析师 …) and then a name of two to four characters, at the start of a line.
_POSTS_ZH = (
    r"研究员|司长|局长|部长|厅长|处长|院长|所长|主任|主席|书记|总裁|总经理|经理|董事长|秘书长|发言人|负责人|教授|分析师"
    r"|经济学家|会长|理事长|市长|省长|区长|县长|委员|代表|总监|总工程师|首席执行官|创始人|合伙人"
)
# (Not a post followed by a verb of saying — 发言人表示：, 院长介绍： — a paraphrase's frame, not a speaker's turn.)
_SAYING_ZH = "表示|指出|强调|介绍|认为|称|说|透露|坦言|预计|提醒|谈到|提到|回应|回答"
_TITLED_TURN_ZH = re.compile(
    rf"[ \t]*[\u4e00-\u9fff·]{{2,24}}?(?:{_POSTS_ZH})(?!{_SAYING_ZH})[\u4e00-\u9fff·]{{2,4}}[：:]"
)


def titled_turn(text: str, line_start: int, language: str) -> bool:
    return language == "zh-Hans" and _TITLED_TURN_ZH.match(text, line_start) is not None


_FRAME = {
    # (README rules pass: also after the audience addressed — 各位同事，我判断，……)
    "zh-Hans": re.compile(
        r"\s*(?:(?:各位[\u4e00-\u9fff]{0,8}|同志们|朋友们|同事们|大家好)[，,]\s*)?"
        r"(?:我们|我)(?:个人)?(?:的判断|的看法|认为|预计|判断|估计|测算|相信|预测|觉得)"
    ),
    "en": re.compile(
        r"\s*(?:I|We)(?:['’]d|\s+would|\s+do)?\s+(?:expect|think|believe|estimate|forecast|project|reckon|see|put"
        r"|predict|suspect|doubt|don['’]t\s+(?:think|expect|believe|see))\b"
    ),
}


def first_person_frame(text: str, sentence: Span, language: str, speech: tuple[Span, ...]) -> bool:
    """The sentence opens, outside any quotation, with its speaker's own frame of belief or expectation (not '"I
    don't think anyone leaves," said Whitlock, who expects …': the quoted words are Whitlock's, the rest reported)."""
    frame = _FRAME.get(language)
    found = frame.match(text, sentence[0], sentence[1]) if frame is not None else None
    return found is not None and not any(start <= found.end() and found.start() < end for start, end in speech)
