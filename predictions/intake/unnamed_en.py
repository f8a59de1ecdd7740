"""English views nobody names: a ledger records named speakers only ("critics say", "some investors argue",
"traders and analysts said", "growers in the valley say", "analysts polled by a data firm expect", an official
"speaking on condition of anonymity"). ``lookalikes_en`` excludes a clause that matches one of these; moved out of it
when it grew past 400 lines.
"""

from __future__ import annotations

import re

from predictions.intake.folding import folded

_words = folded  # every pattern below is searched in the clause's folded text (see ``folding``)


# Others nobody names: a ledger records named speakers only ("critics say", "some investors argue").
UNNAMED = _words(
    r"^[\s\W]*(?:(?:some|many|most|other|few|several)\s+(?:\w+\s+){0,2}?(?:investors|analysts|economists"
    r"|experts|people|critics"
    r"|observers|scientists|commentators|officials|executives|traders|sceptics|skeptics)"
    r"|critics|others|sceptics|skeptics|people|observers|detractors|pessimists|optimists|bookmakers|markets"
    r"|(?:the\s+)?(?:futures|financial|bond|money|equity|stock|options|swaps?|rates?|currency|betting|prediction)"
    r"\s+markets?"
    r"|constituents|voters|residents|clients|customers|callers|listeners|readers|parents|fans|rivals|competitors"
    r"|some|many|not\s+everyone|everyone|everybody|anyone|anybody"
    r"|no\s+one|nobody)\s+(?:\w+\s+){0,3}?(?:say|said|says|argue[sd]?|have\s+argued|think|thought|tell\s+(?:me|us)"
    r"|told\s+(?:me|us)|will\s+(?:say|argue|tell\s+you)|would\s+(?:say|argue)"
    # What a crowd has been told, by nobody named: "everyone here has been told that robots will …".
    r"|(?:has|have)\s+been\s+(?:told|promised|assured)"
    r"|believe[sd]?|expect(?:s|ed)?"
    r"|predict(?:s|ed)?|warn(?:s|ed)?|claim(?:s|ed)?|are\s+promising|have\s+priced|price[sd]?|(?:is|are)\s+pricing|is\s+convinced"
    r"|are\s+convinced"
    r"|fear(?:s|ed)?|worry|worried|reckon|bet|told|insist(?:s|ed)?|(?:is|are)\s+(?:betting|implying|saying)"
    r"|implies|imply|implied)\b"
    # Some of a group the listener or speaker knows, anywhere in the clause (a question may put them after its label):
    # "Some of your colleagues on the board have said …", "a few of our members think …".
    r"|\b(?:some|many|most|several|a\s+few|few)\s+of\s+(?:your|our|my|their|his|her)\s+[\w-]+"
    r"(?:\s+(?:on|in|at)\s+(?:the\s+)?[\w-]+)?\s+(?:have\s+|has\s+)?(?:said|say|argued|argue|warned|think|believe"
    r"|expect|told\s+(?:me|us))\b"
)
# A bare plural of people as the speaker, with nothing to name them ("traders and analysts said on Monday",
# "economists expect", "people familiar with the matter said"); "Analysts at Fubon expect" names them.
_PEOPLE = (
    r"(?:traders|analysts|economists|investors|experts|officials|sources|executives|bankers|dealers|brokers|diplomats)"
)
# Who a group is by its side or trade, and the plural of a group (for ``_UNNAMED_PLURAL``).
_SIDE = (
    r"(?:industry|union|trade|business|party|opposition|government|company|city|local|hotel|travel|shipping|farm"
    r"|fishing|airline|energy|property|retail|health|school|club|team|senior|junior|rival|independent"
    # (Round 12) More trades by their shop: "supermarket bosses say", "bank executives expect".
    r"|supermarket|grocery|shop|store|bank|car|oil|gas|tech|restaurant|pub|food|construction|housing|building|water"
    r"|rail|bus|transport|media|music|film)"
)
_GROUP = (
    r"(?:officials|groups|managers|owners|agents|executives|operators|unions|insiders|campaigners|bosses|leaders"
    r"|members|sources|figures|representatives|lobbyists|associations|bodies|analysts|economists|traders|bankers"
    r"|experts|investors|dealers|brokers|observers|forecasters|[a-z]{3,}(?:ers|ists|ians|ors|men))"
)
# Where an unnamed group is, between it and its verb: "Growers in the valley say", "some mayors on the coast fear".
_WHERE = (
    r"(?:\s+(?:in|on|across|around|along|close\s+to|familiar\s+with|inside|within)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+)?"
)
UNNAMED_PLURAL = _words(
    # (A market's traders are no more named: "Bond traders now see a 60 percent chance …".)
    r"^[\s\W]*(?:and\s+|but\s+)?(?:(?:bond|currency|oil|futures|options|equity|stock|rates|money|commodity|grain|energy"
    r"|gold|market)\s+)?"
    rf"(?:{_PEOPLE}(?:\s+and\s+{_PEOPLE})?|people\s+familiar\s+with\s+(?:the\s+)?\w+)"
    # A consensus of a poll names nobody: "analysts polled by a data firm expect".
    r"(?:\s+(?:polled|surveyed|questioned)\s+by\s+(?:[\w&'’-]+\s+){0,3}?[\w&'’-]+)?"
    # (Round 10) Where they trade and when: "Traders in futures markets currently price a 35 percent chance".
    rf"{_WHERE}(?:\s+(?:currently|now|still|also))?"
    r"\s+(?:said|say|says|told|expect|predict|warn|warned|believe|estimate|reckon|put|puts|see|price|priced|bet"
    r"|(?:are|were)\s+(?:saying|betting|predicting|warning|expecting|pricing|wagering|telling))\b"
    # Any trade or group in the plural, unnamed, with the claim after it: "Hoteliers warn that it will …", "Some
    # landlords expect rents to …" (a headline's tail, "…, engineers warn", gives the source the story names).
    r"|^[\s\W]*(?:and\s+|but\s+)?(?:some\s+|many\s+|most\s+)?[a-z]{3,}(?:ers|ists|ians|ors|men)"
    rf"{_WHERE}\s+(?:say|said|warn|warned|expect|predict|believe|fear"
    # "Insurers keep telling me …", "Hoteliers are warning that …"
    r"|(?:keep|kept)\s+(?:telling|saying|warning)|(?:are|were)\s+(?:saying|telling|warning|predicting|betting|expecting))"
    r"\s+(?:that\s+|me\s+|us\s+)?[a-z]"
    # A group of people named only by their trade or side: "Some city-centre hotel managers say …", "Union officials
    # fear …", "Industry groups say …" (not "Goldman analysts say": a firm names them, and no list of trades does).
    rf"|^[\s\W]*(?:and\s+|but\s+)?(?:(?:some|many|most|several|other)\s+(?:[\w-]+\s+){{0,3}}?|{_SIDE}\s+(?:[\w-]+\s+)?)"
    rf"{_GROUP}{_WHERE}\s+(?:say|said|warn|warned|expect|expected|predict|believe|fear|feared|doubt)\b"
)
# Views given no name by the words around them: a consensus, an official speaking on condition of anonymity,
# "farmers in my constituency tell me that" (a plural of people reported second-hand).
UNNAMED_FRAME = _words(
    r"\bconsensus\s+(?:\w+\s+){0,3}?is\s+that\b|\b(?:on\s+condition\s+of\s+anonymity|declined\s+to\s+be\s+named"
    r"|asked\s+not\s+to\s+be\s+(?:named|identified)|not\s+authori[sz]ed\s+to\s+speak)\b|\btell\s+(?:me|us)\s+that\b"
    # (Round 12) Hearsay with no source: "there are rumours you'll sell", "there is talk that the plant will close".
    r"|\bthere(?:\s+(?:are|is|have\s+been|has\s+been)|['’]s|['’]re)\s+(?:(?:some|many|persistent|growing)\s+)?(?:rumou?rs?"
    r"|whispers|talk|speculation|suggestions)\b"
    # A view held by nobody named: "There's a view out there that …", "there is a widespread belief that …", "the
    # word on the trading floor is that …", "rumour has it …", "conventional wisdom says …".
    r"|\bthere(?:\s+(?:is|was|has\s+been)|['’]s)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:view|belief|feeling|sense|perception"
    r"|assumption|expectation|notion|consensus|school\s+of\s+thought)\s+(?:[\w'’-]+\s+){0,5}?that\b"
    r"|\b(?:the\s+)?(?:word|talk|chatter|buzz|gossip|feeling|thinking|mood)\s+(?:on|in|around|among|across|at)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:is|was)\s+(?:that\b|[a-z])|\bthe\s+word\s+is\b|\brumou?r\s+has\s+it\b"
    r"|\b(?:conventional|received)\s+wisdom\s+(?:\w+\s+){0,2}?(?:says|is|holds|has\s+it)\b"
    # Told by people nobody names, to the speaker: "I've had insurers tell me …", "I keep hearing that …", "I've heard
    # from dealers that …".
    r"|\b(?:I|we)(?:['’]ve|\s+have)?\s+(?:had|heard)\s+(?:(?:some|many|several|plenty\s+of|a\s+few|a\s+lot\s+of)\s+)?"
    r"(?:[\w-]+\s+){0,2}?[a-z]{3,}s\s+(?:tell|telling|say|saying|warn|warning|predict|predicting)\b"
    r"|\b(?:I|we)\s+(?:keep|kept)\s+hearing\b|\b(?:I|we)(?:['’]ve|\s+have)\s+heard\s+(?:it\s+said\s+)?(?:from\s+"
    r"(?:[\w-]+\s+){0,3}?)?that\b"
    # One source nobody names: "a person familiar with the matter said", "a source close to the board expects".
    r"|^[\s\W]*(?:a|one|another)\s+(?:[\w-]+\s+){0,2}?(?:person|source|official|executive|insider|banker|adviser"
    r"|advisor|figure|individual|diplomat|trader)\s+(?:familiar\s+with|close\s+to|with\s+knowledge\s+of|briefed\s+on)\b"
)
# (Round 13) Any plural group under a quantifier, however it is placed and however its verb is built: "Several
# teachers we spoke to believe …", "Some fund managers at the conference warned …", "Some of the dealers here reckon
# …", "Several investors in the room privately put …", "some hedge funds have been betting that …", "several
# analysts on this call have predicted …" — a quantifier names nobody, whatever the noun after it.
UNNAMED_SOME = _words(
    r"^[\s\W]*(?:and\s+|but\s+|while\s+)?(?:some|many|most|several|a\s+few|few|other"
    # "Plenty of economists think …", "A growing number of dealers expect …", "Lots of growers say …"
    r"|plenty\s+of|lots\s+of|a\s+lot\s+of|a\s+(?:growing\s+|large\s+|small\s+)?number\s+of|a\s+handful\s+of"
    r"|(?:a|the)\s+majority\s+of|more\s+and\s+more)(?:\s+of\s+the)?\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:[a-z]{3,}s|people|folk)"
    r"(?:\s+(?:at|in|on|across|around|along|from)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+"
    r"|\s+(?:we|i)\s+(?:spoke|talked|interviewed|surveyed|asked)(?:\s+(?:to|with))?|\s+here|\s+there)?"
    r"(?:\s+(?:privately|publicly|openly|now|still|also|already|quietly|increasingly))?"
    # "Some roasters are saying …", "a few dealers were betting …"
    r"(?:\s+(?:have|has|are|were)(?:\s+been)?)?"
    r"\s+(?:say|said|argue[sd]?|believe[sd]?|reckon(?:ed)?|expect(?:ed)?|predict(?:ed)?|warn(?:ed)?|fear(?:ed)?|think"
    r"|thought|bet|betting|put|claim(?:ed)?|insist(?:ed)?|saying|predicting|warning|arguing|expecting|suggest(?:ed)?"
    r"|telling|pricing|price[sd]?|keep\s+(?:saying|telling|warning))\b"
    # The crowd that writes in or is heard, and the odds a bookmaker lays: "Listeners write in saying …", "You will
    # hear people say …", "Bookmakers make them favourites".
    r"|^[\s\W]*(?:listeners|readers|callers|viewers|fans|people|voters)\s+(?:write|call|ring|email|tell)\s+(?:in\s+)?"
    r"(?:[\w'’-]+\s+){0,4}?(?:saying|to\s+say|that)\b"
    r"|\byou(?:['’]ll|\s+will)\s+hear\s+(?:people|some|many|others|critics|it)\s+(?:say|argue|claim|said)\b"
    r"|^[\s\W]*(?:bookmakers|bookies|punters)\s+(?:make|have|rate|price|put)\b"
)

# (Review) The speaker's own view after an unnamed one in the same sentence is said by the speaker: "I keep hearing
# that prices will fall next year, and I think they will" (the unnamed view stays out).
_OWN_VIEW_AFTER = re.compile(
    r"^[\s“‘\"']*(?:(?:and|but)\s+)?(?:I|we)\s+(?:still\s+|do\s+|personally\s+)?(?:think|expect|believe|reckon|suspect"
    r"|agree|doubt|predict|bet)\b"
)


def ends_the_unnamed_en(language: str, governing: str | None, words: str) -> bool:
    """Does ``words``, a clause after an unnamed view that governs it, give the speaker's own view instead?"""
    return language == "en" and governing == "unnamed view" and _OWN_VIEW_AFTER.match(words) is not None
