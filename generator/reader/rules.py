"""The plain-text reader's rules, declared as data so that a new site's chrome
or a new heading style is one more entry in a tuple, not a new branch.

Line rules classify one physical line; inline rules strip phrases from inside a
line; the metadata, dateline, heading and analysis rules read short lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .captions import CAPTION_RULES
from .line_rule import LineKind as LineKind
from .line_rule import LineRule as LineRule
from .line_rule import LineTest as LineTest
from .line_rule import WholeLine as WholeLine
from .line_rule import whole_line as whole_line
from .live_rules import LIVE_PAGE_RULES
from .meta import Meta, is_meta_line, merge_meta, parse_meta
from .widgets import WIDGET_RULES
from .words import SMALL_WORDS, is_section_label, words_set


@dataclass(frozen=True)
class PatternRule:
    """A named regex, for rules that find something inside a line."""

    name: str
    pattern: re.Pattern[str]


# --- Inline boilerplate -------------------------------------------------------

INLINE_RULES: tuple[PatternRule, ...] = (
    PatternRule(
        "opens_in_new_tab",
        re.compile(r"\s*\((?:opens?|opening) in (?:a )?new (?:tab|window)\)", re.IGNORECASE),
    ),
    PatternRule(
        "link_is_external",
        re.compile(r"\s*\((?:link is external|external link)\)", re.IGNORECASE),
    ),
    PatternRule("opens_new_tab_after_comma", re.compile(r",\s*opens new tab\b", re.IGNORECASE)),
    # Vietnamese and other state agencies close a story with "./.".
    PatternRule("end_mark", re.compile(r"(?<=[.!?”\"])/\.\s*$")),
    PatternRule("more_less", re.compile(r"\s*\.\.\.\s*more\s*less\s*$", re.IGNORECASE)),
)

# After a removed phrase, no space is needed before these.
_TIGHT_AFTER = ",.;:!?)]}”’»"


def _joiner(match: re.Match[str]) -> str:
    following = match.string[match.end() : match.end() + 1]
    return "" if not following or following.isspace() or following in _TIGHT_AFTER else " "


# Every inline rule's phrase holds one of these: other lines are left alone.
_INLINE_HINTS = ("(", "tab", "/.", "more")


def strip_inline_boilerplate(text: str) -> str:
    """Remove every inline rule's phrase, leaving one space (or none) behind."""
    if not any(hint in text for hint in _INLINE_HINTS):
        return text
    for rule in INLINE_RULES:
        text = rule.pattern.sub(_joiner, text)
    return text


# --- Line rules ---------------------------------------------------------------

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

