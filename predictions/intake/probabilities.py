"""Stated probabilities: "a 30 percent chance" → 0.3, "one in three" → 0.333, 七成把握 → 0.7, 百分之三十的可能 → 0.3.

Only a number tied to chance words counts: "grow 3 percent" or 七成的企业 (70% of firms) are
quantities, not the speaker's probability. Words without a number ("likely", 很可能) are hedges.
Values are rounded to three decimals.
"""

from __future__ import annotations

import re

from predictions.intake import odds_en
from predictions.intake.numbers import EN_NUMBER, ZH_NUMBER, parse_chinese_number, parse_english_number

_EN_CHANCE = (
    r"(?:chance|chances|likelihood|probability|odds|risk|possibility|shot|likely|certain|sure|confident|confidence)"
)
_EN_PERCENT = r"(?:%|\s*percent\b|\s*per\s*cent\b|\s*pc\b)"
# The words that may stand before the number: approximators, bounds, a quotation mark ('at "roughly 20 percent."').
_EN_APPROX = (
    r"(?:(?:about|around|roughly|only|just|maybe|perhaps|some|nearly|(?:well\s+|far\s+)?(?:over|under|below|above)"
    r"|more\s+than|less\s+than|(?:a\s+bit\s+|slightly\s+|a\s+little\s+)?(?:better|worse)\s+than"
    r"|no\s+(?:better|more|less|worse)\s+than|at\s+(?:most|least)|[\"“‘'])\s*)*"
)
_EN_PATTERNS = (
    # "a 30 percent chance", "30% likely", "90 per cent confident", "a 70-percent probability"
    re.compile(rf"\b(?P<num>{EN_NUMBER})[- ]?{_EN_PERCENT}[- ]?(?:\w+\s+)?{_EN_CHANCE}\b", re.IGNORECASE),
    # "put the probability at 30 percent", "the odds are about 40%", "a probability of 0.6"
    re.compile(
        rf"\b(?:probability|chances?|likelihood|odds|risk)\s+(?:\w+\s+){{0,8}}?(?:at|is|of|are|to\s+be|was)\s+"
        # "the odds … are low, under 5 percent": a word for the chance before its number.
        rf"(?:(?:low|small|slim|high|good|tiny),?\s+)?{_EN_APPROX}(?P<num>{EN_NUMBER}){_EN_PERCENT}",
        re.IGNORECASE,
    ),
)
# (Round 13) Odds as a count of chances: "two chances in three" is "two in three".
_IN = r"(?:[- ]chances?)?[- ]in[- ]"
# "put the probability of a landfall at 55%", "I'd put the chance of nationalisation … at one in five", "I'd put that
# scenario at 20 percent", "I'd put them at about 35 percent", "I'd put a default within two years at one in five": a
# speaker placing a number on a claim.
_EN_PUT = re.compile(
    r"(?:\b(?:put|puts|putting|place[sd]?|placing)\s+(?:the\s+)?(?:chances?|odds|probability|likelihood|risk)\s+"
    r"(?:of|that)\b[^;]{0,140}?|\b(?:I|we)(?:['’]d|\s+would)?\s+put\s+(?:[^\s.;]+\s+){1,8}?)"
    rf"at\s+{_EN_APPROX}"
    rf"(?:(?P<num>{EN_NUMBER}){_EN_PERCENT}|(?P<a>{EN_NUMBER}){_IN}(?P<b>{EN_NUMBER})\b)",
    re.IGNORECASE,
)
# A speaker giving odds to someone or something: "I give him maybe 30 percent", "we'd give it one in four" (not "give
# staff a 3 percent raise": the number ends the clause or names a chance).
_EN_GIVE = re.compile(
    rf"\b(?:I|we)(?:['’]d|\s+would|\s+only)?\s+give\s+(?:(?:him|her|it|them|that|this|the\s+\w+|\w+)\s+)?"
    rf"{_EN_APPROX}(?:an?\s+)?(?:(?P<num>{EN_NUMBER}){_EN_PERCENT}|(?P<a>{EN_NUMBER}){_IN}(?P<b>{EN_NUMBER})\b)"
    r"(?=\s*(?:[.,;:!?\"”’)—–]|$|chance|shot|odds|probability|of\b|that\b))",
    re.IGNORECASE,
)
# Odds said in answer, a ratio closing its clause: "I'd say one in four.", "we'd say maybe 1 in 10" (a percentage said
# so is as often a quantity: "I'd say 3 percent" of growth).
_EN_SAY = re.compile(
    rf"\b(?:I|we)(?:['’]d|\s+would)\s+say\s+{_EN_APPROX}(?P<a>{EN_NUMBER}){_IN}(?P<b>{EN_NUMBER})\b"
    r"(?=\s*(?:[.,;:!?\"”’)—–]|$))",
    re.IGNORECASE,
)
# "a one-in-three chance"; "the odds are about 1 in 5", "the odds of a win are no better than one in ten", "a real but
# small chance, maybe one in ten": a chance word and, a few words on, what it is (not "one in ten voters").
_EN_RATIO = re.compile(
    rf"\b(?P<a>{EN_NUMBER})[- ]in[- ](?P<b>{EN_NUMBER})\s+(?:chance|odds|probability|likelihood|risk|shot)"
    rf"|\b(?:odds|chances?|probability|likelihood|risk)\b\s*(?:(?:of|that)\s+[^;:.]{{0,80}}?\s+)?(?:are|is|of|at|[,—–-])"
    rf"\s*{_EN_APPROX}(?P<a2>{EN_NUMBER}){_IN}(?P<b2>{EN_NUMBER})\b(?!\s+(?:of\s+)?(?:the\s+)?[a-z]+s\b)",
    re.IGNORECASE,
)
_EN_EVEN = re.compile(
    # ("Better than 50-50" is more than even odds; "no better than 50-50", a ceiling, states them.)
    r"(?:(?<=no better than )|(?<=no more than )|(?<!than )(?<!than-))"
    r"\b(?:50[-/ ]50|fifty[- ]fifty|even\s+odds|even\s+chance|coin\s+(?:flip|toss))\b",
    re.IGNORECASE,
)

