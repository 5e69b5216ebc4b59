"""Line rules for the promos and notices that newsletters, guides, live pages
and portals print around a story: the mail's own links, prompts to the
reader, labelled promos ("Next guide: …", "Sponsored: …", "Trending: …"),
advice disclaimers and notices that a story is developing."""

from __future__ import annotations

from .line_rule import LineRule, rules_of_kind

# What a page promotes besides the story: its other pages of one kind.
_PAGE_KINDS = (
    r"(?:guides?|explainers?|galler(?:y|ies)|stor(?:y|ies)|articles?|posts?|episodes?|issues?"
    r"|videos?|podcasts?|newsletters?|briefs?|analys[ie]s|features?|reports?|slideshows?"
    r"|interviews?|notes?|pages?|pieces?)"
)

# What a publication calls itself on its masthead: "the official blog of",
# "The quarterly newsletter of".
_PUBLICATION_KINDS = (
    r"(?:blog|newsletter|e-?newsletter|bulletin|magazine|journal|podcast|digest|news service"
    r"|publication|website|e-?zine)"
)
_HOW_OFTEN = (
    r"(?:official|weekly|monthly|quarterly|daily|annual|members['’]?|e-?mail|online|news|flagship)"
)
_VERBS = r"said|says|published|publishes|reported|reports|is|was|will|has|had|are|were|would"
# A name in title case, case kept: "the American Specialty Metals Council".
_TITLED_NAME = r"(?:the\s+)?(?-i:[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|and|for|the|on|&))*)"

