"""Line rules that open or label a region of chrome: the comments, share and
related-links widgets, a story's end matter, and the labels of boxes of links."""

from __future__ import annotations

from .line_rule import LineRule, rules_of_kind

# A comments region: the article is over, whatever comes before it.
COMMENTS_START_RULES: tuple[LineRule, ...] = rules_of_kind(
    "chrome_start",
    ("leave_a_reply", r"leave a (?:reply|comment|response)\W*"),
    (
        "comment_count",
        r"\d+\s+(?:comments?|responses?|replies|thoughts? on\b.*)"
        # "Comments 87", "Comments (14)": the label, then the count.
        r"|comments\s+\(?\d+\)?",
    ),
    ("comments_header", r"(?:comments?|join the (?:conversation|discussion)|post navigation)\s*:?"),
)

# Share and related-links widgets: trailing chrome once body text has been seen,
# but some sites also put them under the title, where they are a single line.
SHARE_START_RULES: tuple[LineRule, ...] = rules_of_kind(
    "share_start",
    ("spread_the_word", r"spread the word\W*"),
    ("share_this", r"share (?:this|the story|this (?:article|story|post|page))\s*:?"),
    ("like_this", r"like this\s*:?"),
    (
        "related_posts",
        # (a firm's or an institute's "Related Insights", "Related Research")
        r"related (?:posts|articles|stories|reading|news|content|coverage"
        r"|insights|research|publications|resources)\s*:?",
    ),
    ("you_may_also_like", r"you (?:may|might) also (?:like|enjoy|be interested in)\s*:?"),
    # "About the author", or its note on the same line ("About the author: Ann
    # Lee is a senior fellow …").
    ("about_the_author", r"about the (?:author|writer)s?\s*(?::\s*\S.*)?"),
)


# The end matter of a story: its end once most of the body has been read.
END_MATTER_RULES: tuple[LineRule, ...] = rules_of_kind(
    "end_matter",
    ("written_by", r"this (?:article|story|post) was written by\W*"),
    ("contact_the_reporter", r"to contact the (?:reporters?|editors?|authors?|writers?)\b.*"),
    ("media_contact", r"(?:media|press|investor) (?:contacts?|enquiries|inquiries)\s*:?"),
    (
        "more_information",
        r"(?:for (?:more|further)|further) information(?:,? (?:please )?contact)?\s*:?",
    ),
    ("more_by", r"more (?:articles|stories|posts|from) (?:by|from)?\b.*"),
    ("further_reading", r"further reading\s*:?"),
    (
        "forward_looking",
        r"(?:cautionary (?:note|statement) (?:regarding|on) )?forward[- ]looking statements?\s*:?",
    ),
)

# Labels of boxes of links or tools: the label and the lines run on after it.
BOX_LABEL_RULES: tuple[LineRule, ...] = rules_of_kind(
    "box_label",
    ("live", r"(?:live(?: ticker| updates?| blog| coverage| now)?|breaking(?: news)?|just in)\W*"),
    ("watch", r"(?:watch|watch now|watch live|video|videos|related video|up next)\W*"),
    (
        "trending",
        r"(?:trending(?: now| topics| stories)?|most (?:read|viewed|popular|shared|commented)"
        r"(?: from .{1,40}| today| this week| stories| articles)?|popular(?: now| stories)?"
        r"|top stories|latest(?: news| stories)?|editor['’]?s picks|recommended(?: for you| stories| reading)?|recent (?:posts|articles|stories|news)"
        r"|related (?:topics|media|links|videos|documents)|associated links"
        r"|(?:more|other) (?:news|features|press releases|news releases|media releases|reports"
        r"|(?:in )?pictures|galleries|photo galleries|videos)"
        r"|you might have missed|don['’]t miss|more on this(?: story)?|read next|site index)\s*:?",
    ),
    (
        "contents",
        r"(?:page |table of )?contents\s*:?|on this page\s*:?|in this (?:article|story|page|issue|edition|newsletter|bulletin)\s*:?|jump to\s*:?",
    ),
    (
        "tickers",
        r"(?:stock quotes?|related quotes|quotes in this (?:article|story)|tickers?|stocks? mentioned|mentioned in this (?:article|story)"
        r"|(?:related )?companies|people in this (?:article|story))\s*:?",
    ),
    ("tags_label", r"(?:tags|topics|tagged|related topics|filed under)\s*:?"),
    ("provided_by", r"(?:news )?provided by\b.*"),
    ("edited_by", r"edited by\s*:.*"),
    ("read_more_box", r"(?:read more|related|see also|also read|read next|more)\s*:"),
    (
        "newsletter_box",
        r"(?:subscribe|sign up|register)\b.*\b(?:newsletters?|brief(?:ing)?|digest|updates|alerts|inbox|emails?)\b.*"
        r"|get (?:our|the) (?:free )?(?:[\w&'’-]+ ){0,4}(?:newsletter|briefing|daily|weekly|digest|bulletin)\b.*",
    ),
)