# 希望 after a share is a chance too: 有六成的希望.
_ZH_CHANCE = r"(?:把握|可能性|可能|概率|几率|机率|机会|胜算|信心|希望)"
# Between a chance word and its number: 为, 是, 只有 …, with a few words of the speaker's between (我估计, 也).
_ZH_IS = (
    # (Round 14) … or a bound on it: 可能性，我看最多两成 / 顶多三成.
    r"(?:[，,]?[^，。；0-9０-９%％]{0,8}?(?:为|是|有|达|达到|在|约为|仅为|只有|仅有|超过|不到|不足|接近|高于|低于|大约|大概|约"
    r"|最多|至多|顶多|最少|至少)"
    r"(?:大约|大概|约|只有)?"
    # … or nothing at all: 降雨概率三成左右, 概率30%上下.
    r"|(?:大约|大概|约)?)"
)
# The chance words that a number can be said of (可能 alone is the modal "may", not "the likelihood" — unless 的 makes
# it a noun before its number: 晋级的可能只有三成).
_ZH_NOUN_KENENG = r"(?<=的)可能(?=[^，。；会将能]{0,4}?[0-9０-９一二两三四五六七八九十百])"
# (Round 16) 机会 is "the chance" only after the outcome it is the chance of: 夺冠的机会在三成左右, 晋级机会只有两成
# (not 就业机会增加两成, 投资机会, "openings").
_ZH_CHANCE_OF = r"(?<=夺冠|晋级|卫冕|获胜|胜出|取胜|出线|保级|登顶|连任|当选|成功|翻盘|夺金|折桂)的?机会"
_ZH_CHANCE_NOUN = rf"(?:可能性|概率|几率|机率|把握|胜算|{_ZH_NOUN_KENENG}|{_ZH_CHANCE_OF})"
# (Round 13) The chance first judged in words, then given its number by the speaker: 可能性不大，我判断只有三成左右.
_ZH_JUDGED = (
    r"(?:可能性|概率|几率)(?:不大|不高|很小|较小|很低|较低|偏低|很大|较大|不小)[，,]"
    r"(?:我|我们|我个人)?(?:判断|估计|认为|觉得|看)(?:也)?(?:大概|大约)?(?:只有|仅有|大约|大概|约|在|是|有)?"
)
_ZH_PATTERNS = (
    # 七成把握, 有七成的可能, 八成概率
    (re.compile(rf"(?P<num>[一二两三四五六七八九十]|[1-9]|10)成(?:以上|左右|多)?(?:的)?{_ZH_CHANCE}"), 10.0),
    # 百分之三十的可能, 百分之九十的把握
    (re.compile(rf"百分之(?P<num>{ZH_NUMBER})(?:的)?{_ZH_CHANCE}"), 100.0),
    # 30%的可能, 30％的概率
    (re.compile(rf"(?P<num>[0-9０-９]+(?:[.．][0-9０-９]+)?)\s*[%％](?:的)?{_ZH_CHANCE}"), 100.0),
    # 可能性为30%, 概率约为百分之三十, 几率达到七成, 概率我估计只有百分之四十, 可能性也只有三成
    (re.compile(rf"{_ZH_CHANCE_NOUN}{_ZH_IS}(?P<num>[0-9０-９]+(?:[.．][0-9０-９]+)?)\s*[%％]"), 100.0),
    (re.compile(rf"{_ZH_CHANCE_NOUN}{_ZH_IS}百分之(?P<num>{ZH_NUMBER})"), 100.0),
    (re.compile(rf"{_ZH_CHANCE_NOUN}{_ZH_IS}(?P<num>[一二两三四五六七八九十])成"), 10.0),
    (re.compile(rf"{_ZH_JUDGED}(?P<num>[0-9０-９]+(?:[.．][0-9０-９]+)?)\s*[%％]"), 100.0),
    (re.compile(rf"{_ZH_JUDGED}百分之(?P<num>{ZH_NUMBER})"), 100.0),
    (re.compile(rf"{_ZH_JUDGED}(?P<num>[一二两三四五六七八九十])成"), 10.0),
)
_ZH_FRACTION = re.compile(rf"(?P<b>{ZH_NUMBER})分之(?P<a>{ZH_NUMBER})(?:的)?{_ZH_CHANCE}")
# 五五开, 一半的可能, and the chance put in words after its noun: 可能性大概是一半一半, 概率是对半.
_ZH_EVEN = re.compile(
    r"五五开|一半(?:以上|左右)?的(?:可能|机会|概率|把握)|对半开|一半一半|(?:可能性|概率|几率|机会)[^，。；]{0,4}?(?:一半|对半)(?!的)"
)


