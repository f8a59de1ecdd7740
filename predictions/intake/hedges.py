"""Hedges: the speaker's confidence words in or right around a forecast (I think, probably, 可能, 我认为 …).

They are reported as written, in order of appearance; a longer phrase wins over the word inside
it ("almost certainly" over "certainly", 很可能 over 可能). They are never turned into a
probability: only a stated number is one (``probabilities``).
"""

from __future__ import annotations

import re


def _phrases(text: str) -> tuple[str, ...]:
    """The phrases of a "|"-separated list (kept as text so the lists stay readable)."""
    return tuple(text.split("|"))


_EN_PHRASES = _phrases(
    "I think|I believe|I expect|I suspect|I guess|I bet|I doubt|I reckon|I imagine|I'm confident|I'd guess|"
    "I am confident|I'm sure|I am sure|I'm convinced|I am convinced|I'm certain|I am certain|"
    "I'm not sure|I am not sure|I don't think|I do not think|I don't believe|I do not believe|"
    "I'd be surprised|I would be surprised|I fear|I'm afraid|we think|we believe|we expect|"
    "we're confident|we are confident|we don't think|we do not think|we don't believe|we do not believe|"
    "we're sure|in my view|in my opinion|my guess is|my sense is|my bet is|it seems|it appears|"
    "does not believe|doesn't believe|do not believe|don't believe|does not think|doesn't think|"
    "does not expect|doesn't expect|is confident|are confident|is convinced|is sure|maybe|perhaps|"
    "probably|possibly|likely|unlikely|more likely than not|almost certainly|certainly|definitely|surely|"
    "undoubtedly|no doubt|without doubt|inevitably|almost surely|could|might|may|there is a chance|"
    "there's a chance|there is a risk|there's a risk|conceivably|presumably|arguably|hopefully|"
    "virtually certain|highly likely|very likely|most likely|quite likely|fairly likely|"
    "almost inevitable|inevitable|guaranteed|better than even chance|better-than-even chance|less than even chance|"
    "better than even odds|better-than-even odds|"
    # (README hedges) The rest of the README's list: "I'd bet", "realistically", "I'd wager", "here's my bet", "our base
    # case", "If I had to bet", "to my mind", "in our view", "odds-on", "better than even".
    "I'd bet|I would bet|I'd wager|I would wager|I'd say|realistically|here's my bet|our base case|my base case|"
    "if I had to bet|if I had to guess|to my mind|in our view|in our opinion|odds-on|odds on|better than even|"
    "better-than-even"
)
_ZH_PHRASES = _phrases(
    "我认为|我们认为|我觉得|我们觉得|我相信|我们相信|我预计|我们预计|我猜|我估计|我想|我看|在我看来|我并不认为|我们并不认为|我不认为|我们不认为|并不认为|不认为|我确信|我们确信|"
    "我敢肯定|我担心|恐怕|认为|相信|预计|可能|很可能|极有可能|非常可能|有可能|不太可能|不可能|大概率|也许|或许|大概|估计|肯定|一定|必将|必然|势必|几乎可以肯定|几乎肯定|毫无疑问|"
    "无疑|有望|或将|未必|说不定|不一定|显然|注定|终将|迟早|早晚|十有八九|我有信心|我们有信心|我判断|我们判断|很有把握|有把握|没有把握|比较现实|不排除|很难"
)


def _pattern(phrases: tuple[str, ...], *, english: bool) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(p).replace("'", "['’]") for p in sorted(phrases, key=len, reverse=True))
    if english:
        # "may" is a modal only in lower case (May is a month); the rest ignore case.
        return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)
    return re.compile(alternatives)


_EN = _pattern(_EN_PHRASES, english=True)
_ZH = _pattern(_ZH_PHRASES, english=False)


def find_hedges(text: str, *, language: str) -> tuple[str, ...]:
    pattern = _ZH if language == "zh-Hans" else _EN
    found: list[str] = []
    for match in pattern.finditer(text):
        word = match.group(0)
        if language != "zh-Hans" and word == "May":
            continue
        if word not in found:
            found.append(word)
    return tuple(found)
