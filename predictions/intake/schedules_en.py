"""English schedules and plans that read like forecasts: events held and hosted, documents published, openings and
closures a body sets, production it starts, its own network and programmes, decisions relayed, what a law obliges
("will be held", "will publish its results", "plans to", "will reopen in the spring", "will be chosen by 2030").
``lookalikes_en`` names a clause that matches a "schedule" unless a verb of forecasting or odds stand over it
("predicted that the region would host another event before 2031"). Searched in the folded clause (``folding``).
"""

from __future__ import annotations

from predictions.intake.folding import folded

SCHEDULE = folded(
    r"\b(?:will|to|would)\s+(?:be\s+)?(?:held|hosted|convened|staged|streamed|broadcast|published\s+on|unveiled\s+on"
    # (Round 12) A broadcast's schedule: "the game will be shown live", "will be televised on Sunday".
    r"|shown\s+(?:live|on)|televised|aired|screened"
    r"|announced\s+on|released\s+on|launched\s+on|opened\s+on)\b"
    r"|\b(?:will|to|would)\s+(?:take\s+place|convene|visit|attend|travel|host|meet\s+with|hold\s+(?:a|an|its"
    # (Round 12: not a seat or a lead kept, an outcome: "Labour would hold the city", "will hold their lead".)
    r"|the|their|his|her)(?!\s+(?:city|seat|seats|lead|title|majority|ward|constituency|district|state|line|edge)\b)"
    r"|deliver\s+(?:a|the|his|her)\s+(?:speech|address|keynote|remarks)|speak\s+(?:at|to|before)|address\s+the|headline"
    r"|preside|chair|retire|step\s+down|resign|join\s+(?:the|as)|be\s+(?:sworn|inaugurated|chaired|led)"
    # Taking part in talks is a delegation's schedule: "will join talks in Bergen next week".
    r"|(?:join|attend|resume)\s+(?:\w+\s+){0,2}?(?:talks|negotiations|meetings?|summit|hearings?)"
    r"|take\s+effect|come\s+into\s+(?:force|effect)|go\s+on\s+sale|be\s+available\s+(?:from|on|in\s+stores)"
    r"|open\s+(?:on|its\s+doors)|(?:begin|start|resume|reopen|close|open)\s+on\s+(?=\d)"
    r"|run\s+(?:from|until|through)"
    r"|vote\s+on|hold\s+talks|publish\s+(?:its|the|their)|release\s+(?:its|the|their)\s+(?:results|earnings"
    r"|report|figures|data)"
    r"|announce\s+(?:its|the|their)\s+(?:results|earnings|decision))\b"
    r"|\b(?:takes?|took)\s+effect\b|\bcomes?\s+into\s+(?:force|effect)\b|\bgoes\s+on\s+sale\b|\b(?:is|are)\s+held\b"
    # An event's own calendar in the present tense: "The race finishes in Paris on July 27".
    r"|\b(?:race|season|tournament|match|game|summit|meeting|conference|festival|election|vote|talks|hearing|trial"
    r"|ceremony|tour|championship|league|series|cup|games|olympics|session|congress|visit|exhibition|fair|show)\s+"
    # (README hedges: not the noun after an article, "an election before the end of 2027 is more likely than not".)
    r"(?:(?!that\b|which\b)\w+\s+){0,2}?(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?:starts?|begins?|ends?|finish(?:es)?|opens?|closes?|runs?|takes\s+place|resumes?|kicks\s+off"
    r"|tips\s+off|concludes?|returns?|heads?\s+to|moves?\s+to)\b"
    # (Not how it ends: "the summit will end without a deal", "the talks end in deadlock".)
    r"(?!\s+(?:without\s+(?:a|an|any)|in\s+(?:deadlock|stalemate|failure|acrimony|a\s+draw|a\s+stalemate"
    r"|a\s+deadlock))\b)"
    # (Round 16: not the level it ends at, "expects the season to finish at about $4.2 billion".)
    r"(?!\s+(?:at|above|below|around|near|up|down|higher|lower)\s+(?:about\s+|around\s+|roughly\s+|some\s+)?"
    r"(?:[$£€]\s?\d|\d[\d.,]*\s*(?:%|percent|per\s+cent|billion|million|points)))"
    r"|\b(?:is|are|was|were)\s+(?:scheduled|slated|due|planned|set\s+to\s+be\s+held)\b|\bscheduled\s+(?:for|to)\b"
    r"|\b(?:plans?|planned|planning|intends?|intended|aims?|aimed|pledged|pledges|promised|promises|vowed|vows)\s+to\b"
    r"|\b(?:said|says|announced|confirmed|stated)\s+(?:on\s+\w+\s+)?(?:that\s+)?it\s+(?:will|would|plans"
    r"|is\s+planning)\b"
    # (What a firm says of its own profits is an outcome it forecasts, not an act it decides: "says it will be
    # profitable in 2027", "said it would return to profit next year".)
    r"(?!\s+(?:be\s+(?:profitable|loss-making|cash-flow\s+positive|in\s+(?:profit|the\s+black|the\s+red))"
    r"|(?:turn|make|post|report)\s+(?:an?\s+)?(?:\w+\s+)?(?:profit|loss)|break\s+even"
    r"|return\s+to\s+(?:profit|profitability|growth)|swing\s+to\s+(?:a\s+)?(?:profit|loss))\b)"
    # Openings, closures and availability a body sets: "the museum will reopen in the spring", "schools will close
    # for the summer on July 18", "customers will be able to order the phone from Friday".
    r"|\b(?:will|to|would)\s+(?:re)?open\s+(?:its\s+doors\s+)?(?:in|on|next|this|after|from|early|later)\b"
    r"|\bclose\s+for\s+(?:the\s+)?(?:summer|winter|holidays?|christmas|easter|season|day|weekend)\b"
    r"|\bwill\s+be\s+able\s+to\s+(?:order|buy|book|apply|download|pre-?order|register|sign\s+up|watch|stream)\b"
    # Commissioning: "our first unit will come online in 2031", "the line will enter service in May".
    r"|\b(?:will|would|to|going\s+to)\s+(?:come\s+online|go\s+live|enter\s+(?:commercial\s+)?service)\b"
    r"|\b(?:will|would|to|going\s+to)\s+(?:be\s+)?(?:publish(?:ed)?|present(?:ed)?|release[ds]?"
    r"|announce[ds]?|report(?:ed)?\s+(?:on|back|to|its|their|the|his|her|results|earnings|figures|data|first|full"
    r"|[\w-]+[- ](?:quarter|half|year)\s+(?:results|earnings|figures)"
    # (Round 11) "will report annual results on 28 August", "will report interim figures in July".
    r"|(?:annual|interim|quarterly|preliminary|final)\s+(?:results|earnings|figures|accounts))"
    r"|unveil(?:ed)?"
    r"|set\s+out|submit(?:ted)?|file[ds]?|debated?|launch(?:ed)?|introduced?|reviewed?|retired"
    r"|decommissioned|completed)\b|\b(?:will|would|to)\s+be\s+spread\b"
    r"|\bbe\s+(?:open|closed|available|on\s+display|on\s+sale)\b|\bas\s+(?:planned|scheduled)\b|\bon\s+schedule\b"
    r"|\bpromis(?:e|es|ed)\b|\b(?:is|are|was|were|been)\s+promising\b|\bpledge[sd]?\b|\bpledging\b"
    r"|\b(?:committed|commits?|committing)\s+to\b"
    # Documents and decisions an organisation issues, production it starts, places people travel to.
    r"|\b(?:will|to|would)\s+(?:issue|update|confirm)\s+(?:its|their|the|his|her)\s+(?:[\w-]+\s+){0,3}?(?:guidance"
    r"|report|statement|decision|ruling|forecasts?|outlook|results|figures|data|verdict|findings|recommendations?|response"
    r"|counts?|tally|numbers|estimates?|assessment|advice|update|list|rankings?)\b"
    r"|\b(?:start|starts|begin|begins|commence|commences)\s+(?:commercial\s+)?(?:production|operations|construction"
    r"|work|trading|service|deliveries|shipments|mining|drilling|(?:volume|mass|full)\s+(?:production|shipments)"
    r"|(?:making|producing|building|shipping|selling|delivering|operating)\s+(?!(?:an?\s+)?(?:profits?|money|loss(?:es)?)\b)"
    r"\w+)\b"
    r"|\b(?:board|committee|council|cabinet|regulator|ministry|department|agency|government|court|panel|commission"
    r"|parliament|senate|house|assembly|tribunal|inquiry)\s+(?:will|is\s+to|is\s+going\s+to)\s+(?:look\s+at"
    r"|consider|review|discuss|decide|examine|take\s+up|hear|debate|rule\s+on|vote\s+on|sit|reconvene|meet)\b"
    # A document a body issues on a date, in the present tense of its calendar: "NICE publishes its final draft
    # guidance on 18 March", "the ministry releases the figures next Tuesday".
    r"|\b(?:publishes|releases|issues|unveils|presents|sets\s+out|announces|reports|lays\s+out)\s+(?:its|their|the|his"
    r"|her)\s+(?:[\w-]+\s+){0,4}?(?:guidance|report|results|figures|data|decision|ruling|statement|budget|review"
    r"|forecasts?|outlook|verdict|findings|recommendations?|accounts|update|list|minutes|plan|strategy|proposals?"
    r"|white\s+paper|green\s+paper|consultation)\s+(?:on|in|next|this|at|later|by)\b"
    r"|\bexpected\s+to\s+(?:become\s+law|take\s+effect|come\s+into\s+force|be\s+(?:passed|approved|signed|enacted))\b"
    r"|\b(?:it|the\s+company|the\s+firm|the\s+group|the\s+bank|the\s+carmaker)\s+(?:will|would|plans\s+to|is\s+going\s+to)"
    r"\s+(?:also\s+)?(?:open|launch|build|hire|start|begin|release|introduce|close|invest|spend|acquire|buy|sell)\b"
    r"|\bannounced\s+plans\b"
    # Relayed schedules and decisions: "Openreach has told my parish council that it will finish the work by June",
    # "Airbus has told us to expect 11 of the 14", "a solution will be chosen by 2030", "the fee will double next
    # year under a decision taken by the council", "the scheme will open for applications on 1 April", "the debate
    # will resume", "the stamp duty changes come in next April", "says its next Xbox will play …" (its own product).
    r"|\btold\s+(?:us|me|(?:my|our)\s+(?:[\w-]+\s+){0,2}?\w+)\s+(?:to\s+expect|(?:that\s+)?(?:it|they)(?:['’]ll|\s+will"
    r"|\s+would|['’]d)\s+(?:finish|complete|deliver|open|start|begin|launch|ship|arrive|install|connect|repair|fix"
    r"|be\s+(?:ready|finished|completed|delivered|open)))\b"
    r"|\bwill\s+be\s+(?:chosen|decided|selected|named|picked|commissioned|finali[sz]ed|confirmed)\b"
    r"|\bunder\s+(?:a|the)\s+(?:[\w-]+\s+)?(?:decision|plan|rules?|law|scheme|agreement|deal|reform|lock|formula"
    r"|mechanism|indexation|settlement)\b"
    # A rater's own revision: "likely to revise its sector outlook to negative", "will downgrade its rating".
    r"|\b(?:revise|downgrade|upgrade)\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:outlook|ratings?)\b"
    r"|\bafter\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:regulator|government|council|board|court|ministry|parliament|congress)"
    r"\s+(?:approved|agreed|decided|ruled|voted)\b"
    r"|\b(?:will|to|would)\s+confirm\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:times?|dates?|schedule|venues?"
    r"|details|squad|line-?up|decision|plans?|fixtures?|programme)\b"
    r"|\b(?:open|close)\s+for\s+(?:applications|bids|business|entries|bookings|submissions)\b"
    r"|\b(?:debate|hearing|talks|trial|session|meeting|sitting|inquiry)\s+will\s+(?:resume|continue|reconvene|adjourn)\b"
    r"|\b(?:changes?|rules?|regulations?|law|tax|duty|cap|ban|levy|fee)\s+(?:comes?|come)\s+in\b"
    r"|\b(?:says|said|announced|confirmed)\s+(?:that\s+)?its\s+(?:next|new|upcoming|forthcoming)\b"
    # A body's own network and programmes: "will add three routes from May", "would extend the programme to …";
    # what a law obliges: "The Bill will require schemes to hold …".
    r"|\bwill\s+(?:add|launch|open|start|cut|drop|suspend|resume)\s+(?:\w+\s+){0,3}?(?:routes?|flights?|services"
    r"|stores|branches|shops|outlets|destinations)\b"
    # (Round 11) What it adds to its own fleet or network: "will add 40 buses to its fleet this year".
    r"|\bwill\s+add\s+(?:[\w,.-]+\s+){1,4}?to\s+(?:its|their|our)\s+(?:fleet|network|estate|portfolio)\b"
    r"|\b(?:will|would)\s+(?:extend|expand|widen|roll\s+out)\s+(?:the|its|their|this)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:programme|program|scheme|service|campaign|trial|rollout)\b"
    r"|\b(?:bill|act|law|rules|regulations?|directive|legislation)\s+will\s+(?:require|oblige|force|ban|prohibit"
    r"|mandate)\b"
    r"|\bthe\s+(?:summit|conference|meeting|ceremony|festival|election|vote|event"
    r"|launch|hearing|trial|games|olympics|tournament|match|talks)\s+(?:will|is\s+to)\b"
    # (Not how it turns out: "the vote will go against the government", "the election will be close", "the talks
    # will fail".)
    r"(?!\s+(?:not\s+|probably\s+|likely\s+|almost\s+certainly\s+)?(?:go\s+(?:against|to|for|the\s+way|in\s+favou?r|badly"
    r"|well)|be\s+(?:close|tight|won|lost|decided|a\s+(?:\w+\s+)?(?:win|defeat|landslide|rout|disaster|success|failure"
    r"|draw|referendum)|an?\s+(?:\w+\s+)?(?:upset|landslide))|fail|collapse|succeed|break\s+down|stall|end\s+in|end\s+without"
    r"|produce|result\s+in|swing|favou?r|hand|deliver\s+(?:a|an)\s+(?!speech|address)|turn\s+on|hinge\s+on|come\s+down\s+to"
    r"|boost|hurt|lift|cost)\b)"
)

