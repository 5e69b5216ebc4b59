"""Line rules for single lines of site furniture that every kind of site prints:
categories, share buttons, newsletters, ads, cookies, "read more" links, credits."""

from __future__ import annotations

from .line_rule import LineRule, rules_of_kind

# Words a consent banner puts beside "cookies".
_CONSENT = (
    r"(?:consent|partners|personali[sz]ed|preferences|settings|accept|privacy"
    r"|your device|tracking|advertising|analytics)"
)

# Kinds of cookie a banner's buttons name ("Reject additional cookies").
_COOKIE_KINDS = r"(?:all|additional|optional|analytics|non-essential|essential|marketing|necessary|functional|performance|statistics)"

# Up to six words of a name, each a capital's but the small ones ("the State of
# Idaho", "Australian Government"), matched with case.
_NAME_WORDS = r"(?-i:[A-Z][\w.'’]*(?: (?:[A-Z][\w.'’]*|of|the|and)){0,5})"

# The phrases of a government site's banner (the US web design system's and its
# older form's, an EU site's "An official EU website").
_BANNER_PHRASES = (
    rf"an official (?:web)?site of (?:the )?{_NAME_WORDS}(?: government)?",
    rf"an official {_NAME_WORDS} (?:government )?(?:web)?site",
    r"here['’]s how you know",
    r"official websites use \.\w+",
    r"secure \.\w+ websites use https",
    r"an? \.\w+ website belongs to an official government organi[sz]ation in the [\w ]{2,40}",
    r"an? (?:lock|locked padlock)\b.{0,60}?\bmeans you['’]ve safely connected to the \.\w+ website",
    r"share sensitive information only on official, secure websites",
    r"the \.\w+ means it['’]s official\b.{0,200}",
    r"the site is secure\.\s+the https://\s*ensures\b.{0,200}",
)

