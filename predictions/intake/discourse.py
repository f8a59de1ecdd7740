"""What a sentence means through the sentences around it: forecasts that refer back to a dated claim
("It will not.", 届时……), answers to questions about the future ("Will passwords disappear? No."), and the
predictive present that goes on after a forecast in the same turn.
"""

from __future__ import annotations

import dataclasses
import re

from predictions.intake import forms_en
from predictions.intake.answers_en import without_lead_in
from predictions.intake.candidate import Candidate
from predictions.intake.clauses import Clause, Document
from predictions.intake.folding import fold
from predictions.intake.horizons import Horizon, choose_horizon
from predictions.intake.probabilities import odds_answered
from predictions.intake.sentences import Span
from predictions.intake.turns import (
    NEW_TOPIC,
    QUESTION_END,
    SPEAKER_LABEL,
    answers_a_dated_question,
    turns_to_something_else,
)

# A forecast that refers back to the dated claim before it: "It will not.", "They won't, not on this timetable.",
# "that target would be missed", "I'd be surprised if it fell at all", 届时……, 其中……, 这个目标大概率能完成.
_REFERS_BACK = {
    "en": re.compile(
        r"^(?:(?:It|They|That|This|We|She|He)(?:\s+(?:will|won['’]t|would|wouldn['’]t)|['’]ll|['’]d)(?:\s+not)?\b[^.!?]{0,40}"
        r"[.!]?$"
        r"|.*\bby\s+then\b|.*\b(?:that|this|the)\s+(?:target|goal|deadline|pledge|promise|timetable|plan)\b"
        # (Ellipsis pass) … the claim's own date or number named as such ("I don't think that date holds.", "that
        # forecast looks brave"), the claim taken up by a pronoun after one's bet or doubt ("I'd wager that it slips
        # again.", "Most likely they drift sideways."), or pointed at at the end ("No minister will find that.",
        # "I don't see that happening.").
        r"|.*\b(?:that|this|the)\s+(?:date|schedule|timeline|forecast|projection|estimate|figure|prediction)\b"
        r"|^(?i:(?:(?:but|and|so|still|frankly|honestly),?\s+)?(?:I\s+(?:suspect|think|reckon|bet|guess|fear|doubt|expect)"
        r"|I['’]d\s+(?:wager|bet|guess|say)|I\s+don['’]t\s+(?:think|believe|expect)|my\s+(?:guess|bet|hunch)\s+is"
        r"|(?:most|more)\s+likely|probably|chances\s+are),?(?:\s+that)?\s+(?:it|they|that|this|he|she)(?:['’]\w+)?\s[^.!?;]{0,50}[.!]?$)"
        r"|.*\b(?:see|expect|count\s+on|bet\s+on)\s+(?:that|it|this)\s+happening\b"
        r"|.*\s(?:that|this)(?:\s+(?:much|many|high|low|far|fast|soon|quickly))?\s*[.!]?$"
        r"|(?:I|we)(?:['’]m|['’]re|\s+am|\s+are)\s+(?:\w+\s+)?(?:optimistic|confident)[.!]?$"
        r"|.{0,40}\bif\s+(?:it|they|she|he)\b"
        # (Round 16) The time just named, pointed back to: "That's when demand takes off", "At that point rents fall".
        r"|(?:[Tt]hat['’]s|[Tt]hat\s+is|[Tt]hat['’]ll\s+be|[Tt]his\s+is)\s+when\b|(?:[Aa]t\s+that\s+point|[Bb]y\s+that\s+time)\b)"
    ),
    # (Round 13) … and a flat rejection of it (不会。), as "It will not." in English; (round 16) and the odds of "this"
    # outcome just named: 这种可能性不大, 这种情况不会出现.
    "zh-Hans": re.compile(
        r"届时|到时候|到那时|做到|其中|这一目标|这个目标|该目标|这一点|此目标|^(?:我(?:看|觉得|认为|估计))?(?:不会|做不到|不可能)[。！]?$"
        r"|这种可能|这个可能|这种情况"
        # (Ellipsis pass) … and the number or the schedule of the claim taken up: 我并不认为会停这么多, 能按期投产.
        r"|[这那](?:么|样)(?:多|高|低|快|大)|这(?:个|一)(?:数字|数|时间表|进度|日期)|按期|如期|按时"
    ),
}