# (Round 11) A plan judged by someone else: whether a target, a pledge or a deadline will be met is a forecast of its
# outcome, not the plan ("the pledge of 300,000 homes a year will not be met", "its 2030 goal is likely to be missed").
PLAN_JUDGED = folded(
    r"\b(?:targets?|goals?|pledges?|promises?|commitments?|deadlines?|ambitions?)\b(?:[^.;]|\.\d){0,80}?"
    r"\b(?:will|won['’]t|would|wouldn['’]t|(?:is|are)\s+(?:un)?likely\s+to)\s+(?:not\s+|never\s+|probably\s+(?:not\s+)?)?"
    r"(?:be\s+)?(?:met|missed|hit|achieved|reached|kept|broken|delivered|slip|slips)\b"
    # The verb first: "the government will not meet its 1.5 million homes pledge by 2029", "is likely to miss its
    # deficit target".
    r"|\b(?:will|won['’]t|would|wouldn['’]t|(?:is|are)\s+(?:un)?likely\s+to|(?:is|are)\s+(?:not\s+)?going\s+to)\s+"
    r"(?:not\s+|never\s+|probably\s+(?:not\s+)?|comfortably\s+|easily\s+)?(?:meet|miss|hit|achieve|reach|keep|break"
    r"|deliver\s+on|fall\s+short\s+of|honou?r|beat|exceed|overshoot|undershoot)\s+(?:its|their|the|his|her|our|this|that)\s+"
    r"(?:[\w.,%-]+\s+){0,4}?(?:targets?|goals?|pledges?|promises?|commitments?|deadlines?|ambitions?)\b"
)