# (Round 12) A speaker giving odds without a chance word, the share closing the clause: 有这个可能，我给四成。/
# 我给它七成吧 (as "I'd give it 40 percent"; not 给员工加薪一成, 给一成的折扣).
_ZH_GIVE = re.compile(
    r"(?:我|我们|我个人)(?:会|就|只|最多)?给(?:它|他|她|他们|自己|这个|这件事)?(?:打)?(?:大概|大约|差不多)?"
    r"(?:(?P<num>[一二两三四五六七八九十]|[1-9]|10)成|百分之(?P<pct>[一二三四五六七八九十]{1,3})|(?P<digits>[1-9][0-9]?)\s*[%％])"
    # (Round 14) … or as a percentage: 我给百分之七十，会好一点 / 我给70%.
    r"(?:吧|左右|以上|多)?(?=[。！，,；”」\s]|$)"
)

# A chance word right after its own share (六成把握, 七成的可能) is not the subject of a number after it (but
# 超过20%的概率只有5%: a percentage before it belongs to the event).
# (Round 13) Nor is a share after a verb of change its number: 回落一成以上的可能性“超过六成” (一成: how far it falls).
_ITS_OWN_NUMBER = re.compile(
    r"(?<!回落)(?<!下降)(?<!下跌)(?<!下滑)(?<!上涨)(?<!上升)(?<!回升)(?<!增长)(?<!提高)(?<!提升)(?<!减少)(?<!降低)"
    r"(?<![跌涨降增升减])(?:[一二两三四五六七八九十]|[1-9]|10)成(?:以上|左右|多)?的?$"
)
_ZH_ZERO = re.compile(r"(?:可能性|概率|几率|机率|胜算)(?:几乎|基本|基本上)?(?:为|是|等于)(?:零|0)(?![.．0-9０-９%％])")


def _share(value: float | None, scale: float) -> float | None:
    if value is None or not 0 <= value <= scale:
        return None
    return round(value / scale, 3)


