"""Line rules that open or label a region of chrome: the comments, share and
related-links widgets, a story's end matter, and the labels of boxes of links."""

from __future__ import annotations

from .line_rule import LineRule, whole_line

# A comments region: the article is over, whatever comes before it.
COMMENTS_START_RULES: tuple[LineRule, ...] = (
    LineRule("leave_a_reply", "chrome_start", whole_line(r"leave a (?:reply|comment|response)\W*")),
    LineRule(
        "comment_count",
        "chrome_start",
        whole_line(r"\d+\s+(?:comments?|responses?|replies|thoughts? on\b.*)"),
    ),
    LineRule(
        "comments_header",
        "chrome_start",
        whole_line(r"(?:comments?|join the (?:conversation|discussion)|post navigation)\s*:?"),
    ),
)

# Share and related-links widgets: trailing chrome once body text has been seen,
# but some sites also put them under the title, where they are a single line.
SHARE_START_RULES: tuple[LineRule, ...] = (
    LineRule("spread_the_word", "share_start", whole_line(r"spread the word\W*")),
    LineRule(
        "share_this",
        "share_start",
        whole_line(r"share (?:this|the story|this (?:article|story|post|page))\s*:?"),
    ),
    LineRule("like_this", "share_start", whole_line(r"like this\s*:?")),
    LineRule(
        "related_posts",
        "share_start",
        whole_line(r"related (?:posts|articles|stories|reading|news|content|coverage)\s*:?"),
    ),
    LineRule(
        "you_may_also_like",
        "share_start",
        whole_line(r"you (?:may|might) also (?:like|enjoy|be interested in)\s*:?"),
    ),
    LineRule("about_the_author", "share_start", whole_line(r"about the author\s*:?")),
)


# The end matter of a story: its end once most of the body has been read.
END_MATTER_RULES: tuple[LineRule, ...] = (
    LineRule(
        "written_by", "end_matter", whole_line(r"this (?:article|story|post) was written by\W*")
    ),
    LineRule(
        "contact_the_reporter",
        "end_matter",
        whole_line(r"to contact the (?:reporters?|editors?|authors?|writers?)\b.*"),
    ),
    LineRule(
        "media_contact",
        "end_matter",
        whole_line(r"(?:media|press|investor) (?:contacts?|enquiries|inquiries)\s*:?"),
    ),
    LineRule(
        "more_information",
        "end_matter",
        whole_line(r"for (?:more|further) information(?:,? (?:please )?contact)?\s*:?"),
    ),
    LineRule(
        "more_by",
        "end_matter",
        whole_line(r"more (?:articles|stories|posts|from) (?:by|from)?\b.*"),
    ),
    LineRule("further_reading", "end_matter", whole_line(r"further reading\s*:?")),
    LineRule(
        "forward_looking",
        "end_matter",
        whole_line(
            r"(?:cautionary (?:note|statement) (?:regarding|on) )?forward[- ]looking statements?\s*:?"
        ),
    ),
)

# Labels of boxes of links or tools: the label and the lines run on after it.
BOX_LABEL_RULES: tuple[LineRule, ...] = (
    LineRule("live", "box_label", whole_line(r"(?:live|breaking(?: news)?|just in)\W*")),
    LineRule(
        "watch",
        "box_label",
        whole_line(r"(?:watch|watch now|watch live|video|videos|related video|up next)\W*"),
    ),
    LineRule(
        "trending",
        "box_label",
        whole_line(
            r"(?:trending(?: now| topics| stories)?|most (?:read|viewed|popular|shared|commented)"
            r"(?: from .{1,40}| today| this week| stories| articles)?|popular(?: now| stories)?"
            r"|top stories|latest(?: news| stories)?|editor['’]?s picks|recommended(?: for you| stories| reading)?|recent (?:posts|articles|stories|news)"
            r"|related (?:topics|media|links|videos)|you might have missed|don['’]t miss|more on this(?: story)?)\s*:?"
        ),
    ),
    LineRule(
        "contents",
        "box_label",
        whole_line(
            r"(?:page |table of )?contents\s*:?|on this page\s*:?|in this (?:article|story|page)\s*:?|jump to\s*:?"
        ),
    ),
    LineRule(
        "tickers",
        "box_label",
        whole_line(
            r"(?:stock quotes?|tickers?|stocks? mentioned|mentioned in this (?:article|story)"
            r"|(?:related )?companies|people in this (?:article|story))\s*:?"
        ),
    ),
    LineRule(
        "tags_label",
        "box_label",
        whole_line(r"(?:tags|topics|tagged|related topics|filed under)\s*:?"),
    ),
    LineRule("provided_by", "box_label", whole_line(r"(?:news )?provided by\b.*")),
    LineRule("edited_by", "box_label", whole_line(r"edited by\s*:.*")),
    LineRule(
        "read_more_box",
        "box_label",
        whole_line(r"(?:read more|related|see also|also read|read next|more)\s*:"),
    ),
    LineRule(
        "newsletter_box",
        "box_label",
        whole_line(
            r"(?:subscribe|sign up|register)\b.*\b(?:newsletters?|brief(?:ing)?|digest|updates|alerts|inbox|emails?)\b.*"
            r"|get (?:our|the) (?:free )?(?:newsletter|briefing|daily|weekly)\b.*"
        ),
    ),
)
