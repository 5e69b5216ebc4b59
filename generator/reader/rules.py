"""The plain-text reader's line rules, declared as data so that a new site's chrome
or a new heading style is one more entry in a tuple, not a new branch.

The families live in their own modules (chrome, boilerplate, furniture and
footer rules, captions, live pages, widgets, labels); this one puts them in
order, bounds their lengths and classifies a line by the first that matches.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from .boilerplate_rules import BOILERPLATE_RULES
from .captions import CAPTION_RULES
from .chrome_rules import (
    BOX_LABEL_RULES,
    COMMENTS_START_RULES,
    END_MATTER_RULES,
    SHARE_START_RULES,
)
from .control_rules import CONTROL_RULES
from .footer_rules import FOOTER_RULES
from .furniture_rules import FURNITURE_RULES
from .interface import INTERFACE_RULES
from .labels import (
    COUNTED_HIGHLIGHTS,
    DEK_LABELS,
    HIGHLIGHTS_HEADERS,
    NAMED_HIGHLIGHTS,
    QUALIFIED_HIGHLIGHTS,
    is_bullet,
)
from .line_rule import LineRule, WholeLine, whole_line
from .live_rules import LIVE_PAGE_RULES
from .meta import is_meta_line
from .newspaper_rules import GLUED_CREDIT_RULES, NEWSPAPER_ANY_LENGTH, NEWSPAPER_RULES
from .notice_rules import NOTICE_RULES
from .portal_rules import FOLLOWERS_RULES, PORTAL_RULES, READ_ALSO_BOX_RULES
from .widgets import WIDGET_RULES
from .wire_rules import WIRE_RULES

# Furniture that can run as long as a paragraph (a disclaimer, a caption, a
# promo sentence); every other rule reads only lines of SHORT_LINE characters.
SHORT_LINE = 160
ANY_LENGTH_RULES = frozenset(
    {
        "categories",
        "email_not_published",
        "cookie_notice",
        "official_site_banner",
        "read_more",
        "read_also",
        "data_notice",
        "wire_credit",
        "newsletter",
        "newsletter_box",
        "caption",
        "copyright",
        "disclaimer",
        "advice_disclaimer",
        "exchange_disclaimer",
        "views_expressed",
        "about_the_author",
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
        *NEWSPAPER_ANY_LENGTH,
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
        # "###" under a US release ends it: what follows is its boilerplate.
        LineRule("release_end", "end_matter", whole_line(r"#\s?#\s?#")),
        LineRule("separator", "separator", whole_line(r"(?:[-*_=~•·#]\s*){3,}|[—–•·|/\\~]{1,2}")),
        *COMMENTS_START_RULES,
        *SHARE_START_RULES,
        *END_MATTER_RULES,
        *FOLLOWERS_RULES,
        *BOX_LABEL_RULES,
        *READ_ALSO_BOX_RULES,
        *BOILERPLATE_RULES,
        *PORTAL_RULES,
        *LIVE_PAGE_RULES,
        *WIDGET_RULES,
        *CAPTION_RULES,
        *GLUED_CREDIT_RULES,
        *FURNITURE_RULES,
        *NOTICE_RULES,
        *FOOTER_RULES,
        *CONTROL_RULES,
        *NEWSPAPER_RULES,
        *WIRE_RULES,
        LineRule(
            "highlights_header",
            "highlights_header",
            # "📌 KEY POINTS", "➤ Highlights": a symbol may open the label.
            whole_line(
                r"(?:[^\w\s]{1,2}\s*)?(?:"
                + "|".join(
                    (
                        *HIGHLIGHTS_HEADERS,
                        COUNTED_HIGHLIGHTS,
                        NAMED_HIGHLIGHTS,
                        QUALIFIED_HIGHLIGHTS,
                    )
                )
                + r")\s*:?"
            ),
        ),
        LineRule("dek_label", "dek_label", whole_line("(?:" + "|".join(DEK_LABELS) + r")\s*:?")),
        LineRule("bullet", "bullet", is_bullet),
        LineRule("metadata", "meta", is_meta_line),
        *INTERFACE_RULES,
    )
)


# Kinds of line that are chrome in a writer's Markdown too (a pasted caption,
# an ad label, a promo).
CHROME_TEXT_KINDS = frozenset({"boilerplate", "caption", "box_label", "separator"})


# Rules a writer's own text may match: code quoted as text, a heading "Next".
_TEXT_RULES = frozenset({"script", "interface"})


def is_chrome_text(text: str) -> bool:
    """A paragraph that is only site furniture, by the line rules (code a writer
    quotes stays: it is shown as text; so do a writer's words that only read
    like a page's controls)."""
    rule = classify(" ".join(text.split()))
    return rule is not None and rule.kind in CHROME_TEXT_KINDS and rule.name not in _TEXT_RULES


# Pasted pages repeat their furniture line for line (a site's menu, share row and
# footer in every article of it), and the reader asks again of a line it has
# joined or split; the rules are pure, so each distinct line is tried once.
@functools.lru_cache(maxsize=16384)
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