def carry_date_back(
    document: Document, candidate: Candidate, previous: Candidate | None, said_before: Horizon | None
) -> Candidate:
    """A candidate without a date of its own that refers back takes the date of the sentence just before it
    (``said_before``: its dated horizon, even when that sentence was no forecast: a pledge, a target), or of
    the candidate before it in the same paragraph (in a transcript, the turn before)."""
    # A number with no date of its own is put on the claim just made: "I'd say 50-50.", "I'd put the odds of that
    # at one in four", 我认为这种可能性只有三成.
    refers_back = bool(_REFERS_BACK[document.language].search(candidate.quote.strip()))
    refers_back = refers_back or candidate.probability is not None
    # (Ellipsis pass) A verbless completion ("Probably by 4 or 5 percent.") is judged with the claim it completes;
    # the answer to a dated question is judged by it even when the question asked about the listener's plans ("How
    # many will you open this year?" — "Realistically, we will manage six."), which makes no answer a forecast.
    refers_back = refers_back or (document.language == "en" and bool(_ELABORATES.match(candidate.quote)))
    refers_back = refers_back or answers_a_dated_question(document, candidate, said_before)
    if candidate.horizon or not refers_back:
        return candidate
    if said_before is not None:
        words, resolve_on, rule = said_before.words, said_before.resolve_on, said_before.rule
    elif previous is not None and previous.resolve_on is not None:
        between = document.text[previous.end : candidate.start]
        if turns_to_something_else(document, between):
            return candidate  # "Yes." — "And the staff canteen?" — "It will be run by a contractor."
        if "\n\n" in between and document.language == "en" and not document.transcript:
            return candidate  # another paragraph, another topic
        words, resolve_on, rule = previous.horizon or "", previous.resolve_on, previous.horizon_rule or ""
    else:
        return candidate
    return dataclasses.replace(candidate, horizon=words, resolve_on=resolve_on, horizon_rule=f"refers back: {rule}")


def date_said_before(
    document: Document, sentence: Span, clauses: list[Clause], before: Horizon | None
) -> Horizon | None:
    """The dated horizon the next sentence may refer back to: this sentence's; (round 13) across a question with no
    date of its own, the one before it ("Our goal is a gigawatt by 2028. Will we hit it? I'd put the odds at two in
    three.", ……2028年进入前三。能不能做到？我有七成把握。)."""
    dated = choose_horizon([h for c in clauses for h in c.horizons if h.resolve_on], document.said_on)
    # (Ellipsis pass) Who speaks is no word of the answer: "A: I think so." is as bare as "I think so."
    words = SPEAKER_LABEL.sub("", document.text[sentence[0] : sentence[1]], count=1)
    # … and across a bare answer to it ("Will it happen by 2030? Probably not. I'd put the chance at one in five.").
    short = len(words.split()) <= 3 if document.language == "en" else len(re.sub(r"[\W_]", "", words)) <= 4
    if dated is None and (QUESTION_END.search(words) or short):
        # (Ellipsis pass) … unless the question turns to something else: "And the staff canteen?", 那食堂呢？
        return None if QUESTION_END.search(words) and NEW_TOPIC[document.language].search(words) else before
    return dated


# A flat rejection of the claim just reported: "It will not.", "They won't.", "No, it won't."
_REJECTS = {
    "en": re.compile(
        r"^(?:no,?\s+)?(?:it|they|that|this|he|she)\s+(?:will\s+not|won['’]t|isn['’]t\s+going\s+to|aren['’]t\s+going\s+to)"
        r"(?:\s+(?:happen|be\s+met|work))?\s*[.!]?$"
    ),
    "zh-Hans": re.compile(r"^(?:不会|做不到|不可能)[。！]?$"),
}


def rejects(document: Document, candidate: Candidate) -> bool:
    """The candidate only rejects the claim the sentence before reported: that claim is someone else's forecast
    the speaker rejects, not a forecast of the speaker's (the rejection itself is the speaker's)."""
    return bool(_REJECTS[document.language].match(fold(candidate.quote.strip())))


