"""Every date rule of the corpus README (tests/intake/corpus/README.md: "Dates", "Date phrasings the rules do not spell
out" and the date parts of "Horizons"), in the Chinese variants a journalist writes: units from days to
decades, with and without a year, 前 / 之前 / 以前 / 底 / 末 / 内 / 以内 / 以后, ranges (两到三, 两三, 三五,
两年或三年), numbers in digits and in words, 今年 / 明年 / 后年,
quarters (一季度, 第一季度, Q1) and halves (上半年, H1).

Each row is (sentence, said-on, the date the README gives); every sentence was written for this module (the last test
checks that none is copied from a labelled text). The rows under "no date" are look-alikes the fixes must leave alone.
"""

from __future__ import annotations

import datetime

import pytest

from predictions.intake import find_forecasts
from tests.intake.helpers import copied_from_labelled_texts

MAY, SEP, JAN, LEAP = "2025-05-12", "2025-09-18", "2025-01-08", "2024-02-29"

ROWS = [
    # "within / in N years, in the next N years, N years from now, N年内, N年以内, N年后, 未来N年 → the same calendar
    # day N years after D … N个月内 → D + N months … N周内 → D + 7N days. Decades: within a decade / 十年内 →
    # D + 10 years."
    ("王伟表示，三年内电池成本将下降一半。", MAY, "2028-05-12"),
    ("王伟表示，3年内电池成本将下降一半。", MAY, "2028-05-12"),
    ("王伟预计，两年以内这座港口的吞吐量将翻番。", MAY, "2027-05-12"),
    ("王伟预计，五年之内无人驾驶出租车将覆盖全国主要城市。", MAY, "2030-05-12"),
    ("王伟认为，未来三年国内咖啡消费将保持两位数增长。", MAY, "2028-05-12"),
    ("王伟预计，在未来五年里，光伏装机量将再翻一番。", MAY, "2030-05-12"),
    ("王伟预计，今后三年钢材需求将逐年回落。", MAY, "2028-05-12"),
    ("王伟说，再过五年，氢能重卡将在港口普及。", MAY, "2030-05-12"),
    ("王伟说，不出三年，这家公司的营收就会超过百亿元。", MAY, "2028-05-12"),
    ("王伟说，用不了两年，国产大飞机的订单就会突破两千架。", MAY, "2027-05-12"),
    ("王伟预计，十年后全国一半的新车将是电动车。", MAY, "2035-05-12"),
    ("王伟认为，三年后人形机器人将进入普通家庭。", LEAP, "2027-02-28"),
    ("王伟预计，四年内人形机器人将进入普通家庭。", LEAP, "2028-02-29"),
    ("王伟认为，十年之内人形机器人将进入普通家庭。", MAY, "2035-05-12"),
    ("王伟认为，二十年内人形机器人将进入普通家庭。", MAY, "2045-05-12"),
    ("王伟预计，半年内猪肉价格将止跌回升。", MAY, "2025-11-12"),
    ("王伟预计，一年半内这条航线的客座率会恢复到疫情前水平。", MAY, "2026-11-12"),
    ("王伟预计，六个月内国内油价将再下调两次。", MAY, "2025-11-12"),
    ("王伟预计，6个月内国内油价将再下调两次。", MAY, "2025-11-12"),
    ("王伟预计，一个月内库存将降至低位。", "2025-01-31", "2025-02-28"),
    ("王伟预计，未来十二个月失业率将小幅上升。", MAY, "2026-05-12"),
    ("王伟预计，未来18个月，芯片价格将持续上涨。", MAY, "2026-11-12"),
    ("王伟预计，两周内第一场降雨就会到来。", MAY, "2025-05-26"),
    ("王伟预计，三个星期内库存将回落到正常水平。", MAY, "2025-06-02"),
    ("王伟预计，十天内这批疫苗将全部接种完毕。", MAY, "2025-05-22"),
    ("王伟预计，一百天内芯片价格将持续上涨。", MAY, "2025-08-20"),
    # … and quarters as a duration, by the same rule (a quarter is three months).
    ("王伟预计，两个季度内库存将降至低位。", MAY, "2025-11-12"),
    ("王伟预计，未来一个季度，出口增速将有所放缓。", MAY, "2025-08-12"),
    ("王伟预计，三个季度之内，出口增速将有所放缓。", MAY, "2026-02-12"),
    ("周涛认为，这轮去库存还将持续两个季度。", MAY, "2025-11-12"),
    # "A range of horizons → its end: "within two to three years", 未来两到三年, 未来三到五年 → D + 3 / 5 years."
    ("王伟预计，两到三年内固态电池将实现量产。", MAY, "2028-05-12"),
    ("王伟预计，两三年内固态电池将实现量产。", MAY, "2028-05-12"),
    ("王伟预计，三五年内固态电池将实现量产。", MAY, "2030-05-12"),
    ("王伟预计，一两年内行业将迎来一轮整合。", MAY, "2027-05-12"),
    ("王伟预计，在未来三到五年，啤酒业会迎来一轮整合。", MAY, "2030-05-12"),
    ("王伟预计，未来两或三年，行业将迎来一轮整合。", MAY, "2028-05-12"),
    ("王伟预计，3-5年内芯片价格将持续上涨。", MAY, "2030-05-12"),
    ("王伟预计，未来两到三个季度，出口增速将有所放缓。", MAY, "2026-02-12"),
    ("周涛认为，这轮去库存还会持续三到五个月。", MAY, "2025-10-12"),
    # "by the end of YEAR, by end-YEAR, YEAR年底前, 到YEAR年底, YEAR年末 → YEAR-12-31" (and "Before the end of YEAR",
    # 今年年底之前 → by the end).
    ("李静预计，2026年底之前新能源车渗透率将超过六成。", MAY, "2026-12-31"),
    ("李静预计，到2026年底，新能源车渗透率将超过六成。", MAY, "2026-12-31"),
    ("李静预计，2026年末新能源车渗透率将超过六成。", MAY, "2026-12-31"),
    ("李静预计，到2026年年末，新能源车渗透率将超过六成。", MAY, "2026-12-31"),
    ("李静预计，二〇二六年底新能源车渗透率将超过六成。", MAY, "2026-12-31"),
    ("李静预计，在2026年底以前，新能源车渗透率将超过六成。", MAY, "2026-12-31"),
    ("李静预计，２０２６年底前新能源车渗透率将超过六成。", MAY, "2026-12-31"),
    # "by YEAR, in YEAR, 到YEAR年, YEAR年前 (meaning "by"), 在YEAR年 → YEAR-12-31"; 到YEAR年时 = 到YEAR年; YEAR年前后 →
    # YEAR-12-31; 最晚到YEAR年 → by YEAR; 最迟 → by (as 最晚).
    ("李静预计，2030年前养老机构床位将供不应求。", MAY, "2030-12-31"),
    ("李静预计，在2030年，养老机构床位将供不应求。", MAY, "2030-12-31"),
    ("李静预计，到了2030年，养老机构床位将供不应求。", MAY, "2030-12-31"),
    ("李静预计，到二零三零年，养老机构床位将供不应求。", MAY, "2030-12-31"),
    ("李静预计，到2030年时，养老机构床位将供不应求。", MAY, "2030-12-31"),
    ("李静预计，2030年前后养老机构床位将供不应求。", MAY, "2030-12-31"),
    ("李静预计，最晚到2030年，养老机构床位将供不应求。", MAY, "2030-12-31"),
    ("李静预计，最迟2030年，养老机构床位将供不应求。", MAY, "2030-12-31"),
    # "before YEAR, YEAR年之前, YEAR年以前 → (YEAR−1)-12-31"; 明年之前 / 后年之前 likewise.
    ("李静预计，2030年之前养老机构床位将供不应求。", MAY, "2029-12-31"),
    ("李静预计，二〇三〇年以前，养老机构床位将供不应求。", MAY, "2029-12-31"),
    ("李静认为，芯片短缺明年以前不会缓解。", MAY, "2025-12-31"),
    ("孙敏预计，后年之前这家车企将扭亏为盈。", MAY, "2026-12-31"),
    # "Through YEAR" → YEAR-12-31; 持续到明年1月 → the end of that month; "until (at least) YEAR"; "into next year".
    ("李静预计，房价下跌将一直持续到2027年。", MAY, "2027-12-31"),
    ("李静预计，低利率环境将至少持续到2027年。", MAY, "2027-12-31"),
    ("李静预计，直到2027年，房价都不会明显反弹。", MAY, "2027-12-31"),
    ("李静预计，低利率环境会延续到明年。", MAY, "2026-12-31"),
    ("李静预计，这轮降温将持续到明年一月份。", MAY, "2026-01-31"),
    # "Only after YEAR" / 要等到YEAR年以后 = not by the end of YEAR → YEAR-12-31.
    ("李静认为，芯片短缺要等到2027年以后才能缓解。", MAY, "2027-12-31"),
    ("李静认为，芯片短缺最早也要到2027年以后才能缓解。", MAY, "2027-12-31"),
    ("李静认为，芯片短缺最快也要到2027年之后才能缓解。", MAY, "2027-12-31"),
    # "最快也要到 / 最早也要到 (not until … at the earliest) → the day before the period begins"; 不会早于 likewise.
    ("李静认为，芯片短缺最早也得等到2027年才能缓解。", MAY, "2026-12-31"),
    ("李静认为，芯片短缺最早也要到后年才能缓解。", MAY, "2026-12-31"),
    ("李静认为，芯片短缺最快也要到明年第二季度才能缓解。", MAY, "2026-03-31"),
    ("李静认为，芯片短缺最快也要到2026年上半年才能缓解。", MAY, "2025-12-31"),
    ("李静认为，芯片短缺最快也要到四季度才能缓解。", MAY, "2025-09-30"),
    ("李静认为，芯片短缺最快也要到下半年才能缓解。", MAY, "2025-06-30"),
    ("李静认为，芯片短缺最快也要到10月才能缓解。", MAY, "2025-09-30"),
    ("李静认为，芯片短缺的缓解不会早于明年下半年。", MAY, "2026-06-30"),
    # "by / in MONTH YEAR, YEAR年M月前/底 → the last day of that month; before MONTH YEAR → the last day of the month
    # before"; a month without a year is the next such month.
    ("赵磊预计，2026年3月底前首批订单将完成交付。", MAY, "2026-03-31"),
    ("赵磊预计，2026年3月之前首批订单将完成交付。", MAY, "2026-02-28"),
    ("赵磊预计，2026年三月首批订单将完成交付。", MAY, "2026-03-31"),
    ("赵磊预计，明年3月底前首批订单将完成交付。", MAY, "2026-03-31"),
    ("赵磊预计，十一月首批订单将完成交付。", MAY, "2025-11-30"),
    ("赵磊预计，3月首批订单将完成交付。", MAY, "2026-03-31"),
    ("赵磊预计，11月之前首批订单将完成交付。", MAY, "2025-10-31"),
    ("赵磊预计，11月底之前首批订单将完成交付。", MAY, "2025-11-30"),
    # "上旬 / 中旬 / 下旬 → the 10th / 20th / last day of the month", of a month named by its distance too.
    ("赵磊预计，8月上旬首批订单将完成交付。", MAY, "2025-08-10"),
    ("赵磊预计，下个月中旬首批订单将完成交付。", MAY, "2025-06-20"),
    ("赵磊预计，下月上旬首批订单将完成交付。", MAY, "2025-06-10"),
    ("赵磊预计，本月中旬首批订单将完成交付。", MAY, "2025-05-20"),
    # "7月、8月 → the end of August; 9月中旬至10月上旬 → 10月10日; 21日至23日 → the 23rd" (a range ends at its end).
    ("赵磊预计，7到8月用电负荷将创新高。", MAY, "2025-08-31"),
    ("赵磊预计，12月至明年2月将迎来降雨高峰。", MAY, "2026-02-28"),
    ("赵磊预计，21日至23日将出现强降雨。", MAY, "2025-05-23"),
    # "an explicit full date → that date; "before" it → the day before"; 月底 → the said-on month's last day.
    ("赵磊预计，2026年3月1号之前新规的效果将显现。", MAY, "2026-02-28"),
    ("赵磊预计，明年3月1日前新规的效果将显现。", MAY, "2026-03-01"),
    ("赵磊预计，月底前首批订单将完成交付。", MAY, "2025-05-31"),
    ("赵磊预计，下周三首批订单将完成交付。", MAY, "2025-05-21"),
    # "the end of a quarter / Q3 YEAR → that quarter's last day"; "前 after a period means "by" its end (三季度前 →
    # 09-30); 之前 / 以前 means "before""; a quarter without a year is the nearest one not yet over.
    ("孙敏预计，2026年第三季度这家车企将扭亏为盈。", MAY, "2026-09-30"),
    ("孙敏预计，2026年Q3这家车企将扭亏为盈。", MAY, "2026-09-30"),
    ("孙敏预计，2026年三季度前这家车企将扭亏为盈。", MAY, "2026-09-30"),
    ("孙敏预计，2026年三季度之前这家车企将扭亏为盈。", MAY, "2026-06-30"),
    ("孙敏预计，2026年一季度以前这家车企将扭亏为盈。", MAY, "2025-12-31"),
    ("孙敏预计，Q3这家车企将扭亏为盈。", MAY, "2025-09-30"),
    ("孙敏预计，三季度前这家车企将扭亏为盈。", MAY, "2025-09-30"),
    ("孙敏预计，三季度之前这家车企将扭亏为盈。", MAY, "2025-06-30"),
    ("孙敏预计，三季度以前这家车企将扭亏为盈。", MAY, "2025-06-30"),
    ("孙敏预计，一季度末这家车企将扭亏为盈。", SEP, "2026-03-31"),
    ("孙敏预计，今年Q4这家车企将扭亏为盈。", MAY, "2025-12-31"),
    ("孙敏预计，明年Q1这家车企将扭亏为盈。", MAY, "2026-03-31"),
    ("孙敏预计，明年1季度这家车企将扭亏为盈。", MAY, "2026-03-31"),
    ("孙敏预计，下个季度这家车企将扭亏为盈。", MAY, "2025-09-30"),
    # "最快 with a positive claim ("as early as") → the end of that period."
    ("吴强预计，房价最快明年上半年止跌。", MAY, "2026-06-30"),
    ("孙敏预计，这家车企最快明年二季度扭亏为盈。", MAY, "2026-06-30"),
    # "by mid-YEAR / YEAR年中 → YEAR-06-30; the first half / 上半年 of YEAR → YEAR-06-30"; "The second half / 下半年 →
    # 12-31 of that year"; H1 / H2 as 上半年 / 下半年, and 之前 a half is before it begins.
    ("孙敏预计，2026年H1这家车企将扭亏为盈。", MAY, "2026-06-30"),
    ("孙敏预计，2026年H2这家车企将扭亏为盈。", MAY, "2026-12-31"),
    ("孙敏预计，到2026年年中，这家车企将扭亏为盈。", MAY, "2026-06-30"),
    ("孙敏预计，明年年中这家车企将扭亏为盈。", MAY, "2026-06-30"),
    ("孙敏预计，上半年这家车企将扭亏为盈。", JAN, "2025-06-30"),
    ("孙敏预计，下半年这家车企将扭亏为盈。", MAY, "2025-12-31"),
    ("孙敏预计，明年上半年之前这家车企将扭亏为盈。", MAY, "2025-12-31"),
    ("孙敏预计，下半年之前这家车企将扭亏为盈。", MAY, "2025-06-30"),
    ("孙敏预计，明年下半年以前这家车企将扭亏为盈。", MAY, "2026-06-30"),
    # "next year, 明年 → (D.year+1)-12-31; this year, 今年, 年内, 今年年底 → D.year-12-31; 后年 → (D.year+2)-12-31;
    # 下个月 → the last day of the next month"; 今明两年 / 明后两年 → the later year.
    ("孙敏预计，明年底前这家车企将扭亏为盈。", MAY, "2026-12-31"),
    ("孙敏预计，今年年内这家车企将扭亏为盈。", MAY, "2025-12-31"),
    ("孙敏预计，年底之前这家车企将扭亏为盈。", MAY, "2025-12-31"),
    ("孙敏预计，后年年底前这家车企将扭亏为盈。", MAY, "2027-12-31"),
    ("孙敏预计，后年上半年这家车企将扭亏为盈。", MAY, "2027-06-30"),
    ("孙敏预计，明后两年这家车企都将保持盈利。", MAY, "2027-12-31"),
    ("赵磊预计，下个月底前首批订单将完成交付。", MAY, "2025-06-30"),
    # ""full-year" / 全年 → the year the sentence is about (this year unless it names another)."
    ("孙敏预计，这家车企全年销量将增长两成。", MAY, "2025-12-31"),
    ("孙敏预计，这家车企2027年全年销量将增长两成。", MAY, "2027-12-31"),
    ("孙敏预计，2027年，这家车企全年销量将增长两成。", MAY, "2027-12-31"),
    # "A range of horizons → its end" — of years and parts of years too (the end's year is the start's unless named).
    ("孙敏预计，这家车企今年下半年到明年销量将持续回暖。", MAY, "2026-12-31"),
    ("孙敏预计，这家车企明年到后年销量将持续回暖。", MAY, "2027-12-31"),
    ("孙敏预计，这家车企今年三季度到四季度销量将持续回暖。", MAY, "2025-12-31"),
    ("孙敏预计，这家车企明年上半年至下半年销量将持续回暖。", MAY, "2026-12-31"),
    ("孙敏预计，这家车企今年年底到明年上半年销量将持续回暖。", MAY, "2026-06-30"),
    ("孙敏预计，这家车企三季度到明年一季度销量将持续回暖。", MAY, "2026-03-31"),
    ("孙敏预计，这家车企明年一季度至二季度销量将持续回暖。", MAY, "2026-06-30"),
    ("孙敏预计，这家车企2026年至2028年销量将持续回暖。", MAY, "2028-12-31"),
    # "by the end of the decade / 本十年末 → the last day of the year ending in 9"; "This decade" likewise; the end of
    # the century → 2099-12-31; “十五五”期间 / 末 → 2030-12-31.
    ("周涛认为，这个十年结束前全球海上风电装机将翻两番。", MAY, "2029-12-31"),
    ("周涛认为，本十年内全球海上风电装机将翻两番。", MAY, "2029-12-31"),
    ("周涛认为，这个十年内全球海上风电装机将翻两番。", MAY, "2029-12-31"),
    ("周涛认为，2020年代末全球海上风电装机将翻两番。", MAY, "2029-12-31"),
    ("周涛认为，本世纪末全球海平面将上升一米。", MAY, "2099-12-31"),
    ("周涛认为，“十五五”时期我国数字经济规模将再翻一番。", MAY, "2030-12-31"),
    # ""At least N more years" / 至少还需要十年 → D + N years; with a range (至少还需要两到三年) → D + 3 years."
    ("周涛认为，可控核聚变至少还需要三十年才能商用。", MAY, "2055-05-12"),
    ("周涛认为，可控核聚变至少还要十年才能商用。", MAY, "2035-05-12"),
    ("周涛认为，可控核聚变至少需要十年时间才能商用。", MAY, "2035-05-12"),
    ("周涛认为，可控核聚变还需三年才能商用。", MAY, "2028-05-12"),
    ("周涛认为，可控核聚变至少还得两年才能商用。", MAY, "2027-05-12"),
    ("周涛认为，可控核聚变起码还要三年才能商用。", MAY, "2028-05-12"),
    ("周涛认为，可控核聚变还要等五年才能商用。", MAY, "2030-05-12"),
    ("周涛认为，可控核聚变至少还要再等三年才能商用。", MAY, "2028-05-12"),
    ("周涛认为，可控核聚变还需要半年才能商用。", MAY, "2025-11-12"),
    ("周涛认为，可控核聚变还需要一年半才能商用。", MAY, "2026-11-12"),
    ("周涛认为，可控核聚变还需要两三年才能商用。", MAY, "2028-05-12"),
    ("周涛认为，可控核聚变还需要两年或三年才能商用。", MAY, "2028-05-12"),
    ("周涛认为，可控核聚变至少还需要两到三个季度才能商用。", MAY, "2026-02-12"),
    # "A named year used as a subject or modifier is "in YEAR" …; a relative year does the same (明年春节前后 → 明年)."
    ("吴强预计，2026年将是锂价触底的一年。", MAY, "2026-12-31"),
    ("吴强预计，明年春节前后猪肉价格将明显上涨。", MAY, "2026-12-31"),
]

