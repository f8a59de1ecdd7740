"""The corpus README's rules for elliptical quotes and answers, in both languages, in the variants a journalist uses.

Each row is (language, text, said_on, the quote a labeller would write, its resolve_on, its probability). The quote
is found when one candidate covers at least half of it (the evaluation's match); its date and odds must then be the
ones the rule gives. The claim and its follow-up come in one paragraph, across a sentence break, in another speaker's
turn of a transcript (Q:/A:, NAME:, and the Chinese reporter's and answerer's labels), with the date in the
question, in the claim or in a schedule the speaker doubts, with a hedge, a negation or odds; and beside each, the
cases where the follow-up must not inherit (a new full claim with its own horizon, a follow-up about a different
thing, a claim separated by other topics, a horizon counted from an event). All sentences were written for this module.
"""

from __future__ import annotations

import datetime

import pytest

from predictions.intake import find_forecasts
from tests.intake.helpers import copied_from_labelled_texts

MARCH = datetime.date(2026, 3, 10)
JULY = datetime.date(2025, 7, 2)

Row = tuple[str, str, datetime.date, str, datetime.date | None, float | None]
D = datetime.date


def _judged(language: str, text: str, said_on: datetime.date, quote: str, resolve_on: D | None, odds: float | None):
    candidates = find_forecasts(text, language=language, said_on=said_on)
    start = text.index(quote)
    end = start + len(quote)
    match = next((c for c in candidates if min(end, c.end) - max(start, c.start) >= 0.5 * len(quote)), None)
    assert match is not None, f"missed {quote!r}; offered {[c.quote for c in candidates]}"
    assert (match.resolve_on, match.probability) == (resolve_on, odds), f"{match.quote!r}: {match.horizon_rule}"


# "An elliptical quote that refers back to a dated claim carries that claim's horizon ("It will not.",
# 我们不会是其中之一。, 届时……)."
# (A row on one or two lines, so that the rules stay readable side by side.)
# fmt: off
REFERS_BACK: list[Row] = [
    ("en", "The ferry operator says the new route will open by 14 August. I don't think that date holds.",
     MARCH, "I don't think that date holds.", D(2026, 8, 14), None),
    ("en", "The ferry operator says the new route will open by 14 August. I doubt that deadline survives the winter.",
     MARCH, "I doubt that deadline survives the winter.", D(2026, 8, 14), None),
    ("en", "The stadium is now due to be finished in 2029. I'd bet that it slips again.",
     MARCH, "I'd bet that it slips again.", D(2029, 12, 31), None),
    ("en", "The stadium is now due to be finished in 2029. My guess is it slips again.",
     MARCH, "My guess is it slips again.", D(2029, 12, 31), None),
    ("en", "The mine is scheduled to restart in 2028. I'd wager it won't.",
     MARCH, "I'd wager it won't.", D(2028, 12, 31), None),
    ("en", "The mine is scheduled to restart in 2028. It will slip again, I suspect.",
     MARCH, "It will slip again, I suspect.", D(2028, 12, 31), None),
    ("en", "Rents will stay flat through the next two years. Most likely they drift sideways.",
     MARCH, "Most likely they drift sideways.", D(2028, 3, 10), None),
    ("en", "Rents will stay flat through the next two years. I suspect they drift sideways.",
     MARCH, "I suspect they drift sideways.", D(2028, 3, 10), None),
    ("en", "The treasurer would need to find $6bn by June. I don't believe any treasurer will find that much.",
     MARCH, "I don't believe any treasurer will find that much.", D(2026, 6, 30), None),
    ("en", "The regulator expects the merger to close by the end of September. I don't see that happening.",
     MARCH, "I don't see that happening.", D(2026, 9, 30), None),
    ("en", "The regulator expects the merger to close by the end of September. That won't happen.",
     MARCH, "That won't happen.", D(2026, 9, 30), None),
    ("en", '"The line will be electrified by 2030," the minister said. Engineers at the depot are less '
     'sure. "It won\'t be," one said.',
     MARCH, "It won't be", D(2030, 12, 31), None),
    ("en", "Q: Will rents fall next year?\nA: They will keep rising. Probably by 4 or 5 percent.",
     MARCH, "Probably by 4 or 5 percent.", D(2027, 12, 31), None),
    ("en", "HOST: The government says the deficit will be closed by 2029.\nREYES: It won't be. Not on these numbers.",
     MARCH, "It won't be.", D(2029, 12, 31), None),
    ("en", "The union wants a deal by Friday. I don't think they'll get one.",
     MARCH, "I don't think they'll get one.", D(2026, 3, 13), None),
    ("zh-Hans", "有机构预测，2028年国内装机将突破100吉瓦。我们不会是其中之一。",
     MARCH, "我们不会是其中之一。", D(2028, 12, 31), None),
    ("zh-Hans", "有机构预测，2028年国内装机将突破100吉瓦。届时电价会明显下降。",
     MARCH, "届时电价会明显下降。", D(2028, 12, 31), None),
    ("zh-Hans", "市场普遍预计今年将有20家炼厂关停。我并不认为会关这么多。",
     MARCH, "我并不认为会关这么多。", D(2026, 12, 31), None),
    ("zh-Hans", "市场普遍预计今年将有20家炼厂关停。我认为不会有这么多。",
     MARCH, "我认为不会有这么多。", D(2026, 12, 31), None),
    ("zh-Hans", "公司计划2027年二季度投产。不会。", MARCH, "不会。", D(2027, 6, 30), None),
    ("zh-Hans", "园区计划明年6月建成。我看能如期建成。", MARCH, "我看能如期建成。", D(2027, 6, 30), None),
    ("zh-Hans", "记者：有分析认为，明年油价会跌破60美元。您怎么看？\n答：我看不会。",
     MARCH, "我看不会。", D(2027, 12, 31), None),
    ("zh-Hans", "厂方说工程将在今年9月完工。到时候恐怕还要再延期。",
     MARCH, "到时候恐怕还要再延期。", D(2026, 9, 30), None),
]
# fmt: on

