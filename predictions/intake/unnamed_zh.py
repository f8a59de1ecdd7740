"""Chinese views nobody names that frame what follows them (README, "Who is speaking").

The look-alikes themselves — 有业内人士称, 某券商研报预计, 有观点认为 — are rules in ``rules/markers_zh.toml``;
this is the clause that only names such a view and ends on its verb or colon (此前有市民担心，/ 在业内看来，/
业内人士：), which then governs the rest of its sentence (``markers_zh`` reads it as "unnamed view").
"""

from __future__ import annotations

import re

# An unnamed view that frames what follows ("此前有市民担心，……") governs the rest of the sentence.
UNNAMED_FRAME = re.compile(
    r"(?:认为|担心|称|说|表示|预测|预计|预期|测算|预言|指出|觉得|相信|猜测|判断|透露|提醒|警告|坦言|直言|强调|显示|分析|告诉[^，。；]{1,12}"
    # (Round 13) … and a saying nobody owns: 还有一个说法，……
    # (Round 17) … and a rumour: 坊间传闻，…… (not the rumour named as a topic: 对于……的传闻，).
    r"|说法|观点|看法|声音|(?<!的)(?:传闻|传言|网传)"
    # (README rules pass) … "the view is:", an estimate, 在……看来: 有一种看法是，/ 据业内估计，/ 在业内看来，
    r"|(?:说法|观点|看法)(?:是|为)|估计|估算|看来)[，,：:]\s*$|(?:业内|机构|专家|分析师|市场|券商)(?:人士)?[：:]\s*$"
)