# --- answers to questions about the future -------------------------------------------------------------------
# A question about what will happen: "Will passwords disappear?", "How long can this last?", "Who wins the
# title?", "Is a recession coming?", 会不会……？, ……吗？ with 会 / 将 / 能.
_FUTURE_CUE = {
    "en": re.compile(
        r"\b(?:will|won['’]t|['’]ll|going\s+to|gonna|would|can|could|coming|next|happens?|end\s+up|expect"
        # ("How long can it last?", not "last year", which asks about the past.)
        r"|last(?!\s+(?:year|month|week|season|time|night|quarter|summer|winter|spring|autumn|decade|century)\b)"
        r"|in\s+(?:\w+\s+)?(?:years?|months?|decades?)|from\s+here"
        # (Round 13) The way a level is going: "Where's it heading?", "Where are rents headed?"
        r"|head(?:ing|ed)(?=\s*\?)"
        # The way a level is heading: "Pay growth is 6 percent. Where does it go?", "Which way do rents go?" (not
        # "Where does your team go on holiday?").
        r"|(?:where|which\s+way)\s+(?:do|does)\s+(?:\S+\s+){1,3}?go(?=\s*\?)"
        # (Round 16) How far a level goes: "How big does the ad tier get?", "How low do rates go?"
        r"|how\s+(?:big|large|high|low|far|much|bad|good|small|fast|deep)\s+(?:do|does)\s+(?:\S+\s+){1,4}?(?:get|go"
        r"|become)(?=\s*\?))\b",
        re.IGNORECASE,
    ),
    # (……今年能破吗？ asks whether it will happen; 您能介绍一下吗？ asks the listener, ``_ASKS_A_PLAN``.)
    # (就要……了 / 快要……了 ask whether it is about to happen: 出梅以后是不是就要开始“烧烤模式”了？)
    "zh-Hans": re.compile(
        r"会|将|能否|能不能|是否|何时|什么时候|多久|还要|有没有可能|可能|能[^，。；？]{0,16}吗|(?:就|快)要[^，。；？]{1,16}了"
        # (README rules pass) … and a question that asks for an estimate or the odds, whose short answer is the
        # forecast: 您预计今年出口能增长多少？ — 5%左右吧。; 进世界杯的概率有多大？ — 三成。
        r"|预计|预测|预判|估计|概率|几率|可能性|胜算|把握|几成"
    ),
}
# Not a forecast to ask for: what the listener (or someone named) will decide to do, or what should be done.
_ASKS_A_PLAN = {
    "en": re.compile(
        # ("Will we see a crash?" asks what will happen, not what we will do.)
        r"\b(?:should|must|ought)\b|\b(?:will|would|are|can|could|do|does|did|is|have)\s+(?:you|I|we|he|she)\b"
        r"(?!\s+(?:ever\s+|still\s+)?(?:see|get|witness|know|live\s+to\s+see)\b)"
        # Nor the listener's own forecast asked for: "Do you expect a recession next year?", "Do you think it lasts?"
        r"(?!\s+(?:really\s+|still\s+|now\s+)?(?:expect|think|believe|anticipate|reckon|predict|foresee|imagine"
        r")\b)"
        # (Round 13) Nor whether an outcome is reached, which is not one's to decide: "Will you hit it?", "Will we
        # hold warming below two degrees?", "When are you profitable?"
        r"(?!\s+(?:ever\s+|still\s+)?(?:hit|meet|miss|reach|make\s+it|hold|beat|win|lose|survive|break\s+even|be\s+able"
        # (Ellipsis pass) … "Will you be profitable by 2027?" as "When are you profitable?"
        r"|(?:be\s+)?(?:profitable|in\s+profit|in\s+the\s+black|on\s+track)|deliver|succeed|pull\s+it\s+off|get\s+there)\b)",
        re.IGNORECASE,
    ),
    "zh-Hans": re.compile(r"应该|应当|该不该|你们?(?:会|将|打算|准备|计划|要|能)|您(?:会|将|打算|准备|计划|要|能)"),
}


def asks_about_the_future(document: Document, sentence: Span, clauses: list[Clause]) -> bool:
    """A question about what will happen, asked outright ("Is a glut coming?") or reported ("asked whether he
    could defend his title"), that is not about the listener's own plans."""
    words = document.text[sentence[0] : sentence[1]]
    if _ASKS_A_PLAN[document.language].search(words):
        return False
    asked = bool(QUESTION_END.search(words)) or any(c.reading.question_frame for c in clauses)
    outcome = any(c.reading.outcome for c in clauses)  # "Who wins the title?"
    # "Does the club raise its prices this year?": a date still to come puts the question in the future.
    ahead = document.language == "en" and any(
        h.resolve_on is not None and h.resolve_on >= document.said_on for c in clauses for h in c.horizons
    )
    return asked and (outcome or ahead or bool(_FUTURE_CUE[document.language].search(words)))