# "An elliptical answer (Yes. / No. / 不会。/ 一定会。) takes the horizon of the question it answers ("Will Netflix
# still be the biggest streamer in five years?" — "Yes, and it's not close." → D + 5 years)."
# fmt: off
ANSWERS: list[Row] = [
    ("en", "Q: Will you be profitable by 2027?\nA: We will be.", MARCH, "We will be.", D(2027, 12, 31), None),
    ("en", "Q: Will you be profitable by 2027?\nA: Yes, comfortably.",
     MARCH, "Yes, comfortably.", D(2027, 12, 31), None),
    ("en", "Q: Will the clinic be profitable by 2027?\nA: It will be.", MARCH, "It will be.", D(2027, 12, 31), None),
    ("en", "HOST: Will inflation be back at 2 percent by the end of next year?\nOKAFOR: No. Not a chance.",
     MARCH, "No. Not a chance.", D(2027, 12, 31), None),
    ("en", "Q: How many reactors will you bring online this year?\nA: Realistically, we will manage six of them.",
     MARCH, "Realistically, we will manage six of them.", D(2026, 12, 31), None),
    ("en", "Q: How many flights will the airline operate next year?\nA: Realistically, it will manage about 200.",
     MARCH, "Realistically, it will manage about 200.", D(2027, 12, 31), None),
    ("en", "Will the catch fall by a third within ten years? — I don't think we'll see anything like a third.",
     MARCH, "I don't think we'll see anything like a third.", D(2036, 3, 10), None),
    ("en", "Will the council balance its budget in 2027? I doubt it.", MARCH, "I doubt it.", D(2027, 12, 31), None),
    ("en", "HOST: The chancellor has promised a surplus by 2028. Will she deliver?\nREYES: No. The "
     "arithmetic doesn't work.",
     MARCH, "No. The arithmetic doesn't work.", D(2028, 12, 31), None),
    ("en", "Will prices fall next year? I wouldn't bet on it.", MARCH, "I wouldn't bet on it.", D(2027, 12, 31), None),
    ("zh-Hans", "记者：年底前新线能通车吗？\n答：够呛。", MARCH, "够呛。", D(2026, 12, 31), None),
    ("zh-Hans", "记者：年底前新线能通车吗？\n王立：一定会。", MARCH, "一定会。", D(2026, 12, 31), None),
    ("zh-Hans", "记者：年底前新线能通车吗？\n王立：能，而且会提前。", MARCH, "能，而且会提前。", D(2026, 12, 31), None),
    ("zh-Hans", "问：三年内票价会上调吗？\n答：不会。", MARCH, "不会。", D(2029, 3, 10), None),
    ("zh-Hans", "问：十年内无人驾驶会普及吗？\n答：会，但会比大家想的慢。",
     MARCH, "会，但会比大家想的慢。", D(2036, 3, 10), None),
]
# fmt: on

