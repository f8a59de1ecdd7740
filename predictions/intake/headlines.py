"""The future in a headline with no future marker: English puts it in an infinitive ("Copper to hit record", "Fed to
cut rates twice") or gives a hedged claim to its source ("Measles cases could double by summer, health chief warns").
The extractor offers such a headline as a candidate when nothing else in it is one (Chinese headlines carry their
markers, so they have no pattern here).
"""

from __future__ import annotations

import re

from predictions.intake.markers import NEVER

# Headline English puts the future in an infinitive: "Copper to hit record", "Fed to cut rates twice".
HEADLINE_FUTURE = {
    "en": (
        re.compile(
            # A source may lead the headline ("Goldman: oil to average $60"), a rubric may not ("… preview: …").
            r"^(?:(?![^:\n]*\b(?i:preview|analysis|explainer|review|factbox|timeline|interview|opinion|comment|update"
            r"|live)\b)[A-Z][\w.&'’ -]{1,30}:\s*)?"
            r"[^:]*?\b(?!(?i:plans?|wants?|aims?|set|due|scheduled|going|expected|remarks|speech|address|letter|visit|trip"
            r"|message|note|memo|open\s+letter|guide|introduction|welcome|answers?|reply|response|tribute)\b)"
            r"\w+\s+to\s+(?!(?:the|a|an|his|her|their|its|our|this|that|these|those|be\s+held|shareholders|investors"
            r"|readers|members|staff|customers|employees|students|graduates)\b)[a-z]{3,}"
        ),
        # A hedged claim its source gives: "Measles cases could double by summer, health chief warns".
        re.compile(
            r"^[^,\n]*\b(?:could|may|might)\s+[a-z]{3,}[^,\n]*,\s+(?:[\w'’.-]+\s+){1,5}?"
            r"(?:says|warns|predicts|forecasts|tells\s+\w+|believes|expects)\s*$"
        ),
        # (Round 9) A source's verb of expectation in the present, with what it expects: "Kenya forecasts
        # above-normal rains", "Rail operator eyes profit in 2027" (not "All eyes on the Fed").
        re.compile(
            r"^[A-Z][\w.&'’ -]{1,60}?\s(?:forecasts|predicts|expects|projects|eyes)\s+"
            r"(?!(?:on|to|that|it|this|the\s+(?:worst|best))\b)[\w$£€-]"
        ),
        # (Round 10) What a source "sees" ahead: "Texas grid operator sees record summer demand", "Grower sees prices
        # above $20 through May" — not what it went through ("Retailer sees sales slump in March", "sees off rival").
        re.compile(
            # (Round 12: also after what the source did first: "Bank holds rate, sees inflation back at target".)
            r"^[A-Z][\w.&'’ -]{1,60}?(?:,[\w.&'’ -]{0,60}?)?\ssees\s+"
            r"(?!(?:off|out|red|through|it|this|that|the\s+(?:worst|best))\b)"
            r"(?!(?:\S+\s+){0,4}?(?:fall|rise|drop|jump|slump|surge|climb|soar|plunge|slide|sink|tumble|double|halve"
            r"|hit|go|come|grow|shrink)\b)"
            # (A month or a day it went through: "Ski resort sees record crowds in January".)
            r"(?![^,\n]*\b(?:in|on|over)\s+(?:the\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|\w+day|weekend)"
            r"|[^,\n]*\b(?:last|yesterday)\b)[\w$£€-]"
        ),
        # (Round 12) The wire's passive of the same: "Potato crop seen at lowest in a decade", "Oil seen rising on
        # supply cuts" (not "last seen", nor "seen as" a view).
        re.compile(
            r"^[A-Z][\w.&'’ -]{1,60}?(?<!\blast)\sseen\s+(?:at|above|below|near|around|up|down|higher|lower|flat"
            r"|[a-z]{3,}ing)\b"
        ),
        # (Round 16) A preview's or a column's own call after its rubric, the name right before the infinitive:
        # "Season preview: Mariners to win the title", "Opinion: 'Tidebreaker' to lead a record summer" (not "Tour
        # preview: Holm the man to beat").
        re.compile(
            # (Not "review": "Spending review: NHS to get £20bn boost" announces a plan — review of round 17.)
            r"^[A-Z][\w'’ -]{0,30}\b(?i:preview|opinion|comment|verdict|predictions?)\s*:\s*['‘\"“]?"
            r"[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3}['’\"”]?\s+to\s+[a-z]{3,}"
        ),
        # (Round 16) A course or a warning its source gives: "Lander 'on course' for touchdown, mission chief says",
        # "Health officials warn of early flu season" (not "warned", a past report).
        re.compile(
            r"^[^,\n]*\bon\s+(?:course|track)['’\"”]?\s+(?:for|to)\b[^,\n]*,\s+(?:[\w'’.-]+\s+){1,5}?"
            r"(?:says|predicts|forecasts|believes|expects|insists)\s*$"
            # (A warning of a time to come, not of what is under way: "warn of wasted power as installations surge".)
            # (Not a union's own threat, "Union warns of summer of strikes" — review of round 17.)
            r"|^(?![^\n]*\b(?i:unions?|strikes?|walkouts?|industrial\s+action)\b)"
            r"[A-Z][\w.&'’ -]{1,60}?\swarns?\s+of\s+(?:[\w,-]+\s+){0,4}?(?:season|winter|summer|spring|autumn|year"
            r"|months|weeks|decade)\b"
        ),
    ),
    "zh-Hans": (NEVER,),
}