def dated_by_the_question(document: Document, candidate: Candidate, question: list[Clause]) -> Candidate:
    """An answer without a horizon of its own is judged by the question's ("Will cinemas still exist in ten years?"
    — "Yes, and they will be busier."); (round 13) a bare share in answer to a question about the odds is its
    probability ("What are the odds …?" — "About 40 percent.")."""
    if candidate.probability is None and question:
        asked = document.text[question[0].span[0] : question[-1].span[1]]
        odds = odds_answered(asked, candidate.quote, language=document.language)
        candidate = candidate if odds is None else dataclasses.replace(candidate, probability=odds)
    if candidate.horizon:
        return candidate
    horizon = choose_horizon([h for c in question for h in c.horizons if h.resolve_on], document.said_on)
    if horizon is None:
        return candidate
    rule = f"the question it answers: {horizon.rule}"
    return dataclasses.replace(candidate, horizon=horizon.words, resolve_on=horizon.resolve_on, horizon_rule=rule)


# An answer short enough to mean nothing without its question: 会。, 不会。, 一定会的。, 很难。, 有机会。 — also after
# the speaker's own "I think" (我觉得有机会。, 我看很难。).
_ZH_ELLIPTICAL = re.compile(
    r"^[“”「」\s]*(?:(?:说实话|坦白说|老实说)[，,]?)?(?:我们?(?:个人)?(?:觉得|认为|看|估计|判断)[，,]?)?"
    r"(?:会|不会|能|不能|可能|应该|一定|肯定|很难|大概|估计|恐怕|没有|有|难"
    # (README rules pass) … and a doubt in a word: 我看悬。, 够呛。, 未必。, 没戏。
    r"|悬|够呛|玄|没戏|有戏|未必|不一定|不太可能|不大可能"
    # A yes to a question about what will happen: 对。, 是的，, 没错。 (only as the whole first clause).
    r"|(?:对|是的|没错)(?=[。，！,!]))"
)
_ZH_NO_SHORT_CLAIM = re.compile(
    r"我|咱|因为|所以|您好|你好|欢迎|谢谢|尚未|还在|正在|目标|揭晓|不好预测|很难猜|不好猜|打包票|不好说|说不准|不知道"
    # (Nor who speaks: 他反问。, 她笑着说。)
    r"|[问说称道]。$|表示"
)
# A yes alone in its clause, before a tail that says it has begun: 会，而且已经开始了 / 会的，其实已经在发生了.
_ZH_YES_AND_UNDERWAY = re.compile(
    r"[“”「」\s]*(?:一定|肯定)?会的?[，,]\s*(?=(?:而且|并且|其实|事实上|实际上)?(?:已经|早就)(?:开始|在发生|发生|启动|出现))"
)
_ALREADY = {"en": re.compile(r"\balready\b", re.IGNORECASE), "zh-Hans": re.compile(r"已经|早就")}
# Whatever the answer says, these make it no forecast.
_NOT_AN_ANSWER = {"question", "wish", "condition", "schedule", "plan", "unnamed", "unnamed view", "imperative"}
_NOT_AN_ANSWER |= {"announces", "declines", "past", "recalled", "regularity"}