# Look-alikes: "soon, in the coming years, one day, eventually, 未来, 将来, 早晚 → null"; events and seasons have no
# date rule; a horizon counted from an event is null; numbers that are not horizons are not ranges.
NO_DATE = [
    ("周涛认为，未来人形机器人一定会进入千家万户。", MAY),
    ("周涛认为，人形机器人迟早会进入千家万户。", MAY),
    ("周涛认为，短期内人形机器人不会进入千家万户。", MAY),
    ("周涛认为，今后一个时期，人形机器人的价格会持续下降。", MAY),
    ("周涛认为，未来几年人形机器人会进入千家万户。", MAY),
    ("周涛认为，可控核聚变还需要几年才能商用。", MAY),
    ("吴强预计，本赛季这支球队将闯入季后赛。", MAY),
    ("吴强预计，2025/26赛季这支球队将闯入季后赛。", MAY),
    ("吴强预计，2025-26赛季这支球队将闯入季后赛。", MAY),
    ("吴强预计，这支球队将在下届世界杯上闯入八强。", MAY),
    ("吴强预计，今冬北方的天然气供应将偏紧。", MAY),
    ("吴强预计，今年夏季用电负荷将创新高。", MAY),
    ("吴强预计，大选之前油价将保持稳定。", MAY),
    ("吴强预计，新工厂投产后两年内公司利润将翻番。", MAY),
    ("吴强预计，这家企业上市后三年内营收将翻番。", MAY),
    ("吴强预计，新店开业三年后将实现盈利。", MAY),
    ("吴强预计，这项政策实施一年后房价将企稳。", MAY),
    ("吴强预计，暑期档将有三部电影票房破十亿元。", MAY),
    ("吴强预计，将有两到三家车企退出市场。", MAY),
    ("吴强预计，猪肉价格将回落到13—15元/公斤。", MAY),
    ("吴强预计，这款手机售价将在三五千元之间。", MAY),
    ("吴强预计，保修期将延长到三年。", MAY),
    ("吴强预计，平均工期将缩短至两年以内。", MAY),
    ("吴强预计，奥迪Q3的销量将继续下滑。", MAY),
    ("吴强预计，H1N1流感将在冬季卷土重来。", MAY),
    ("吴强预计，连续两个季度的亏损将让这家公司出售资产。", MAY),
]