# "Probabilities": "When a speaker puts a number on someone else's claim, the stated number is recorded … and so is a
# number put on a scenario just described" — with the horizon of that claim or of the question.
# fmt: off
ODDS: list[Row] = [
    ("en", "Management says margins will reach 12 percent in 2027. I'd put that at one in three.",
     MARCH, "I'd put that at one in three.", D(2027, 12, 31), 0.333),
    ("en", "Management says margins will reach 12 percent in 2027. I'd give it a 30 percent chance.",
     MARCH, "I'd give it a 30 percent chance.", D(2027, 12, 31), 0.3),
    ("en", "The mine is scheduled to restart in 2028. I'd put the odds of that at one in four.",
     MARCH, "I'd put the odds of that at one in four.", D(2028, 12, 31), 0.25),
    ("en", "HOST: Will inflation be back at 2 percent by the end of next year?\nOKAFOR: I'd put it at one in three.",
     MARCH, "I'd put it at one in three.", D(2027, 12, 31), 0.333),
    ("en", "Q: Will you be profitable by 2027?\nA: I think so. I'd put it at two in three.",
     MARCH, "I'd put it at two in three.", D(2027, 12, 31), 0.667),
    ("en", "Q: Will the mill close this year?\nA: I'd say the odds are about 40 percent.",
     MARCH, "I'd say the odds are about 40 percent.", D(2026, 12, 31), 0.4),
    ("en", "Q: What are the odds the strike ends by June?\nA: One in three.",
     MARCH, "One in three.", D(2026, 6, 30), 0.333),
    ("en", "Q: Will the strike end by June?\nA: One in three, at best.",
     MARCH, "One in three, at best.", D(2026, 6, 30), 0.333),
    ("en", "HOST: The chancellor has promised a surplus by 2028. Will she deliver?\nREYES: I'd put it at one in three.",
     MARCH, "I'd put it at one in three.", D(2028, 12, 31), 0.333),
    ("zh-Hans", "问：明年能盈利吗？\n答：六成吧。", MARCH, "六成吧。", D(2027, 12, 31), 0.6),
    ("zh-Hans", "问：明年能盈利吗？\n答：我看有六成。", MARCH, "我看有六成。", D(2027, 12, 31), 0.6),
    ("zh-Hans", "问：明年公司能扭亏吗？\n答：三成吧，不会更高。", MARCH, "三成吧，不会更高。", D(2027, 12, 31), 0.3),
    ("zh-Hans", "记者：年底前新线能通车吗？\n王立：我觉得有七成把握。",
     MARCH, "我觉得有七成把握。", D(2026, 12, 31), 0.7),
    ("zh-Hans", "问：明年下半年开通，按时开通的把握有多大？\n答：五五开吧。",
     MARCH, "五五开吧。", D(2027, 12, 31), 0.5),
    ("zh-Hans", "公司计划2027年二季度投产。但我有八成把握能按期投产。",
     MARCH, "我有八成把握能按期投产。", D(2027, 6, 30), 0.8),
    ("zh-Hans", "公司计划2027年二季度投产。我估计这种可能性只有两成。",
     MARCH, "我估计这种可能性只有两成。", D(2027, 6, 30), 0.2),
    ("zh-Hans", "市场普遍预计今年将有20家炼厂关停。这个数字我看偏高了，我有七成把握实际关停不到10家。",
     MARCH, "我有七成把握实际关停不到10家。", D(2026, 12, 31), 0.7),
    ("zh-Hans", "问：下个月能复工吗？\n答：我觉得可能性不大，三成吧。",
     MARCH, "我觉得可能性不大，三成吧。", D(2026, 4, 30), 0.3),
    ("zh-Hans", "张华：我们明年一定能扭亏。\n记者：有把握吗？\n张华：八成吧。",
     MARCH, "八成吧。", D(2027, 12, 31), 0.8),
    ("zh-Hans", "主持人：有人说，2027年前房价会见底。您同意吗？\n李明：同意，我有七成把握。",
     MARCH, "同意，我有七成把握。", D(2027, 12, 31), 0.7),
]
# fmt: on

