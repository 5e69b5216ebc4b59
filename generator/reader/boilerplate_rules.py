"""Line rules for single lines of site furniture that every kind of site prints:
categories, share buttons, newsletters, ads, cookies, "read more" links, credits."""

from __future__ import annotations

from .line_rule import LineRule, whole_line

# Single lines of site furniture, dropped wherever they appear.
BOILERPLATE_RULES: tuple[LineRule, ...] = (
    LineRule(
        "categories",
        "boilerplate",
        whole_line(r"(?:categories|category|tags?|tagged|topics?|filed under)\s*:.*"),
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
            r"|.{0,60}[.?!]\s+subscribe (?:now|today|here)\W*"
            r"|.{0,60}\b(?:e-?mail|contact|write to|message) us\b.{0,80}"
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
            r"(?:read more|read also|also read|read next|see also|related|must read|read"
            r"|also on (?:our site|[\w.&' ]{2,30}))\s*[:|–—]\s*\S.*"
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