NOTICE_RULES: tuple[LineRule, ...] = rules_of_kind(
    "boilerplate",
    # "TRADEOLOGY, the official blog of the International Trade Administration",
    # "The quarterly newsletter of the …": a masthead's self-description.
    (
        "publication_of",
        rf"(?:[\w&'’.-]+(?:\s+[\w&'’.-]+){{0,4}},\s+)?(?:the|an?)\s+(?:{_HOW_OFTEN}\s+){{0,2}}"
        rf"{_PUBLICATION_KINDS}\s+(?:of|from|for|by)\s+{_TITLED_NAME}\W*"
        # "A blog about minerals and the state": a tagline saying what it covers.
        # (no verb in it: "A blog on Tuesday published …" reports).
        rf"|(?!.*\b(?:{_VERBS})\b)an?\s+(?:{_HOW_OFTEN}\s+){{0,2}}{_PUBLICATION_KINDS}"
        r"\s+(?:about|on|covering)(?:\s+[\w&'’,-]+){1,10}",
    ),
    # A newsletter's mail: "View in browser", "You are receiving this email because …".
    (
        "mail_links",
        r"(?:view|read|open) (?:this (?:email|newsletter|issue) |it |online )?(?:in|on) (?:your |a |the )?"
        r"(?:browser|web)\W*|(?:trouble viewing|can['’]t see) this (?:email|newsletter)\b.*"
        r"|you(?: are|['’]re) receiving this (?:email|newsletter|message)\b.*"
        # A bulletin service's own lines: "You are subscribed to X. This information
        # has recently been updated…", "This service is provided to you at no charge by X."
        r"|you(?: are|['’]re) (?:subscribed|signed up) to\b.{3,200}"
        r"|this (?:service|email|message|bulletin) (?:is|was) (?:provided|sent) to you\b.{0,160}"
        r"|unsubscribe(?: here)?\W*|(?:update|manage) (?:your )?(?:email )?preferences\W*",
    ),
    # "Read the full issue on our website", "Read the whole interview at …".
    (
        "full_piece",
        rf"read the (?:full|original|whole|rest of the|complete) {_PAGE_KINDS}\b.{{0,80}}",
    ),
    # "Next guide: How a separation plant works", "Previous gallery: …", "Sponsored: …".
    (
        "labelled_promo",
        rf"(?:next|previous|more|latest|another|related|recommended|popular) {_PAGE_KINDS}\s*[:|–—»]\s*\S.{{0,120}}"
        r"|(?:sponsored|promoted|partner content|advertorial|paid (?:post|content)|presented by)"
        r"\s*[:|–—·]\s*\S.{0,160}"
        # "Ad · Orbit Shopping: Winter deals": an ad's label in capitals or title case.
        r"|(?-i:AD|Ad)\s*[:|·]\s*\S.{0,160}",
    ),
    # "Read more explainers", "See all guides", "More stories like this".
    (
        "more_pages",
        rf"(?:read|see|view|browse|explore) (?:more|all|our(?: other)?) {_PAGE_KINDS}\W*"
        rf"|more {_PAGE_KINDS} (?:like this|from us|on this)\W*",
    ),
    # "Trending: tariffs, rare earths", "Hot topics: …": a label and its links.
    (
        "topics_strip",
        r"(?:trending(?: now| topics)?|hot topics|popular topics|suggested topics|in the news"
        r"|top searches)\s*:\s*.{0,140}|suggested topics\W*",
    ),
    # "This article is for information only and is not investment advice."
    (
        "advice_disclaimer",
        r".{0,120}\b(?:is|are|does) not (?:intended (?:as|to be) |constitute |to be (?:construed|taken) as )?"
        r"(?:investment|financial|legal|tax|trading) advice\b.{0,240}",
    ),
    # "Neither the TSX Venture Exchange nor its Regulation Services Provider … accepts
    # responsibility for the adequacy or accuracy of this release.": a listed junior's
    # standing notice, no news of the exchange.
    (
        "exchange_disclaimer",
        r"neither (?:the )?.{2,60}? nor its regulation services provider\b.{0,200}"
        r"\baccepts? responsibility\b.{0,120}",
    ),
    # "This story is developing and will be updated.", "More to follow."
    (
        "developing",
        r"(?:this (?:is a )?(?:story|article|post|report) (?:is )?(?:developing|breaking)|developing story"
        r"|this (?:story|article|post|page) will be updated)\b.{0,60}|more to follow\W*",
    ),
    # "ALERT: Winter storm warning from 4 p.m. Get the latest forecast.": a
    # banner over the page, labelled in capitals or as a kind of alert.
    (
        "alert_banner",
        r"(?-i:(?:[A-Z]+ )?ALERT)\s*:\s*\S.{4,200}"
        r"|(?:weather|traffic|storm|severe weather|travel|amber) alert\s*:\s*\S.{4,200}",
    ),
    # "Generated by AI from the original story and reviewed by editors. It may
    # contain errors.": the note under a machine-written summary.
    (
        "ai_notice",
        r"(?:this (?:summary|text) (?:was |is )?)?(?:generated|created|produced|written|summari[sz]ed)"
        r" (?:by|with|using) (?:an? )?(?:ai|artificial intelligence)\b.{0,160}",
    ),
    # "Was this guide helpful? Yes / No", "Report an error", "Cite this publication".
    (
        "page_tools",
        rf"was this {_PAGE_KINDS} (?:helpful|useful)\b.{{0,30}}"
        r"|report an? (?:error|typo|mistake|correction|issue|problem)\W*"
        r"|report this (?:article|post|comment|profile|page)\W*"
        r"|(?:suggest|submit) a correction\W*"
        r"|cite this (?:article|page|publication|paper|report|brief|note|story|post|commentary"
        r"|analysis|briefing|insight|research|document|blog|item)\W*|how to cite(?: this \w+)?\W*"
        r"|suggested citation\W*|download (?:this|the) (?:chart|table|figure|graph|map|data(?:set)?)\W*"
        r"|reprints?(?: (?:&|and) permissions)?\W*|licen[cs]e this (?:article|content|story)\W*"
        r"|share this \w+\W*|copy (?:the )?short (?:url|link)\W*",
    ),
    # "What do you think? Let us know in the comments below.", "Have your say".
    (
        "comment_prompt",
        r"(?:what do you think\W*)?(?:let us know|tell us|share your (?:thoughts|views|opinion))\b.{0,60}"
        r"\b(?:comments?|below)\b.{0,40}|have your say\W*",
    ),
)