# The follow-ups that must not inherit: a new full claim with its own horizon, a claim about a different thing, a claim
# separated by other topics, and a horizon counted from an event (README: "A horizon counted from an event rather than
# from said_on is null").
# fmt: off
NOT_INHERITED: list[Row] = [
    ("en", "The regulator expects the merger to close by the end of September. Prices will rise within "
     "five years, I think.",
     MARCH, "Prices will rise within five years, I think.", D(2031, 3, 10), None),
    ("en", "The regulator expects the merger to close by the end of September. The shares will probably fall.",
     MARCH, "The shares will probably fall.", None, None),
    ("en", "Q: Will the mill close this year?\nA: Unlikely, but it will shut within five years.",
     MARCH, "Unlikely, but it will shut within five years.", D(2031, 3, 10), None),
    ("en", "The regulator expects the merger to close by the end of September.\n\nIn other news, the "
     "chairman retired after thirty years. The board met on Tuesday. It will not change course.",
     MARCH, "It will not change course.", None, None),
    ("en", "The bridge will reopen in June. Within two years of reopening, traffic will double.",
     MARCH, "Within two years of reopening, traffic will double.", None, None),
    ("en", "Q: Will the plant open in 2027?\nA: Yes.\nQ: And the staff canteen?\nA: It will be run by a contractor.",
     MARCH, "It will be run by a contractor.", None, None),
    ("en", "Q: Will the strike be over by Easter?\nA: No.", MARCH, "No.", None, None),
    ("zh-Hans", "公司计划2027年二季度投产。我看悬，恐怕要推迟到年底。",
     MARCH, "我看悬，恐怕要推迟到年底。", D(2026, 12, 31), None),
    ("zh-Hans", "有机构预测，2028年国内装机将突破100吉瓦。我认为钢价会回落。", MARCH, "我认为钢价会回落。", None, None),
    ("zh-Hans", "有机构预测，2028年国内装机将突破100吉瓦。另外，钢价明年会回落。",
     MARCH, "另外，钢价明年会回落。", D(2027, 12, 31), None),
    ("zh-Hans", "新厂明年投产。投产后三年内，产能将翻番。", MARCH, "投产后三年内，产能将翻番。", None, None),
    ("zh-Hans", "问：新线明年能通车吗？\n答：能。\n问：那老线呢？\n答：老线会一直保留。",
     MARCH, "老线会一直保留。", None, None),
]
# fmt: on


@pytest.mark.parametrize(("language", "text", "said_on", "quote", "resolve_on", "odds"), REFERS_BACK)
def test_an_elliptical_quote_carries_the_claims_horizon(
    language: str, text: str, said_on: D, quote: str, resolve_on: D | None, odds: float | None
) -> None:
    _judged(language, text, said_on, quote, resolve_on, odds)


@pytest.mark.parametrize(("language", "text", "said_on", "quote", "resolve_on", "odds"), ANSWERS)
def test_an_elliptical_answer_takes_the_questions_horizon(
    language: str, text: str, said_on: D, quote: str, resolve_on: D | None, odds: float | None
) -> None:
    _judged(language, text, said_on, quote, resolve_on, odds)


@pytest.mark.parametrize(("language", "text", "said_on", "quote", "resolve_on", "odds"), ODDS)
def test_a_number_put_on_a_claim_or_question_is_its_probability(
    language: str, text: str, said_on: D, quote: str, resolve_on: D | None, odds: float | None
) -> None:
    _judged(language, text, said_on, quote, resolve_on, odds)


@pytest.mark.parametrize(("language", "text", "said_on", "quote", "resolve_on", "odds"), NOT_INHERITED)
def test_a_follow_up_that_does_not_refer_back_keeps_its_own_horizon(
    language: str, text: str, said_on: D, quote: str, resolve_on: D | None, odds: float | None
) -> None:
    _judged(language, text, said_on, quote, resolve_on, odds)


def test_the_rows_were_written_for_this_module() -> None:
    assert copied_from_labelled_texts(__file__, read_up_to="al", english=40) == []