# Single lines of site furniture, dropped wherever they appear.
BOILERPLATE_RULES: tuple[LineRule, ...] = (
    LineRule(
        "categories",
        "boilerplate",
        whole_line(r"(?:categories|category|tags|tagged|topics|filed under)\s*:.*"),
    ),
    LineRule("posted_in", "boilerplate", whole_line(r"posted in\b.*")),
    LineRule(
        "email_not_published",
        "boilerplate",
        whole_line(r"your email(?: address)? will not be published.*"),
    ),
    LineRule("required_fields", "boilerplate", whole_line(r"required fields are marked.*")),
    LineRule("cancel_reply", "boilerplate", whole_line(r"cancel reply")),
    LineRule("click_to_share", "boilerplate", whole_line(r"click to (?:share|print|email)\b.*")),
    LineRule("share_on", "boilerplate", whole_line(r"share (?:on|via|to) [\w. ]{1,30}")),
    LineRule(
        "share_buttons",
        "boilerplate",
        whole_line(
            r"(?:share|tweet|print|email|e-mail|facebook|twitter|x|linkedin|whatsapp|reddit"
            r"|telegram|pinterest|copy link|copy url)"
        ),
    ),
    LineRule(
        "newsletter",
        "boilerplate",
        whole_line(
            r"(?:subscribe|sign up)\b.*\b(?:newsletters?|updates|alerts|inbox)\b.*"
            r"|subscribe(?: now| today)?\W*"
        ),
    ),
    LineRule(
        "advertisement",
        "boilerplate",
        whole_line(
            r"(?:(?:skip|close|hide|end of|remove) )?(?:advertisement|advertising|ads?|sponsored(?: content)?)"
            r"|story continues(?: (?:below|after)(?: (?:this )?advertisement)?)?\W*"
        ),
    ),
    LineRule(
        "cookie_notice",
        "boilerplate",
        whole_line(
            r"(?:we use cookies|this (?:web)?site uses cookies|by continuing to (?:use|browse)"
            r"|(?:accept|reject|manage)(?: all)? cookies|cookie (?:policy|settings|preferences))"
            r".*"
        ),
    ),
    LineRule("skip_to_content", "boilerplate", whole_line(r"skip to (?:main )?content")),
    LineRule(
        "read_more",
        "boilerplate",
        whole_line(
            r"(?:read more|read also|also read|read next|see also|related|must read)\s*[:|–—]\s*\S.*"
            r"|(?:read more|continue reading)\W*"
        ),
    ),
    LineRule(
        "wire_credit",
        "boilerplate",
        whole_line(r"\((?:additional )?(?:reporting|writing|editing|compiled) by\b.*\)"),
    ),
    LineRule("loading", "boilerplate", whole_line(r"loading\W*")),
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
    LineRule("more_information", "end_matter", whole_line(r"for more information\s*:?")),
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
            r"|top stories|latest(?: news| stories)?|editor['’]?s picks|recommended(?: for you| stories| reading)?"
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


def _breadcrumb(text: str) -> bool:
    """ "Home › Europe › Industry", "Business | Manufacturing", "NewsMarketsMetals",
    a profile headline of pipe-joined phrases: a trail of short items."""
    if " " not in text and len(text) >= 12 and sum(c.isupper() for c in text) >= 3:
        return text.isalpha() and not text.isupper()
    parts = [p.strip() for p in _CRUMB.split(text)]
    # Every step of a trail is a word or a name, not markup or punctuation.
    if len(parts) < 2 or not all(p[:1].isalnum() for p in parts):
        return False
    if any(len(p.split()) > 6 or p.endswith(".") for p in parts):
        return False
    # With "|" or " - ": section names only, or three items and more.
    trail = (
        _CRUMB_STRONG.search(text) is not None
        or len(parts) >= 3
        or all(is_section_label(p) for p in parts)
    )
    return trail and not is_meta_line(text)


_CRUMB = re.compile(r"\s*[›»>/|]\s*|\s+[-–]\s+")
_CRUMB_STRONG = re.compile(r"[›»>]|\s/\s")
NAV_WORDS = words_set(
    """
    home about archive archives contact contacts news subscribe search menu login log
    register blog shop events jobs careers privacy terms advertise newsletter newsletters
    podcasts video videos sections topics more signin sign account help faq
    """
)


def _navigation(text: str) -> bool:
    """ "Home About Archive Contact": a row of menu words."""
    tokens = text.split()
    if len(tokens) < 3 or any(not t[:1].isupper() for t in tokens):
        return False
    return sum(t.lower().strip(".,:|") in NAV_WORDS for t in tokens) * 2 >= len(tokens)


_PROMO_WORDS = re.compile(
    r"\b(?:subscribe|subscription|subscriber|newsletter|inbox|sign up|sign-up|log in|free trial"
    r"|unlimited access|register now|our app)\b",
    re.IGNORECASE,
)
_YOU = re.compile(r"\b(?:you|your|our|us)\b", re.IGNORECASE)
PROMO_MAX_WORDS = 40


_PROMO_HINTS = (
    "subscri",
    "newsletter",
    "inbox",
    "sign",
    "log in",
    "trial",
    "access",
    "regist",
    "app",
)


def _promo_to_you(text: str) -> bool:
    """ "Get our free newsletter in your inbox": a promo talking to the reader."""
    lowered = text.lower()
    return (
        any(hint in lowered for hint in _PROMO_HINTS)
        and len(text.split()) <= PROMO_MAX_WORDS
        and _PROMO_WORDS.search(text) is not None
        and _YOU.search(text) is not None
    )


_PHONE = re.compile(r"\+?\(?\d[\d ()./-]{6,}\d")
PHONE_MIN_DIGITS = 9


def _phone_number(text: str) -> bool:
    """ "+61 2 9000 1234", "0400 000 000": a number to call, not a date."""
    return (
        _PHONE.fullmatch(text) is not None
        and sum(c.isdigit() for c in text) >= PHONE_MIN_DIGITS
        and not is_meta_line(text)
    )


def _press_release_source(text: str) -> bool:
    """ "SOURCE Coralbay Resources Ltd": the distributor's closing line."""
    return text.startswith("SOURCE ") and len(text.split()) <= 8


def _about_the_company(text: str) -> bool:
    """ "About Coralbay Resources Ltd": a press release's boilerplate begins."""
    words = text.split()
    return (
        len(words) <= 8
        and words[0] in ("About", "ABOUT")
        and len(words) > 1
        and words[1][:1].isupper()
        and (not ends_with(text, ".!?") or _COMPANY_ENDING.search(text) is not None)
    )


_COMPANY_ENDING = re.compile(r"\b(?:inc|ltd|corp|co|plc|llc|s\.a|n\.v|ag)\.$", re.IGNORECASE)


# More site furniture: accounts and apps, tools, reactions, footers, code.
FURNITURE_RULES: tuple[LineRule, ...] = (
    LineRule(
        "account",
        "boilerplate",
        whole_line(
            r"(?:sign in|sign out|log ?in|log out|register|join now|create (?:an )?account|my account"
            r"|open in app|get the app|download (?:the|our) app|start writing|menu|search|back to top|top"
            r"|subscribe for .{1,80}|subscribe to (?:continue|read).*|already (?:a subscriber|have an account).*"
            r"|you have \d+ free (?:articles?|stories) (?:left|remaining)\b.*|\+ ?follow|follow|following|unfollow)\W*"
        ),
    ),
    LineRule(
        "app_banner",
        "boilerplate",
        whole_line(
            r"(?:open|read|continue|view|get|download|install|try|use)\b.{0,40}\b(?:in|on|the|our) (?:\w+ )?app\b.{0,60}"
            r"|.{0,40}\bapp\b.{0,20}\b(?:free|faster|download|install|open)\b.{0,40}"
        ),
    ),
    LineRule(
        "app_promo",
        "boilerplate",
        whole_line(r"download (?:the )?.{1,40}? app\b.*|get (?:the )?.{1,40}? app\b.*"),
    ),
    LineRule(
        "follow_us",
        "boilerplate",
        whole_line(
            r"follow (?:us|[\w .'’-]{1,40}) on (?:x|twitter|linkedin|facebook|instagram|bluesky|threads"
            r"|whatsapp|telegram|google news|youtube)\b.*|follow @\w+.*"
        ),
    ),
    LineRule(
        "tools",
        "boilerplate",
        whole_line(
            r"(?:print(?: friendly(?: pdf| version)?| this (?:article|page))?|download pdf|pdf|font size"
            r"|text size|scrap|save|saved|bookmark|gift (?:this )?article|share (?:article|story)|listen"
            r"|listen to (?:this )?(?:article|post|story|episode)\b.*|audio\b.{0,30}|\d+ min(?:ute)? listen"
            r"|related media|contacts? for media|quotes?(?:\s*\(s\))?|quote\(s\)|top)\W*"
        ),
    ),
    LineRule(
        "reactions",
        "boilerplate",
        whole_line(
            r"(?:like|comment|restack|celebrate|support|love|insightful|funny|curious|reply|repost|clap|applause|∙?\s*paid)"
        ),
    ),
    LineRule(
        "view_comments",
        "boilerplate",
        whole_line(
            r"(?:view|show|read) (?:all )?comments.*|comments? \(\d+\)|to view or add a comment.*|explore topics"
        ),
    ),
    LineRule(
        "post_navigation",
        "boilerplate",
        whole_line(r"[←→«»]?\s*(?:previous|next|older|newer) (?:post|article|story|entry)\b.*"),
    ),
    LineRule(
        "short_url",
        "boilerplate",
        whole_line(r"(?:short (?:url|link)|permalink|copy (?:the )?link)\b.*"),
    ),
    LineRule("immediate_release", "boilerplate", whole_line(r"for immediate release\W*")),
    LineRule("full_coverage", "boilerplate", whole_line(r"full coverage\s*:.*")),
    LineRule(
        "full_article",
        "boilerplate",
        whole_line(r"read the (?:full|original|whole) (?:article|story|report)\b.*"),
    ),
    LineRule(
        "story_continues",
        "boilerplate",
        whole_line(
            r"(?:story|article) continues (?:below|after)\b.*|scroll (?:down )?to continue.*|advertisement\W+scroll to continue.*"
        ),
    ),
    LineRule(
        "sharing_prompt",
        "boilerplate",
        whole_line(r".{0,60}\bby sharing this (?:article|story)\b.*|thanks for reading\b.*"),
    ),
    LineRule(
        "script",
        "boilerplate",
        whole_line(
            r"(?:googletag|window\.|document\.|\(adsbygoogle|<script|gtag\(|(?:var|let|const) \w+\s*=|function\s*\()"
            r".*[;{}()=].*[;)}>]"
        ),
    ),
    LineRule(
        "views_expressed", "boilerplate", whole_line(r"(?:the )?(?:views|opinions) expressed\b.*")
    ),
    LineRule(
        "article_note",
        "boilerplate",
        whole_line(
            r"this (?:article|story|commentary|report|post|piece) (?:was|has been|is|appears|appeared|first appeared)"
            r" (?:updated|produced|published|first published|in|originally)\b.*"
        ),
    ),
    LineRule(
        "contributed",
        "boilerplate",
        whole_line(r".{0,120}\bcontributed (?:reporting )?to this (?:report|story|article)\W*"),
    ),
    LineRule("assistance", "boilerplate", whole_line(r"-*\s*with assistance (?:from|by)\b.*")),
    LineRule(
        "update_note",
        "boilerplate",
        whole_line(r"\((?:updates?|adds?|recasts?|corrects?)\b.{0,200}\)"),
    ),
    LineRule(
        "promo_to_you",
        "boilerplate",
        _promo_to_you,
    ),
    LineRule(
        "relative_time",
        "boilerplate",
        whole_line(
            r"(?:(?:last )?updated\s*:?\s*)?(?:\d+|an?|one)\s+(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?)\s+ago\W*"
        ),
    ),
    LineRule(
        "credit_line",
        "boilerplate",
        whole_line(
            r"\(?(?:additional )?(?:reporting|writing|editing|compiled)(?: and [a-z]+)? by\b.{0,200}"
            r"|\((?:produced|research|graphics?) by\b.{0,100}\)"
        ),
    ),
    LineRule(
        "correction",
        "boilerplate",
        whole_line(
            r"(?:correction|clarification|editor['’]?s note|note to editors)\s*[:—–-].*|an earlier version of this (?:article|story)\b.*"
        ),
    ),
    LineRule(
        "join_channel",
        "boilerplate",
        whole_line(r"join (?:our|us on)\b.{0,80}|click here\b.{0,120}|tap here\b.{0,80}"),
    ),
    LineRule(
        "media_label",
        "boilerplate",
        whole_line(r"(?:watch|video|listen|gallery|podcast)\s*:\s*.{0,140}"),
    ),
    LineRule(
        "powered_by",
        "boilerplate",
        whole_line(r"(?:proudly )?powered by\b.{0,40}|.{0,60}\|\s*powered by\b.*"),
    ),
    LineRule(
        "footer_links",
        "boilerplate",
        whole_line(
            r"(?:contact us|about us|sitemap|accessibility|careers|advertise(?: with us)?|cookie settings|do not sell.{0,40}|manage (?:preferences|consent))\W*"
        ),
    ),
    LineRule(
        "feedback",
        "boilerplate",
        whole_line(
            r"(?:give|send|share|leave) (?:us )?(?:your )?feedback\b.{0,60}"
            r"|was this (?:article|story) helpful\W*"
        ),
    ),
    LineRule(
        "link_copied",
        "boilerplate",
        whole_line(
            r"(?:link )?copied!?|copy(?:ied)? to clipboard|\d+\s+shares?|save (?:article|story)|gift this article|add a comment\W*"
        ),
    ),
    LineRule(
        "promo_in_brackets",
        "boilerplate",
        whole_line(r"\((?:catch|read|get|follow|download|watch)\b.{0,160}\)\W*"),
    ),
    LineRule(
        "republished",
        "boilerplate",
        whole_line(
            r"(?:this (?:article|story|post|piece) (?:was )?)?(?:originally|first) (?:published|appeared|posted)"
            r" (?:by|on|in|at)\b.{0,120}|(?:reprinted|republished|reproduced) (?:with permission )?(?:from|by)\b.{0,120}"
        ),
    ),
    LineRule("standards", "boilerplate", whole_line(r"our standards\s*:.*")),
    LineRule(
        "editorial_policy",
        "boilerplate",
        whole_line(
            r"(?:our )?editorial (?:policy|standards|guidelines|independence)\b.{0,160}|advertiser disclosure\W*"
        ),
    ),
    LineRule(
        "copyright",
        "boilerplate",
        whole_line(
            r"(?:copyright\s*(?:©|ⓒ|\(c\))?\s*\d{4}|©|ⓒ|\(c\)\s*\d{4}).{0,200}"
            r"|copyright\b.{0,80}\b(?:ltd|inc|llc|plc|l\.p\.|limited|gmbh)\.?|.{0,120}\ball rights reserved\b.*"
        ),
    ),
    LineRule(
        "disclaimer",
        "boilerplate",
        whole_line(r"(?:disclaimer|disclosure|[\w.’' ]{1,40}['’]s disclosure)s?\s*:.*"),
    ),
    LineRule(
        "public_inquiries",
        "boilerplate",
        whole_line(r"general (?:public )?(?:inquiries|enquiries)\b.*"),
    ),
    LineRule(
        "web_editor",
        "boilerplate",
        whole_line(r"(?:web |chief |managing )?editors?\s*:.*|\[\s*editor\s*:.*\]"),
    ),
    LineRule(
        "contact_label",
        "boilerplate",
        whole_line(
            r"(?:contacts?|tel|phone|mail|e-?mail|fax|website)\s*:.{0,100}"
            r"|(?:contacts?|tel|phone|mail|e-?mail|fax|website)(?:\s+\S+@\S+|\s+\+?[\d ()-]{7,})?"
            r"|(?:name|email|e-mail|website|comment)\s*\*"
        ),
    ),
    LineRule("phone", "boilerplate", _phone_number),
    LineRule(
        "address_line",
        "boilerplate",
        whole_line(
            r"\d{1,5} [\w. ]{2,30} (?:street|st|avenue|ave|road|rd|boulevard|blvd)\.?(?: [nsew]{1,2})?|[\w. ]{2,30}, [A-Z]{2} \d{5}"
        ),
    ),
    LineRule("email_or_url", "boilerplate", whole_line(r"\S+@\S+\.\w+|(?:https?://|www\.)\S+")),
    LineRule(
        "counter",
        "boilerplate",
        whole_line(
            r"\d[\d,.]*[km]?|[+-]?\d+(?:\.\d+)?%|[A-Z]{1,6}(?:\.[A-Z]{1,3})?\s*[+-]\d+(?:\.\d+)?%"
        ),
    ),
    LineRule("hashtags", "boilerplate", whole_line(r"(?:#\w+\s*){1,}")),
    LineRule("end_marker", "boilerplate", whole_line(r"(?:ends?|-\s*30\s*-|-\s*ends?\s*-)\W*")),
    LineRule(
        "quotes_attributable",
        "boilerplate",
        whole_line(r"quotes? (?:attributable|attributed) to\b.{0,80}"),
    ),
    LineRule("comments_closed", "boilerplate", whole_line(r"comments are closed\W*")),
    LineRule(
        "privacy",
        "boilerplate",
        whole_line(
            r"(?:privacy|terms)(?: (?:of (?:use|service)|and conditions|& conditions|policy|notice|dashboard|settings))?"
            r"(?:\s*[∙·|&,]\s*(?:privacy|terms|collection notice|cookies?|cookie policy))*\W*"
            r"|(?:terms and )?privacy policy\W*"
        ),
    ),
    LineRule(
        "press_release_label", "boilerplate", whole_line(r".{1,60} - press release|press releases?")
    ),
    LineRule("breadcrumb", "boilerplate", _breadcrumb),
    LineRule("navigation", "boilerplate", _navigation),
    LineRule("press_release_source", "boilerplate", _press_release_source),
    LineRule("about_the_company", "end_matter", _about_the_company),
)

DEK_LABELS = ("synopsis", "standfirst", "the big picture", "in a nutshell")

HIGHLIGHTS_HEADERS: tuple[str, ...] = (
    "highlights",
    "story highlights",
    "article highlights",
    "key facts",
    "the essentials",
    "quick read",
    "top line",
    "snapshot",
    "why it matters",
    "key figures",
    "in numbers",
    "the gist",
    "what we know",
    "what to know",
    "key highlights",
    "key takeaways",
    "takeaways",
    "key points",
    "main points",
    "at a glance",
    "summary",
    "in brief",
    "in short",
    "tl;dr",
    "what you need to know",
)

BULLET = re.compile(r"(?:[•▪◦‣●·■►▶➤➢✓✔○◆◇♦→⁃\-*–]|\d{1,2}[.)])\s+(?P<item>\S.*)")


def is_bullet(text: str) -> bool:
    return BULLET.fullmatch(text) is not None


def bullet_item(text: str) -> str:
    """The bullet's text without its glyph or number; ``text`` if not a bullet."""
    match = BULLET.fullmatch(text)
    return match["item"] if match else text


# --- Metadata: bylines and date lines (meta.py reads them) ---------------------

# Furniture that can run as long as a paragraph (a disclaimer, a caption, a
# promo sentence); every other rule reads only lines of SHORT_LINE characters.
SHORT_LINE = 160
ANY_LENGTH_RULES = frozenset(
    {
        "categories",
        "email_not_published",
        "cookie_notice",
        "read_more",
        "wire_credit",
        "newsletter",
        "newsletter_box",
        "caption",
        "copyright",
        "disclaimer",
        "views_expressed",
        "article_note",
        "contributed",
        "republished",
        "editorial_policy",
        "promo_to_you",
        "promo_in_brackets",
        "sharing_prompt",
        "script",
        "credit_line",
        "update_note",
        "correction",
        "public_inquiries",
        "standards",
        "bullet",
        "metadata",
    }
)


def _bounded(rules: tuple[LineRule, ...]) -> tuple[LineRule, ...]:
    return tuple(
        rule if rule.name in ANY_LENGTH_RULES else replace(rule, max_chars=SHORT_LINE)
        for rule in rules
    )


# Order matters: the first rule that matches decides the line's kind.
LINE_RULES: tuple[LineRule, ...] = _bounded(
    (
        LineRule("separator", "separator", whole_line(r"(?:[-*_=~•·#]\s*){3,}")),
        *COMMENTS_START_RULES,
        *SHARE_START_RULES,
        *END_MATTER_RULES,
        *BOX_LABEL_RULES,
        *BOILERPLATE_RULES,
        *LIVE_PAGE_RULES,
        *WIDGET_RULES,
        *CAPTION_RULES,
        *FURNITURE_RULES,
        LineRule(
            "highlights_header",
            "highlights_header",
            whole_line("(?:" + "|".join(HIGHLIGHTS_HEADERS) + r")\s*:?"),
        ),
        LineRule("dek_label", "dek_label", whole_line("(?:" + "|".join(DEK_LABELS) + r")\s*:?")),
        LineRule("bullet", "bullet", is_bullet),
        LineRule("metadata", "meta", is_meta_line),
    )
)


# Kinds of line that are chrome in a writer's Markdown too (a pasted caption,
# an ad label, a promo).
CHROME_TEXT_KINDS = frozenset({"boilerplate", "caption", "box_label", "separator"})


def is_chrome_text(text: str) -> bool:
    """A paragraph that is only site furniture, by the line rules (code a writer
    quotes stays: it is shown as text)."""
    rule = classify(" ".join(text.split()))
    return rule is not None and rule.kind in CHROME_TEXT_KINDS and rule.name != "script"


def classify(text: str) -> LineRule | None:
    """The first line rule that matches ``text`` (already stripped), if any."""
    if not text:
        return None
    steps = _CLASSIFY_STEPS if len(text) <= SHORT_LINE else _LONG_LINE_STEPS
    for combined, rules in steps:
        if combined is None:
            if rules[0].test(text):
                return rules[0]
            continue
        match = combined.fullmatch(text)
        if match is not None:
            return next(rules[i] for i in range(len(rules)) if match.group(f"rule{i}") is not None)
    return None


def _classify_steps(
    rules: tuple[LineRule, ...],
) -> tuple[tuple[re.Pattern[str] | None, tuple[LineRule, ...]], ...]:
    """The rules as steps: each run of whole-line rules becomes one regex, its
    alternatives in rule order (with ``fullmatch`` the first that fits the whole
    line wins, as in the loop over rules); other tests stay steps of their own.
    Every line of every seed goes through this: one regex instead of thirty."""
    steps: list[tuple[re.Pattern[str] | None, tuple[LineRule, ...]]] = []
    run: list[tuple[LineRule, WholeLine]] = []

    def close_run() -> None:
        if run:
            alternatives = "|".join(
                f"(?P<rule{i}>{test.pattern})" for i, (_, test) in enumerate(run)
            )
            steps.append((re.compile(alternatives, re.IGNORECASE), tuple(r for r, _ in run)))
            run.clear()

    for rule in rules:
        if isinstance(rule.test, WholeLine):
            run.append((rule, rule.test))
        else:
            close_run()
            steps.append((None, (rule,)))
    close_run()
    return tuple(steps)


_CLASSIFY_STEPS = _classify_steps(LINE_RULES)
_LONG_LINE_STEPS = _classify_steps(tuple(rule for rule in LINE_RULES if not rule.max_chars))


# --- Datelines ----------------------------------------------------------------

# The head runs to the first dash: "BEIJING, April 25 (Reuters) — China said ...".
_DATELINE_SPLIT = re.compile(
    r"(?P<head>[^—–]{2,90}?)(?:\s*(?:--|[—–])\s*|\s+-\s+)(?P<rest>\S.*)", re.DOTALL
)
_DATELINE_HEAD = re.compile(
    r"(?P<place>[^,()]+?)(?:,\s*(?P<extra>[^,()]{1,30}?)){0,3}(?:\s*\((?P<agency>[^()]+)\))?"
)
# "(Kitco News) - ", "Hanoi (VNA) – ", "SYDNEY, Australia, March 3, 2025 /PRNewswire/ -- ".
_AGENCY_ONLY = re.compile(r"\((?P<agency>[^()]{2,40})\)")
_TITLE_PLACE = re.compile(
    r"(?P<place>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})\s*\((?P<agency>[^()]{2,40})\)"
)
_WIRE_HEAD = re.compile(
    r"(?P<place>[A-Z][A-Z .'’-]{2,40})(?:,\s*[^,/]{2,40}){0,3},?\s*/(?P<agency>[^/]{2,40})/"
)
# "New Delhi, Mar 19 (PTI) The government ...": no dash after the agency.
_AGENCY_DATELINE = re.compile(
    r"(?P<head>[A-Z][\w .'’-]{1,30},\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s+\((?P<agency>[A-Z][A-Za-z]{1,12})\))"
    r"\s+(?P<rest>[A-Z“\"‘'].*)",
    re.DOTALL,
)
# "RIYADH: Saudi Arabia's ..."
_COLON_DATELINE = re.compile(
    r"(?P<head>[A-Z][A-Z .'’/-]{2,40}):\s+(?P<rest>[A-Z\"“‘'].*)", re.DOTALL
)
DATELINE_MAX_PLACE_WORDS = 4
DATELINE_MIN_PLACE_LETTERS = 3


def _is_place(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return (
        text.isupper()
        and len(letters) >= DATELINE_MIN_PLACE_LETTERS
        and len(text.split()) <= DATELINE_MAX_PLACE_WORDS
    )


def _agency_of(head: str) -> str | None:
    for pattern in (_AGENCY_ONLY, _WIRE_HEAD):
        found = list(pattern.finditer(head))
        if found:
            return found[-1]["agency"].strip()
    return None


def _head_is_dateline(head: str) -> bool:
    if _AGENCY_ONLY.fullmatch(head) or _TITLE_PLACE.fullmatch(head) or _WIRE_HEAD.fullmatch(head):
        return True
    parts = _DATELINE_HEAD.fullmatch(head)
    if parts is None or not _is_place(parts["place"].strip()):
        return False
    if parts["extra"] is not None and len(parts["extra"].split()) > 3:
        return False
    return parts["agency"] is None or len(parts["agency"].split()) <= 4


def split_dateline(text: str) -> tuple[str, str, str | None] | None:
    """("WASHINGTON (Reuters)", rest, "Reuters") for "WASHINGTON (Reuters) - rest",
    ("(Kitco News)", rest, "Kitco News"), ("RIYADH", rest, None) for "RIYADH: rest";
    None when the paragraph opens with no dateline."""
    match = _DATELINE_SPLIT.match(text)
    if match is not None:
        head = match["head"].strip()
        if _head_is_dateline(head):
            return head, match["rest"], _agency_of(head)
    bare = _AGENCY_DATELINE.match(text)
    if bare is not None:
        return bare["head"], bare["rest"], bare["agency"]
    colon = _COLON_DATELINE.match(text)
    if colon is not None and _is_place(colon["head"].strip()):
        return colon["head"].strip(), colon["rest"], None
    return None


# --- Headings and the analysis --------------------------------------------------

HEADING_MAX_WORDS = 12
HEADING_MAX_CHARS = 90
# Share of significant words that must be capitalised in a title-cased line.
TITLE_CASE_SHARE = 0.75
_CLOSERS = "\"'”’)]»"
SENTENCE_ENDINGS = ".!;,…"

ANALYSIS_HEADING_RULES: tuple[PatternRule, ...] = (
    PatternRule(
        "reex_analysis",
        re.compile(
            r"REEx\s+(?:analysis|take|view|perspective|commentary|insight)s?\b", re.IGNORECASE
        ),
    ),
    PatternRule(
        "rare_earth_exchanges_analysis",
        re.compile(
            r"rare earth exchanges(?:['’]s?)?\s+(?:\(REEx\)\s+)?"
            r"(?:analysis|take|view|perspective|commentary)\b",
            re.IGNORECASE,
        ),
    ),
    PatternRule(
        "analysis_label",
        re.compile(r"(?:our\s+|editor['’]s\s+)?analysis(?:\s*[:—–-]|$)", re.IGNORECASE),
    ),
)


def ends_with(text: str, characters: str) -> bool:
    """Whether the last character that is not a closing quote or bracket, nor an
    emoji or symbol after the sentence ("… 91 days. 🧲"), is one of these."""
    stripped = _TRAILING_SYMBOLS.sub("", text.rstrip()).rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in characters


# Emoji, pictographs and dingbats at the end of a line, with spaces between.
_TRAILING_SYMBOLS = re.compile(r"(?:\s*[\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d])+$")


def is_short_line(text: str) -> bool:
    return (
        len(text) <= HEADING_MAX_CHARS
        and len(text.split()) <= HEADING_MAX_WORDS
        and any(c.isalpha() for c in text)
    )


def _significant_words(text: str) -> list[str]:
    words = (token.strip("\"'“”‘’()[]«»,;:.!?-—–") for token in text.split())
    kept = [w for w in words if w]
    return kept[:1] + [w for w in kept[1:] if w.lower() not in SMALL_WORDS]


def is_title_cased(text: str) -> bool:
    """Most significant words start with a capital (or a digit), the first one too."""
    words = _significant_words(text)
    if not words:
        return False
    capitalised = [w[0].isupper() or w[0].isdigit() for w in words]
    return capitalised[0] and sum(capitalised) / len(words) >= TITLE_CASE_SHARE


def is_reex_analysis_heading(text: str) -> bool:
    """ "REEx Analysis: …", "Rare Earth Exchanges Analysis": never a page's headline."""
    return any(rule.pattern.match(text) for rule in ANALYSIS_HEADING_RULES[:2])


def is_analysis_heading(text: str) -> bool:
    return any(rule.pattern.match(text) for rule in ANALYSIS_HEADING_RULES)


def looks_like_heading(text: str) -> bool:
    """A short line with no sentence ending that is title-cased, a question,
    a label ending in ":" or an analysis heading. Context is checked by the caller."""
    if not is_short_line(text) or ends_with(text, SENTENCE_ENDINGS):
        return False
    return ends_with(text, "?:") or is_analysis_heading(text) or is_title_cased(text)


__all__ = ["SMALL_WORDS", "Meta", "is_meta_line", "merge_meta", "parse_meta"]
