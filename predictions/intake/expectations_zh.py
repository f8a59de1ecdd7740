"""Chinese hedges and words of expectation that the older markers (``markers_zh._FUTURE``) did not read.

The README lists the hedges (可能, 有望, 恐怕, 我判断, 有N成把握 …) and says hedged forms are forecasts; these are the
positions a journalist puts them in that were still read as no claim:

- 料 of the newswire right before the change it expects: 保险赔付料超60亿元, 出口今年料下降一成 (not a material,
  原料, 饲料, 硅料, nor 预料 / 不料 / 意料 / 照料).
- 有把握 with the outcome it is sure of in the same clause: 我有把握在2027年实现, 我们很有把握全部拿到,
  我对明年保级很有把握 (not 没有把握, nor an effort of one's own, 有把握做好).
- A figure called the realistic outcome: 二十席左右比较现实, 降息两次更现实 (not a target set or a plan chosen:
  把目标定在二十席比较现实, 这个方案比较现实).
- A belief about a time to come whose claim ends in the 了 of a new state: 我不认为十年后东海就没有带鱼了,
  我觉得到2030年燃油车就卖不动了 (that 了 is no past).
"""

from __future__ import annotations

# 料 as "expected to", before the change; the characters it must not follow make it a noun or another word.
_LIAO = (
    r"(?<![原材饮资预燃肥塑不意照爆涂布香染废物用草饲面辅配史笑猛密浆颜调备木油石硅熟骨钢胶煤色粉投加进出送供取给喂填余"
    # (Review) feeds and seasonings: 水产料, 猪料, 禽料, 鱼料, 虾料, 底料, 调味料, 复合料, 玉米料, 精料.
    r"产猪禽鱼虾底味合米精])料"
    r"(?=超|增|减|降|涨|跌|升|达|破|突破|下降|下滑|下跌|上涨|上升|回落|回升|反弹|走高|走低|放缓|创|录得|见顶|见底|企稳"
    r"|承压|转正|翻番|翻倍|维持|保持|继续|仍将|再|进一步)"
)
# The outcome 有把握 is sure of (a result, a place, a number), within the clause.
_SURE_OF = (
    r"(?:实现|完成|拿到|拿下|达到|超过|突破|做到|进入|跻身|赢|夺冠|卫冕|保级|保住|守住|获得|通过|回到|扭亏|盈利|转正"
    r"|晋级|胜出|[0-9０-９])"
)
# What a time gone or a goal set before the words makes of them: 去年我有把握……, 把目标定在二十席比较现实.
_NOT_AFTER_GONE = r"^(?:(?!去年|前年|当时|那时|曾经|当年|本来|原本)[^，。；])*?"
_NOT_AFTER_GOAL = r"^(?:(?!目标|定在|设在|定为|把(?!握))[^，。；])*?"
_SURE = (
    rf"{_NOT_AFTER_GONE}(?<!没)(?<!没有)有(?:充分|足够|十足)?的?把握(?=[^，。；]{{0,12}}?{_SURE_OF})"
    rf"|{_NOT_AFTER_GONE}对[^，。；]{{2,20}}?{_SURE_OF}[^，。；]{{0,8}}?(?<!没)有(?:充分|足够|十足)?的?把握"
)
_REALISTIC = (
    # (Review) Not an amount to spend: 每年投入5亿元比较现实 is a plan.
    rf"{_NOT_AFTER_GOAL}(?<![0-9０-９一二两三四五六七八九十百千])(?<!投入)(?<!投资)(?<!拿出)(?<!花)(?<!预算)"
    r"(?:[0-9０-９]+|[一二两三四五六七八九十百千]+)"
    r"(?:成|[%％]|席|个|家|万|亿|倍|名|强|位|次|场|枚|块|分|球)[^，。；]{0,4}?(?:左右|上下|以内|以上)?"
    r"(?:是|算)?(?:比较|更|最|较为|相对|还算)(?:为)?现实(?![^，。；]*(?:目标|方案|做法|选择))"
)
_LATER = (
    r"(?:[0-9０-９一二两三四五六七八九十几]+(?:年|个月|周)(?:之|以)?后|明年|后年|将来|未来|到时候?|届时"
    r"|到[0-9０-９]{4}年)"
)
_NEW_STATE = (
    rf"(?:认为|觉得|相信|看)[^，。；]{{0,8}}?{_LATER}[^，。；]{{0,16}}?就[^，。；]{{1,12}}?了(?=[。！，；”」\s]|$)"
)

MORE = f"{_LIAO}|{_SURE}|{_REALISTIC}|{_NEW_STATE}"