def _dates(text: str, said_on: str) -> list[datetime.date | None]:
    found = find_forecasts(text, language="zh-Hans", said_on=datetime.date.fromisoformat(said_on))
    return [c.resolve_on for c in found]


@pytest.mark.parametrize(("text", "said_on", "expected"), ROWS)
def test_the_readme_date_rule(text: str, said_on: str, expected: str) -> None:
    assert _dates(text, said_on) == [datetime.date.fromisoformat(expected)]


@pytest.mark.parametrize(("text", "said_on"), NO_DATE)
def test_a_date_looking_word_that_gives_no_date(text: str, said_on: str) -> None:
    assert all(date is None for date in _dates(text, said_on))


# Left, with the reason (see the audit's report): the README's rule and the extractor still differ on these.
LEFT = [
    # "a dated word that dates something else" → null: attributes_zh makes it weak, but it still dates the claim when
    # the sentence has no other time (a design choice of round 12).
    ("吴强预计，明年投产的新工厂将带来三千个岗位。", MAY, None),
    # "A quarter or half without a year is the nearest such period that has not yet ended": a bare 上半年 said after
    # June stays this year's (the half just reported, in news); reading it as next year's cost held-out dates.
    ("孙敏预计，上半年这家车企将扭亏为盈。", SEP, "2026-06-30"),
    # "a weekday without a date ("on Friday") → the next such day": 周五 alone is left out of the grammar, as news uses
    # it as often for the day something was said.
    ("赵磊预计，周五将出现强降雨。", MAY, "2025-05-16"),
]


@pytest.mark.parametrize(("text", "said_on", "expected"), LEFT)
@pytest.mark.xfail(strict=True, reason="left: see LEFT")
def test_left_as_they_are(text: str, said_on: str, expected: str | None) -> None:
    assert _dates(text, said_on) == [None if expected is None else datetime.date.fromisoformat(expected)]


def test_these_sentences_are_not_copied_from_the_corpus_or_the_batches() -> None:
    assert copied_from_labelled_texts(__file__, read_up_to="ai") == []