def answer_group(document: Document, clauses: list[Clause]) -> list[Clause] | None:
    """The clauses of a sentence that answer a question about the future, if the sentence is such an answer:
    elliptical ("No.", "Longer than the sceptics think.", "The Reserve Bank says no", 不会。) or in the
    predictive present ("They merge or they sell.")."""
    said = [c for c in clauses if not c.reading.attribution]
    said = without_lead_in(document, said) if document.language == "en" else said  # (round 16) "Honestly, I doubt it."
    yes = said and document.language == "zh-Hans" and _ZH_YES_AND_UNDERWAY.match(document.text, said[0].span[0])
    if yes and yes.end() >= said[0].span[1] and all(c.reading.excluded in (None, "past") for c in said[1:]):
        return said  # (round 17) 会，而且已经开始了。: a yes first, then that it is under way — the yes is the forecast
    if not said or any(c.reading.excluded in _NOT_AN_ANSWER for c in said):
        return None
    words = " ".join(document.text[c.span[0] : c.span[1]] for c in said).strip()
    if _ALREADY[document.language].search(words):
        return None  # "They already have.", 已经涨过了: the answer says what has happened
    if document.language == "zh-Hans":
        # (Round 12) A short claim about the thing asked is an answer too: 影响很小。, 还没到底。 (as "Longer than the
        # sceptics think." is in English) — not the speaker's own stance, a reason, a greeting or a guess declined.
        short = len(re.sub(r"[\W_]", "", words)) <= 8 and words.rstrip().endswith(("。", "！"))
        short = short and not _ZH_NO_SHORT_CLAIM.search(words)
        elliptical = bool(_ZH_ELLIPTICAL.match(words)) or short
    else:
        elliptical = bool(forms_en.ELLIPTICAL.search(fold(words))) or len(words.split()) <= 4
        # (Ellipsis pass) … or only a stance on what was asked: "I wouldn't bet on it.", "I'm not holding my breath."
        elliptical = elliptical or bool(_STANCE.match(words))
        # Odds given in answer: "I'd say one in four." (the number is what it says of the question).
        elliptical = elliptical or (len(words.split()) <= 8 and any(c.probability is not None for c in said))
    return said if elliptical or any(c.reading.outcome for c in said) else None


# A short question that only echoes the one before it, without a verb: "With this weather?", "This year?", "Honestly?"
_ECHO = re.compile(
    r"[\s“‘\"']*(?:[A-Z][\w.'’ -]{0,30}:\s*)?[“‘\"']?"  # after a speaker's label, if any
    r"(?!(?:will|would|can|could|is|are|do|does|did|has|have|should|what|who|why|how|when|where)\b)"
    r"(?:[\w'’-]+\s+){0,3}[\w'’-]+\?[”’\"']*\s*$",
    re.IGNORECASE,
)


def echoes_the_question(document: Document, sentence: Span) -> bool:
    """The sentence (English) only echoes the question before it, which still waits for its answer."""
    return document.language == "en" and bool(_ECHO.match(document.text, *sentence))


# --- the predictive present that goes on after a forecast -------------------------------------------------------
def goes_on_predicting(document: Document, clauses: list[Clause]) -> list[Clause] | None:
    """A short sentence in the present of outcome right after a forecast in the same turn: "The Lakers miss
    the playoffs. Not the play-in — they miss the whole thing.", "It tightens. She wins by five." (English)."""
    said = [c for c in clauses if not c.reading.attribution]
    if document.language != "en" or not said or any(c.reading.excluded for c in said):
        return None
    words = " ".join(document.text[c.span[0] : c.span[1]] for c in said)
    if len(words.split()) > 12 or not any(c.reading.outcome for c in said):
        return None
    return said


# The speaker's stance on the claim just made, in a sentence of its own: "I'm optimistic.", "We're fairly confident.",
# "I'm not holding my breath.", "I wouldn't count on it." — a forecast only through what it refers to.
_STANCE = re.compile(
    r"^[\s“‘\"']*(?:(?:but|and|so|still|frankly|honestly),?\s+)?(?:(?:I|we)(?:['’]m|['’]re|\s+am|\s+are)\s+(?:\w+\s+)?"
    r"(?:not\s+)?(?:optimistic|pessimistic|confident|doubtful|sceptical|skeptical|(?:not\s+)?holding\s+(?:my|our)\s+breath)"
    r"(?P<about>\s+(?:about|of)\s+(?:it|that|this|(?:19|20)\d\d|next\s+year|this\s+year))?"
    r"|(?:I|we)\s+wouldn['’]t\s+(?:bet|count|bank)\s+on\s+it)[\s,.!”’\"']*$",
    re.IGNORECASE,
)


def stands_by_the_claim(document: Document, clauses: list[Clause], *, claim_end: int | None) -> list[Clause] | None:
    """The clause (English) that only gives the speaker's stance on the claim before it, alone in its sentence or in
    its quotation ("Both sides need a deal. I'm optimistic," she said). ``claim_end``: where the last candidate ends;
    right after it a bare stance adds nothing of its own ("I think we win it. I'm confident.")."""
    if document.language != "en" or any(c.reading.excluded for c in clauses):
        return None
    for clause in clauses:
        stance = _STANCE.match(document.text[clause.span[0] : clause.span[1]].strip())
        between = document.text[claim_end : clause.span[0]] if claim_end is not None else "…"
        right_after = not between.strip(" .,;“”‘’\"'")
        if stance and not clause.reading.attribution and (stance.group("about") or not right_after):
            return [clause]
    return None