# Every pattern above needs one of these: a cheap test first, as most clauses state no probability.
_EN_GATE = re.compile(
    r"%|percent|per\s*cent|\bpc\b|chance|odds|probab|likel|risk|shot|certain|sure|confiden|50|fifty|coin|\d-\d|\bput\b"
    r"|\bgive\b|\bsay\b|\d/\d|ty[-/]",
    re.I,
)
_ZH_GATE = re.compile(r"成|百分之|[%％]|分之|五五开|对半开|一半|零")


def find_probability(text: str, *, language: str) -> float | None:
    """The first probability stated in ``text``, or None."""
    if language == "zh-Hans":
        return _chinese(text) if _ZH_GATE.search(text) else None
    return _english(text) if _EN_GATE.search(text) or odds_en.GATE.search(text) else None


def _english(text: str) -> float | None:
    found: list[tuple[int, float]] = []
    for pattern in _EN_PATTERNS:
        for match in pattern.finditer(text):
            value = _share(parse_english_number(match.group("num")), 100.0)
            if value is not None:
                found.append((match.start(), value))
    for match in _EN_RATIO.finditer(text):
        a = parse_english_number(match.group("a") or match.group("a2"))
        b = parse_english_number(match.group("b") or match.group("b2"))
        if a is not None and b and a <= b:
            found.append((match.start(), round(a / b, 3)))
    for match in _EN_EVEN.finditer(text):
        found.append((match.start(), 0.5))
    found.extend(odds_en.stated(text))  # (round 15) "it's one in three that …", "a 4-1 shot"
    for match in (*_EN_PUT.finditer(text), *_EN_GIVE.finditer(text), *_EN_SAY.finditer(text)):
        if match.groupdict().get("num"):
            value = _share(parse_english_number(match.group("num")), 100.0)
        else:
            a, b = parse_english_number(match.group("a")), parse_english_number(match.group("b"))
            value = round(a / b, 3) if a is not None and b and a <= b else None
        if value is not None:
            found.append((match.start(), value))
    for match in (*_EN_SPLIT.finditer(text), *_EN_SPLIT_PUT.finditer(text)):
        a, b = parse_english_number(match.group("a")), parse_english_number(match.group("b"))
        if a is not None and b is not None and a + b == 100:
            found.append((match.start(), round(a / 100, 3)))
    for match in _EN_ASIDE.finditer(text):
        value = _share(parse_english_number(match.group("num")), 100.0)
        if value is not None:
            found.append((match.start(), value))
    # "The budget for a 50 percent chance of keeping warming to 1.5C": a condition on a chance, not a forecast's.
    found = [(start, value) for start, value in found if not _FOR_A_CHANCE.search(text, max(0, start - 16), start)]
    return min(found)[1] if found else None


# Odds as a split of a hundred: "I'd say it's 70-30 that the bill passes", "60-40 in favour of a deal".
_EN_SPLIT = re.compile(
    r"\b(?P<a>\d{1,2})[-/](?P<b>\d{1,2})\b(?=\s+(?:that|in\s+favou?r|chance|odds|shot|against|for\b))", re.IGNORECASE
)
# (Round 11) The split put or said as the speaker's odds, whatever follows: "I'd put it at sixty-forty", "I'd say
# seventy-thirty", "it's 60-40 in my favour" (a split in words is tens: "sixty-forty", not "three-two").
_TENS = r"(?:\d{2}|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_EN_SPLIT_PUT = re.compile(
    # (Round 16: also the odds of what it names, quoted: 'put the odds of the deal surviving at "maybe 60-40"'.)
    rf"\b(?:put\s+(?:it|that|this|the\s+odds|the\s+chances?)(?:\s+of\s+[^.;:\"“”]{{1,80}}?)?\s+at"
    rf"|say|(?:it|that)['’]s|(?:it|that)\s+is)\s+[\"“‘']?"
    rf"(?:about\s+|roughly\s+|maybe\s+|perhaps\s+)?(?P<a>{_TENS})[-/](?P<b>{_TENS})\b",
    re.IGNORECASE,
)
# (Round 11) A chance and its number set off beside it: "a decent chance, I'd say 60 per cent, that …", "the odds —
# maybe 30 percent — are …".
_EN_ASIDE = re.compile(
    rf"\b(?:chances?|odds|probability|likelihood|risk)\s*[,—–(]\s*(?:(?:I['’]d|I\s+would|we['’]d)\s+say\s+|say\s+)?"
    rf"{_EN_APPROX}(?P<num>{EN_NUMBER}){_EN_PERCENT}(?=\s*[,—–)])",
    re.IGNORECASE,
)
_FOR_A_CHANCE = re.compile(r"\b(?:for|to\s+have|of\s+having|to\s+get)\s+(?:a|an)\s*$", re.IGNORECASE)


