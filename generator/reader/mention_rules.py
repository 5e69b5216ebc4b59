"""The outlets a page names in passing, as named rules with priorities.

Each rule is a name, the priority of what it finds as the page's source (lower
wins), and a pattern whose first matching group is the outlet: a copyright line,
"first appeared in", "Read the full article on", a publisher's note, an app's or
a newsletter's name, the story's address, a note on the writer naming the outlet
written for. `mentions` reads them.
"""

from __future__ import annotations

import re

# A writer's name and job, in a note on the writer.
_WRITER = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,3}"
_JOURNALIST = r"(?:reporter|correspondent|editor|writer|columnist|journalist)"

# Outlets a page names in passing: (priority, pattern with the name).
MENTION_RULES: tuple[tuple[str, int, re.Pattern[str]], ...] = (
    (
        "copyright",
        4,
        re.compile(
            r"(?:(?:copyright|©|ⓒ|\(c\))\s*)+(?:\d{4}[,.]?\s*(?:[-–—]\s*)?)?"
            # ("© 2026. Published by X Media Holding.": the publisher's verb is no name)
            r"(?:(?:published|owned|operated|produced) by\s+)?(?P<name>[^|]{2,60}?)(?:[.,](?:\s|$)|,|\s*\||\s+all rights|\s+(?:or|and) its\s|\s*$)",
            re.IGNORECASE,
        ),
    ),
    (
        "first_published",
        3,
        re.compile(
            r"(?:(?:originally|first) (?:published|appeared|posted) (?:by|on|in|at)"
            r"|(?:reprinted|republished|reproduced) (?:with (?:the )?permission )?(?:from|by|of)"
            r"|(?:syndicated|adapted) from|appeared first (?:on|in|at)|(?:originally|first) ran (?:in|on|at)"
            r"|version of this (?:article|story|report) (?:was )?(?:first )?(?:published|appeared|ran) (?:by|in|on|at)"
            # "This story was first reported by X.", "This content was produced by X …"
            r"|(?:originally|first) reported (?:by|in|on)|(?:content|article|story|report|piece) was produced by)"
            # (a site by its address: "first appeared on www.eastafricaminer.co.tz")
            r" (?P<name>(?:https?://)?(?:www\d?\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:/\S*)?"
            r"|(?:the )?[A-Z][^.,;(]{1,50}?)(?:\s+(?:on|in)\s+[^.]*)?"
            # "… produced by Ore Weekly for Harbour Gazette": not the outlet it was made for.
            r"(?:\s+for\s+[^.]*)?"
            # "… on Policy Lens, an independent site for …": the outlet described.
            r"(?:,\s+(?:a|an|the)\s+[^.]*)?"
            # "… from The Conversation under a Creative Commons license."
            r"(?:\s+under\s+[^.]*)?"
            # "… by X and is republished here with permission."
            r"(?:\s+and\s+(?:is|was|has been)\s+[^.]*)?(?:\W*$|\.\s+\S.*)",
            re.IGNORECASE,
        ),
    ),
    (
        # "Read the original article on Ore Weekly.": where the story first ran.
        "original_article_on",
        3,
        re.compile(
            r"read the original (?:article|story|post) (?:on|at|in) (?P<name>.{2,60}?)\W*$", re.I
        ),
    ),
    (
        "full_article_on",
        8,
        re.compile(
            r"read (?:the (?:full|original) (?:article|story)|more|the rest) (?:on|at) (?P<name>.{2,60}?)"
            r"(?::?\s+https?://\S+)?\W*$",
            re.IGNORECASE,
        ),
    ),
    (
        "with_inputs_from",
        11,
        re.compile(r"\(?with inputs from (?P<name>[A-Z][\w .&'’-]{1,40}?)\)?\W*$", re.IGNORECASE),
    ),
    (
        "site_named_in_furniture",
        10,
        re.compile(
            r"^(?:(?i:(?:read )?more|latest|most read|most popular|top stories) (?i:from|on|at) (?P<name>[A-Z].{1,40}?)"
            r"|(?i:follow) (?P<follow>[A-Z].{1,40}?) (?i:on) (?i:x|twitter|facebook|linkedin|instagram"
            r"|google news|whatsapp|telegram|youtube)\b.*"
            r"|(?i:subscribe to|sign up for|get) (?:the )?(?P<letter>[A-Z].{1,40}?)(?:['’]s)?"
            r" (?i:free )?(?i:newsletters?|daily|weekly|briefing|app)\b.*"
            r"|(?i:why you can trust) (?P<trust>[A-Z].{1,40}?)"
            r"|(?i:advertise with|contact|about) (?P<about>(?:the )?[A-Z].{1,40}?))\W*$",
        ),
    ),
    (
        "provided_by",
        3,
        re.compile(
            r"(?:(?:content|article|story|report|text) (?:provided|supplied|syndicated|distributed)"
            r"|^(?:provided|supplied))"
            r" by (?P<name>(?:the )?[A-Z][^.;(]{1,50}?)\W*$",
            re.IGNORECASE,
        ),
    ),
    (
        "copyright_after",
        4,
        re.compile(r"^(?P<name>[A-Z][\w&'’ .-]{1,50}?)\s*(?:©|ⓒ|\(c\))\s*(?:(?:19|20)\d{2})?\W*$"),
    ),
    (
        "shared_from",
        6,
        re.compile(
            r"(?:check out|read) this (?:article|story) (?:from|on|in) (?P<name>[A-Z].{1,40}?)\s*:?$"
            r"|(?:sent|shared) (?:from|via) (?:the )?(?P<app>[A-Z].{1,40}?) app\b",
            re.IGNORECASE,
        ),
    ),
    (
        "newsletter_masthead",
        6,
        re.compile(
            r"you['’]re reading (?P<name>[A-Z].{1,60}?), (?:a|an|the) .{0,40}newsletter", re.I
        ),
    ),
    (
        "print_header",
        5,
        re.compile(
            r"^\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}\s*(?i:[ap]m)?\s+.+\s\|\s+(?P<name>[^|]{2,50}?)\s*$"
        ),
    ),
    (
        "publisher_note",
        4,
        re.compile(
            r"^published by (?P<by>(?:the )?[A-Z][^,.;]{1,50}?), (?:a|an|the) \w+ of\b",
            re.IGNORECASE,
        ),
    ),
    (
        # "Gridline is published by Fenwick Media Ltd": the publication named,
        # over its owner's copyright line.
        "published_by_note",
        3,
        re.compile(
            r"^(?P<name>(?:the )?[A-Z][\w&'’ .-]{1,50}?) is (?:published|produced|owned|operated) by\b"
            # "Harbour Gazette is a publication of Westline Media Ltd."
            r"|^(?P<of>(?:the )?[A-Z][\w&'’ .-]{1,50}?) is (?:a|an) (?:[\w-]+ )?(?:publication|brand|title|imprint) of\b",
            re.IGNORECASE,
        ),
    ),
    (
        "discover_more",
        6,
        re.compile(r"^discover more from (?P<name>[A-Z].{1,60}?)\W*$", re.IGNORECASE),
    ),
    (
        "open_in_app",
        9,
        re.compile(r"^open (?:it |this )?in (?:the )?(?P<name>[A-Z].{1,40}?) app\b", re.IGNORECASE),
    ),
    (
        # "This story is from our partner, Andean Metals Journal."
        "from_our_partner",
        3,
        re.compile(
            r"(?:this (?:story|article|report) (?:is|comes) )?from our (?:content )?partners?(?: at)?,?\s+"
            r"(?P<name>(?:the )?[A-Z][^.,;]{1,50}?)\W*$",
            re.IGNORECASE,
        ),
    ),
    (
        # "Mining Herald. All rights reserved.": the holder before the notice.
        "reserved_after",
        4,
        re.compile(r"^(?P<name>[A-Z][^.©|]{1,50}?)[.,]?\s+all rights reserved\W*$", re.IGNORECASE),
    ),
    (
        # "Follow Mining Herald", "Mining Herald on Twitter", "Support Mining
        # Herald", "Mining Herald is a registered trademark of …": the site
        # named by its own furniture.
        "site_furniture",
        10,
        re.compile(
            # (a network after "Follow X" is the older rule's: "Follow X on LinkedIn")
            # ("Follow Kalahari Mining Journal on" over a column of networks)
            r"^(?:(?i:follow|support|like what you read\? support) (?!.* (?i:on) )(?P<follow>[A-Z].{1,40}?)(?:\s+(?i:on))?"
            r"|(?!(?i:follow)\b)(?P<network>[A-Z][\w&'’ .-]{1,40}?) (?i:on (?:x|twitter|facebook|linkedin|instagram|youtube|telegram|whatsapp))"
            r"|(?P<mark>[A-Z][\w&'’ .-]{1,40}?) (?i:is a (?:registered )?trademark of)\b.*)\W*$"
        ),
    ),
    (
        "welcome_to",
        6,
        re.compile(r"^welcome to (?P<name>(?:the )?[A-Z][^,.!]{1,50}?), (?:your|the|a|an) ", re.I),
    ),
    (
        # A story's address pasted under it: the site by its host.
        "bare_address",
        9,
        re.compile(
            r"^(?P<name>https?://[\w.-]+\.[a-z]{2,}/[\w%-]+(?:/[\w%.-]+)+/?)$", re.IGNORECASE
        ),
    ),
    (
        "link_line",
        4,
        re.compile(
            r"^(?:(?:article|story|original|source|permanent)\s+)?(?:link|url|address|permalink)\s*:\s*"
            r"(?P<name>https?://\S+)$",
            re.IGNORECASE,
        ),
    ),
    # "(END) Dow Jones Newswires": the wire's end mark, with its name.
    ("end_mark", 3, re.compile(r"^\(END\)\s+(?P<name>[A-Z][\w&.' -]{1,40}?)\W*$")),
    ("app_of", 9, re.compile(r"download (?P<name>(?:the )?.{2,40}?) app\b", re.IGNORECASE)),
    ("most_read_from", 9, re.compile(r"most read from (?P<name>.{2,40}?)\W*$", re.IGNORECASE)),
    ("thanks_for_reading", 9, re.compile(r"thanks for reading (?P<name>.{2,40}?)!", re.IGNORECASE)),
    ("outlet_disclosure", 9, re.compile(r"(?P<name>[A-Z][\w ]{2,40}?)['’]s (?i:disclosure)\b")),
    (
        # "Jane Doe is a reporter for The Harbour Gazette.", "… is Gridline's
        # Asia editor": the writer's note names the outlet, when nothing else does.
        "writer_of_outlet",
        11,
        re.compile(
            rf"^{_WRITER} is (?:(?:a|an|the)\s+)?(?:[\w-]+\s+){{0,3}}{_JOURNALIST}"
            r" (?:for|at|with) (?P<name>(?:the )?[A-Z][^.,;]{1,50}?)(?=[.,;]|\s+(?:based|in|and|who|since|covering|covers|where|focusing|reporting|writing)\b|$)"
            rf"|^{_WRITER} is (?P<poss>[A-Z][\w&'’ .-]{{1,40}}?)['’]s (?:[\w-]+\s+){{0,3}}{_JOURNALIST}\b"
        ),
    ),
)
