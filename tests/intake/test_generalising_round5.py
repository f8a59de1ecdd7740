"""Rules of issue 12's fifth round: kinds of forecasting language the batch e_ (and c_, d_) showed missing.

Each test is written in its own words, not copied from any corpus or held-out text.
"""

from __future__ import annotations

import datetime

from predictions.intake import find_forecasts

SAID = datetime.date(2025, 9, 15)


def _dates(text: str, language: str, said_on: datetime.date = SAID) -> list[datetime.date | None]:
    return [c.resolve_on for c in find_forecasts(text, language=language, said_on=said_on)]


def test_a_datelines_day_is_the_day_of_writing_not_a_horizon() -> None:
    said = datetime.date(2025, 3, 4)
    wire = "MADRID, March 4 (Iberia Wire) - Olive oil prices will drop by a quarter over 2025, its head said."
    assert _dates(wire, "en", said) == [datetime.date(2025, 12, 31)]
    without_agency = "PERTH, Mar 4 - Iron ore shipments will rise at the July 2026 quarter end, the port's chief said."
    assert _dates(without_agency, "en", said) == [datetime.date(2026, 7, 31)]
    # The same words elsewhere in a sentence stay a horizon.
    assert _dates("The port's chief said shipments would peak by March 20.", "en", said) == [datetime.date(2025, 3, 20)]


def test_a_month_and_its_year_is_not_read_as_a_month_and_a_day() -> None:
    said = datetime.date(2025, 3, 4)
    assert _dates("Fares will be cut at the September 2026 timetable change, the operator said.", "en", said) == [
        datetime.date(2026, 9, 30)
    ]


def test_a_named_period_is_dated_by_the_last_day_the_text_gave_it() -> None:
    said = datetime.date(2025, 12, 1)
    given = "今年元旦档从12月30日持续到1月1日，共3天。"
    assert _dates(given + "我认为今年元旦档票房会超过20亿元。", "zh-Hans", said) == [datetime.date(2026, 1, 1)]
    # The short name of a long one, and 档期 for a 档.
    holiday = "今年劳动节假期从5月1日至5日，共5天。"
    assert _dates(holiday + "他预计，假期期间景区客流将创新高。", "zh-Hans", said) == [datetime.date(2026, 5, 5)]
    assert _dates(holiday + "他预计，劳动期间景区客流将创新高。", "zh-Hans", said) == [datetime.date(2026, 5, 5)]
    assert _dates(given + "喜剧片大概率会拿下档期冠军。", "zh-Hans", said) == [datetime.date(2026, 1, 1)]
    # Opened on one day and closed at a month's end; the season's short name.
    window = "夏季转会窗口将于6月10日开启，8月底关闭。他认为，今年夏窗引援总数不会超过30人。"
    assert _dates(window, "zh-Hans", said) == [datetime.date(2026, 8, 31)]
    # A period the text never dates keeps 今年's year end.
    assert _dates("我认为今年元旦档票房会超过20亿元。", "zh-Hans", said) == [datetime.date(2025, 12, 31)]
    # The dates themselves are a fact of the calendar, not a forecast; a forecast over days stays one.
    assert find_forecasts(given, language="zh-Hans", said_on=said) == []
    assert len(find_forecasts("降温将从5日持续到8日。", language="zh-Hans", said_on=said)) == 1