# Single lines of site furniture, dropped wherever they appear.
BOILERPLATE_RULES: tuple[LineRule, ...] = rules_of_kind(
    "boilerplate",
    ("categories", r"(?:categories|category|tags?|tagged|topics?|filed under)\s*:.*"),
    ("posted_in", r"posted in\b.*"),
    ("email_not_published", r"your email(?: address)? will not be published.*"),
    ("required_fields", r"required fields are marked.*"),
    ("cancel_reply", r"cancel reply"),
    ("click_to_share", r"click to (?:share|print|email)\b.*"),
    ("share_on", r"share (?:on|via|to) [\w. ]{1,30}"),
    # "Share this article: Refinery gets $400m loan": a share row naming the story.
    ("share_titled", r"share (?:this )?(?:article|story|post|page|link)\s*:\s*\S.{0,200}"),
    (
        "share_buttons",
        r"(?:share|tweet|print|email|e-mail|facebook|twitter|x|linkedin|whatsapp|reddit"
        r"|telegram|pinterest|copy link|copy url|rss(?: feeds?)?)",
    ),
    (
        "newsletter",
        r"(?:subscribe|sign up)\b.*\b(?:newsletters?|updates|alerts|inbox)\b.*"
        # "Be the first to know. Sign up for breaking news alerts."
        r"|(?:be the first to know|don['’]t miss (?:a|the) (?:story|thing)|stay informed)\W+"
        r"(?:subscribe|sign up)\b.*\b(?:newsletters?|updates|alerts|inbox)\b.*"
        r"|subscribe(?: now| today)?\W*"
        r"|(?:get|turn on|enable) (?:the latest |real-time |instant |breaking |push )*(?:news )?"
        r"(?:alerts|notifications)\b.{0,60}"
        r"|.{0,60}[.?!]\s+subscribe (?:now|today|here)\W*"
        r"|.{0,60}\b(?:e-?mail|contact|write to|message) us\b.{0,80}"
        # A newsletter's sign-off: "Forward this to a colleague", "Was this forwarded to you?"
        r"|(?:.{0,60}[.?!]\s+)?forward (?:this|it) (?:e-?mail |newsletter )?to (?:a|your)"
        r" (?:friend|colleague)s?\b.*|(?:was this|were you) forwarded\b.*"
        # "Reply to this email with tips or corrections.": a mailing's invitation.
        r"|(?:.{0,60}[.?!]\s+)?(?:just |simply )?(?:hit )?reply to this (?:e-?mail|newsletter|message|issue)\b.{0,80}",
    ),
    (
        "advertisement",
        r"(?:(?:skip|close|hide|end of|remove) )?(?:advertisement|advertising|ads?|sponsored(?: content)?)"
        r"|story continues(?: (?:below|after)(?: (?:this )?advertisement)?)?\W*",
    ),
    (
        "cookie_notice",
        r"(?:we(?: and our (?:partners|vendors))? use cookies|we (?:value|care about) your privacy\W*$"
        r"|your privacy (?:choices|matters)\W*$|this (?:web)?site uses cookies|by continuing to (?:use|browse)"
        r"|(?:accept|reject|manage)(?: all)? cookies|cookie (?:policy|settings|preferences))"
        r".*"
        # GOV.UK's and the EU's banners: "Cookies on GOV.UK", "We use some essential
        # cookies to …", "We'd like to set additional cookies …", their buttons
        # ("Reject additional cookies", "I accept analytics cookies", "View cookies").
        r"|cookies on (?:the )?[\w.'’ -]{2,40}"
        r"|(?:we|this (?:web)?site)\b.{0,40}\bcookies\b.*"
        rf"|(?:i )?(?:accept|reject|refuse|allow|decline|block|view|change)(?: {_COOKIE_KINDS})? cookies?\W*"
        # A consent banner's text: cookies beside consent words, "we and our
        # partners", "store and/or access information on a device", its buttons.
        rf"|.*\bcookies?\b.*\b{_CONSENT}\b.*|.*\b{_CONSENT}\b.*\bcookies?\b.*"
        r"|we and our (?:\d[\d,]* )?(?:partners|vendors)\b.*"
        r"|.*\bstore and(?:/or)? access information on (?:a|your) device\b.*"
        r"|by (?:clicking|continuing|using this (?:site|website))\b.{0,80}\b(?:accept|agree|consent)\b.*"
        r"|(?:accept|reject|allow|decline|refuse) all(?: cookies)?\W*"
        r"|(?:manage|customi[sz]e) (?:preferences|choices|options|consent)\W*"
        r"|(?:ok(?:ay)?|got it|i agree|i accept|deny|show details|allow selection|confirm my choices"
        r"|privacy (?:preference cent(?:er|re)|settings)|do not sell(?: or share)? my personal information)\W*",
    ),
    ("skip_to_content", r"skip to (?:the )?(?:main )?(?:content|menu|navigation|search|footer)"),
    # A government site's banner over its masthead, its phrases on lines of their
    # own or run together: "An official website of the United States government",
    # "Here's how you know", "Official websites use .gov" and what explains them.
    ("official_site_banner", rf"(?:(?:{'|'.join(_BANNER_PHRASES)})[\s.!?]*)+"),
    # A sponsor's credit over paid content ("Brought to you by Metal Corp").
    (
        "sponsor_credit",
        r"(?:brought to you by|presented by|in partnership with|paid for by|sponsored by)"
        r"\s+[^.!?]{2,60}",
    ),
    # A pull quote's label in the story ("Key quote"), no heading of it.
    ("quote_label", r"(?:key|pull|featured|top) quotes?\W*|quote of the (?:day|week)\W*"),
    (
        "read_more",
        r"(?:read more|read also|also read|read next|see also|related(?: (?:articles?|stories|story|news|reading|content))?"
        r"|must read|go deeper|dig deeper|read"
        r"|also on (?:our site|[\w.&' ]{2,30}))\s*[:|–—]\s*\S.*"
        r"|(?:read more|continue reading)\W*"
        # A box's call to act alone on its line: "Learn more", "Download the guide".
        r"|(?:learn more|find out more|download (?:the|our) (?:guide|report|whitepaper|e-?book))\W*"
        # "Also on Metal Wire": the label of a box of the site's other stories.
        r"|also (?:on|from) [A-Z][\w.&'’ ]{1,30}",
    ),
    (
        "wire_credit",
        r"\((?:additional )?(?:reporting|writing|editing|compiled) by\b.*\)"
        r"|\(with (?:\w+ )?inputs from\b[^)]{1,60}\)",
    ),
    # "(This article was translated from the Japanese edition.)": a note, not the story.
    (
        "translation_note",
        r"\(?(?:this|the) (?:article|story|report|text|piece) (?:was|has been|is)"
        r" (?:\w+ )?translated from\b.{0,80}"
        # "(Provisional translation)", "Unofficial translation": a ministry's note.
        r"|\(?(?:provisional|unofficial|tentative|machine|automatic|courtesy) translation\)?\W*",
    ),
    # "Chart", "Figure 2", "Infographic": where a picture stood, pasted as its name.
    (
        "figure_placeholder",
        r"(?:chart|graph|graphic|infographic|figure|fig\.)(?: \d{1,2}[a-z]?)?\W*",
    ),
    ("loading", r"loading\W*"),
)