def _chinese(text: str) -> float | None:
    found: list[tuple[int, float]] = []
    # "跌幅超过20%的概率只有5%": the number the chance word is said to be wins over one that qualifies the event —
    # unless the chance word has its number already (我有六成把握它会超过20%: 20% is the event's).
    for pattern, scale in _ZH_PATTERNS[3:]:
        for match in pattern.finditer(text):
            value = _share(parse_chinese_number(match.group("num")), scale)
            if value is not None and not _ITS_OWN_NUMBER.search(text, 0, match.start()):
                return value
    if _ZH_ZERO.search(text):
        return 0.0  # 可能性为零: a stated zero is a probability
    for pattern, scale in _ZH_PATTERNS[:3]:
        for match in pattern.finditer(text):
            value = _share(parse_chinese_number(match.group("num")), scale)
            if value is not None:
                found.append((match.start(), value))
    for match in _ZH_FRACTION.finditer(text):
        a, b = parse_chinese_number(match.group("a")), parse_chinese_number(match.group("b"))
        if a is not None and b and a <= b:
            found.append((match.start(), round(a / b, 3)))
    for match in _ZH_EVEN.finditer(text):
        found.append((match.start(), 0.5))
    for match in _ZH_GIVE.finditer(text):
        if match.group("num"):
            value = _share(parse_chinese_number(match.group("num")), 10.0)
        else:
            value = _share(parse_chinese_number(match.group("pct") or match.group("digits")), 100.0)
        if value is not None:
            found.append((match.start(), value))
    return min(found)[1] if found else None


# A clause that only gives the odds of the claim before it: ……有可能超过千亿，我给三成可能 / ，我们有六成把握.
ODDS_ONLY_ZH = re.compile(
    r"^[“”「」\s]*(?:我|我们|我个人|个人)?(?:认为|觉得|估计|看)?(?:也|还)?(?:给|有|打)?[^，。；]{0,4}?"
    r"(?:(?:[一二两三四五六七八九十0-9]成|[%％]|分之[一二三四五六七八九])(?:左右|以上|多)?(?:的)?(?:可能性?|把握|概率|胜算)"
    # Even odds in a word: ……，我觉得是五五开 / 我看一半一半.
    r"|(?<![^是看得])(?:五五开|对半开|一半一半))[。！”」\s]*$"
)


# (Round 13) The odds given in the sentence's last clause, after the claim (the labelling rules' "quoted tail"):
# ……，“我认为概率在六成左右”。 / ……的可能性，我估计在百分之四十左右。 The tail may or may not be offered on its own;
# the claim before it has the number either way.
_ZH_ODDS_TAIL = re.compile(
    r"^[，,：:\s“”「」]*(?:我|我们|我个人|个人)?(?:认为|觉得|估计|判断|看)?[，,]?(?:这个|这种)?(?:概率|可能性|几率|把握)?"
    r"(?:大概|大约|约|也)?(?:在|是|有|为)?(?:大约|大概|约)?"
    r"(?:[一二两三四五六七八九十]成|百分之[一二三四五六七八九十百]+|[0-9０-９]+(?:[.．][0-9０-９]+)?[%％])"
    r"(?:左右|以上|上下)?(?:的(?:可能性?|把握|概率))?吧?[。！”」\s]*$"
)


def odds_after(claim: str, tail: str, *, language: str) -> float | None:
    """The probability a sentence's closing clause ``tail`` puts on the ``claim`` just before it, or None."""
    if language != "zh-Hans" or not (_ZH_ODDS_TAIL.match(tail) or ODDS_ONLY_ZH.match(tail.lstrip("，,；; "))):
        return None
    return find_probability(claim + tail, language=language)