# No verb of its own after the opening words (up to the sentence's end): what makes a sentence "verbless" below.
_NO_VERB = r"(?![^.!?]*\b(?:will|won['’]t|would|is|are|was|were|has|have|had|can|could|may|might|should|do|does|did)\b)"


# A verbless sentence that hedges and completes the forecast just made: "Probably by a rival.", "Maybe sooner.",
# "Most likely in the spring, with the new models."
_ELABORATES = re.compile(
    r"^[\s“‘\"']*(?:and\s+|but\s+)?(?:(?:probably|maybe|perhaps|possibly|likely|most\s+likely|almost\s+certainly)\b"
    + _NO_VERB
    # (Round 16) … or hedged at its end: "Still under half of them, I suspect.", "Not by much, I'm afraid."
    # (Review: without a verb — "Our margins are fine, I'd say." after a forecast is a sentence of its own.)
    + r"|(?![^.!?]*\b(?:is|are|was|were|has|have|had|am|['’]re|['’]s)\b)(?![^.!?]*\w+ing\b)"
    + r"(?:\w+\s+){0,7}\w+,\s*(?:I\s+suspect|I\s+think|I\s+reckon|I['’]d\s+(?:say|guess)|I['’]m\s+afraid"
    r"|probably|maybe|perhaps)[.!]?[”’\"']*\s*$)",
    re.IGNORECASE,
)


def _said_in_english(document: Document, clauses: list[Clause]) -> tuple[list[Clause], str] | None:
    """The clauses of an English sentence that are said (not who says it), and their words; None when there are
    none or one of them is excluded (a question, a wish, the past …)."""
    said = [c for c in clauses if not c.reading.attribution]
    if document.language != "en" or not said or any(c.reading.excluded for c in said):
        return None
    return said, " ".join(document.text[c.span[0] : c.span[1]] for c in said)


def elaborates(document: Document, clauses: list[Clause]) -> list[Clause] | None:
    """The clauses of a short verbless sentence (English) that hedges and completes the forecast before it."""
    if (found := _said_in_english(document, clauses)) is None:
        return None
    said, words = found
    return said if len(words.split()) <= 10 and _ELABORATES.match(words) else None


# A verbless level or direction with a date still to come, said in one's own words: "Flat this year, then up about 5
# percent next year.", "Higher by the summer, lower again by 2027." (an answer or an outlook without its verb).
_LEVEL = re.compile(
    r"^[\s“‘\"']*(?:[A-Z][\w.'’ -]{0,30}:\s*)?(?:probably\s+|maybe\s+|roughly\s+|about\s+)?(?:flat|up|down|higher|lower"
    r"|unchanged|steady|stable|positive|negative)\b" + _NO_VERB,
    re.IGNORECASE,
)


def states_a_level(document: Document, clauses: list[Clause]) -> list[Clause] | None:
    """The clauses of a verbless sentence (English) that gives a level or a direction with a date still to come."""
    if (found := _said_in_english(document, clauses)) is None:
        return None
    said, words = found
    ahead = any(h.resolve_on and h.resolve_on >= document.said_on and not h.weak for c in said for h in c.horizons)
    return said if ahead and len(words.split()) <= 16 and _LEVEL.match(words) else None


# A verbless sentence that only dates the forecast just made: "He will win one day. Not this year, but before 2030."
_DATES_ONLY = re.compile(
    r"^[\s“‘\"']*(?:not|probably|maybe|perhaps|possibly|likely|certainly|definitely|surely|and|but)\b" + _NO_VERB,
    re.IGNORECASE,
)


def dates_the_claim_before(document: Document, clauses: list[Clause]) -> list[Clause] | None:
    """The clauses of a short sentence (English) that gives only a date for the forecast before it, if it is one."""
    if (found := _said_in_english(document, clauses)) is None:
        return None
    said, words = found
    dated = any(h.resolve_on and h.resolve_on >= document.said_on for c in said for h in c.horizons)
    return said if dated and len(words.split()) <= 8 and _DATES_ONLY.match(words) else None
