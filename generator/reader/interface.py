"""A line made only of the words of a page's interface ("Save for later", "Log
in to comment", "Continue reading below", "Play video", "Page 1 of 2"), as a
line rule: the share of its words that name controls, not a list of lines.

As jusText weighs a paragraph by its share of function words, this weighs a
short line by its share of interface words: every word is one (or a function
word, or a number), and at least one is a control's own word; a word that
stories use as well ("report", "update", "policy") never decides alone.
"""

from __future__ import annotations

from ..wordlist import words_set
from .headings import ends_with
from .line_rule import LineRule
from .words import STOP_WORDS, words_of

# Words that name a page's controls and furniture, and little else.
CONTROL_WORDS = words_set(
    """
    share shares sharing tweet retweet print printable email e-mail save saved bookmark
    bookmarks listen audio play playing pause mute unmute volume fullscreen video videos
    watch gallery slideshow expand collapse close open show hide view load loading loaded
    next previous prev skip ad ads advert adverts advertisement advertising sponsored
    promoted comment comments commenting reply replies submit subscribe subscribed
    subscribing subscriber subscribers subscription login logged log sign signing register
    password newsletter newsletters inbox follow followers download app apps rss embed
    permalink link links url copy copied clipboard pin flipboard pocket whatsapp telegram
    facebook twitter linkedin reddit instagram youtube menu search page pages continue
    continues reading read related trending popular recommended icymi click tap scroll
    feedback rate helpful thanks thank accessibility sitemap cookies cookie careers
    advertise partner partners ad-free unsubscribe please enter player toggle
    html pdf xml epub docx xlsx csv formats
    """
)
# Words of the interface that stories use too: never enough on their own.
FURNITURE_WORDS = words_set(
    """
    more less all see back top home article articles story stories below above topic
    topics section sections keyword keywords tag tags category categories filed latest
    editor's picks exclusive live updated update updates correction clarification source
    sources notes footnotes disclaimer disclosure policy privacy terms conditions settings
    preferences manage accept reject contact about us free trial access unlimited limit
    reached want already have account accounts remember forgot address here time duration
    current powered presented partnership content paid post posts posted report tip tips
    yes no store google feed feeds photo photos image images credit credits caption
    minute minutes min mins list first write send give add later error wait create social
    media navigation languages language available format x bluesky mastodon
    """
)
INTERFACE_MAX_WORDS = 8
_OPEN_ENDINGS = frozenset({"of", "the", "a", "an"})
_QUESTION_WORDS = frozenset({"what", "why", "how", "who", "when", "where", "which"})


def is_interface_line(text: str) -> bool:
    """Every word a control's, furniture's or function word (or a number), one of
    them a control's; a sentence only when it opens with a control's word (an
    order to the reader: "Log in to comment.")."""
    words = words_of(text)
    # One word alone may be a writer's headline ("Page"): the line rules and the
    # context read it.
    if not 1 < len(words) <= INTERFACE_MAX_WORDS or words[0] in _QUESTION_WORDS:
        return False
    if ends_with(text, ".!?") and words[0] not in CONTROL_WORDS:
        return False
    # "Shares of" over "Lynas Rare Earths": a sentence broken at a link.
    if words[-1] in _OPEN_ENDINGS:
        return False
    known = all(
        w in CONTROL_WORDS or w in FURNITURE_WORDS or w in STOP_WORDS or w.isdigit() for w in words
    )
    return known and any(w in CONTROL_WORDS for w in words)


def is_furniture_word(word: str) -> bool:
    """A control's, furniture's or function word (lower case)."""
    return word in CONTROL_WORDS or word in FURNITURE_WORDS or word in STOP_WORDS


INTERFACE_RULES: tuple[LineRule, ...] = (LineRule("interface", "boilerplate", is_interface_line),)