# (Round 13) A question about the odds ("What are the odds that …?", "How likely is …?", ……的可能性有多大？) and an
# answer that is only a share ("About 40 percent.", 我觉得有七成。): the share is the answer's probability.
_ASKS_THE_ODDS = {
    "en": re.compile(
        r"\b(?:what\s+(?:are|is|were)\s+the\s+(?:odds|chances?|probability|likelihood)|how\s+(?:likely|probable)"
        r"|what\s+(?:odds|chance|probability)\s+(?:do|would|will)\s+you)\b",
        re.IGNORECASE,
    ),
    "zh-Hans": re.compile(r"(?:可能性|概率|几率|把握|胜算)(?:有)?多(?:大|高|少)"),
}
_BARE_SHARE = {
    "en": re.compile(
        rf"^[\s“‘\"']*(?:(?:I['’]d\s+say|I\s+think|I\s+guess|maybe|perhaps|probably|honestly),?\s+)*{_EN_APPROX}"
        rf"(?:(?P<num>{EN_NUMBER}){_EN_PERCENT}|(?P<a>{EN_NUMBER}){_IN}(?P<b>{EN_NUMBER}))"
        # A bound or a hedge after the share: "One in three, at best.", "Forty percent, maybe."
        r"(?:,?\s+(?:at\s+(?:the\s+)?(?:very\s+)?(?:best|most|outside|worst|least)|tops|or\s+so|or\s+less|or\s+better"
        r"|maybe|probably|I['’]d\s+say|I\s+think|I\s+reckon|I\s+guess))?[\s.!,”’\"']*$",
        re.IGNORECASE,
    ),
    "zh-Hans": re.compile(
        r"^[“”「」\s]*(?:我|我们|我个人)?(?:觉得|认为|估计|看|判断)?"
        # (Ellipsis pass) … after a word on the chance: 我觉得可能性不大，三成吧。
        r"(?:(?:可能性|希望|机会|概率)(?:不大|很大|不高|很高|较大|较小|很小|一般)[，,](?:我看|我估计)?)?"
        r"(?:有|是|在)?(?:大概|大约|差不多)?(?:(?P<cheng>[一二两三四五六七八九十])成|百分之(?P<pct>[一二三四五六七八九十百]+)|(?P<num>[0-9]+)\s*[%％])"
        # (Ellipsis pass) … and a bound said after it: 三成吧，不会更高。, 五成，最多六成。
        r"(?:左右|以上|吧)*(?:[，,](?:不会|最多|顶多|至多|不到|不超过|再高)[^，。！]{0,6})?[。！”」\s]*$"
    ),
}


# (Ellipsis pass) A yes-or-no question about what will happen (明年能盈利吗？, "Will the mill close this year?")
# answered with tenths or "a in b" alone (六成吧。, "One in three.") is answered with odds — a percentage could be the
# level asked about, so it counts only after a question about the odds.
_ASKS_YES_OR_NO = {
    "en": re.compile(
        r"^\W*(?:[A-Z][\w.'’ -]{0,30}:\s*)?(?:will|would|can|could|is|are|does|do|has|have)\b(?![^?]*\bor\b)",
        re.IGNORECASE,
    ),
    "zh-Hans": re.compile(r"^(?![^？?]*(?:多少|多大|多高|多久|几|什么|何时|哪)).*(?:吗|能不能|会不会|是否|有没有可能)"),
}


def odds_answered(question: str, answer: str, *, language: str) -> float | None:
    """The probability a bare share gives in answer to a question about the odds, or None."""
    asks_the_odds = bool(_ASKS_THE_ODDS[language].search(question))
    if not asks_the_odds and not _ASKS_YES_OR_NO[language].search(question):
        return None
    match = _BARE_SHARE[language].match(answer)
    if match is None:
        return None
    found = match.groupdict()
    if not asks_the_odds and not (found.get("cheng") or found.get("a")):
        return None
    if language == "zh-Hans":
        if found["cheng"]:
            return _share(parse_chinese_number(found["cheng"]), 10.0)
        return _share(parse_chinese_number(found["pct"] or found["num"]), 100.0)
    if found["num"]:
        return _share(parse_english_number(found["num"]), 100.0)
    a, b = parse_english_number(found["a"]), parse_english_number(found["b"])
    return round(a / b, 3) if a is not None and b and a <= b else None
