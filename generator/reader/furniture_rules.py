"""Line rules for more site furniture: accounts and apps, tools, reactions,
comment links, post navigation, promos, notes and credits, footers' links."""

from __future__ import annotations

from .dates import AGO_UNIT
from .line_rule import LineRule, rules_of_kind
from .line_tests import is_filed_from, is_promo_to_you
from .words import RELEASE_KIND_LABELS

# Kinds of paper and release, longest first, as one alternation.
_KINDS = "|".join(
    k.replace(" ", r"\s+") for k in sorted(RELEASE_KIND_LABELS, key=len, reverse=True)
)

_ACCOUNT_ABROAD = (
    r"(?:anmelden|abmelden|registrieren|abo|abonnieren|mein konto|se connecter|connexion"
    r"|s['’]abonner|mon compte|iniciar sesión|suscríbete|mi cuenta|accedi|abbonati|entrar|assine)"
)

# More site furniture: accounts and apps, tools, reactions, footers, code.
FURNITURE_RULES: tuple[LineRule, ...] = rules_of_kind(
    "boilerplate",
    (
        "account",
        r"(?:sign in|sign out|log ?in|log out|register|join now|create (?:an )?account|my account"
        r"|open in app|get the app|download (?:the|our) app|start writing|menu|search|back to top|top"
        r"|subscribe for .{1,80}|subscribe to (?:continue|read).*|already (?:a subscriber|have an account).*"
        r"|you have \d+ free (?:articles?|stories) (?:left|remaining)\b.*|\+ ?follow|follow|following|unfollow"
        # "Try Premium for €0", "Try it free for 30 days": a trial's pitch.
        r"|try (?:[\w-]+\s+){0,2}(?:for (?:free|[$€£]\s?\d[\d.,]*)|free)\b.{0,40})\W*",
    ),
    # "Anmelden   Abo", "Se connecter | S'abonner": the account row of a page in
    # German, French, Spanish, Italian or Portuguese.
    (
        "account_abroad",
        rf"{_ACCOUNT_ABROAD}(?:\s*[|·/]?\s*{_ACCOUNT_ABROAD}){{0,3}}\W*",
    ),
    # "Search GovDelivery", "Search Canada.ca", "Search this site": a search box's
    # label naming the site it searches (the name in capitals, or a domain).
    (
        "site_search",
        r"search\s+(?:this site|the site|(?-i:[A-Z][\w.&-]*)(?:\s+(?-i:[A-Z][\w.&-]*))?"
        r"|[a-z][\w-]*\.(?:gov|ca|com|org|net|eu|uk|au)\b\S*)",
    ),
    (
        "app_banner",
        r"(?:open|read|continue|view|get|download|install|try|use|listen|watch|stream)\b.{0,40}\b(?:in|on|the|our) (?:\w+ )?app\b.{0,60}"
        r"|.{0,40}\bapp\b.{0,20}\b(?:free|faster|download|install|open)\b.{0,40}"
        r"|open (?:it |this )?in (?:the )?.{2,40} app\b.{0,40}|get the full experience\W*",
    ),
    (
        "app_promo",
        r"download (?:the )?.{1,40}? app\b.*|get (?:the )?.{1,40}? app\b.*"
        # "Catch all the news on Site. Download The App to get …": a promo's last sentence.
        r"|.{0,100}[.?!]\s+download (?:the|our) (?:\w+ )?app\b.*",
    ),
    (
        "follow_us",
        r"follow (?:us|[\w .'’-]{1,40}) on (?:x|twitter|linkedin|facebook|instagram|bluesky|threads"
        r"|whatsapp|telegram|google news|youtube)\b.*|follow @\w+.*",
    ),
    # "Join ST's Telegram channel and get the latest …": a messaging-app promo.
    (
        "join_channel",
        r"join (?:us|our|[\w .'’-]{1,30}) (?:on )?(?:whatsapp|telegram|signal|discord|line|wechat)"
        r"(?: channel| group| community)?\b.*",
    ),
    (
        "tools",
        r"(?:print(?: friendly(?: pdf| version)?| this (?:article|page))?|download pdf|pdf|font size"
        r"|text size|scrap|save|saved|bookmark|gift (?:this )?article|share (?:article|story)|listen"
        r"|listen to (?:this )?(?:article|post|story|episode)\b.*|audio\b.{0,30}|\d+ min(?:ute)? listen"
        r"|related media|contacts? for media|quotes?(?:\s*\(s\))?|quote\(s\)|top|more"
        r"|subscribe (?:via|by|to) rss)\W*",
    ),
    (
        "reactions",
        r"(?:like|comment|restack|celebrate|support|love|insightful|funny|curious|reply|repost|clap|applause|∙?\s*paid)"
        # "Reactions: ore_whisperer and fennwick": a forum post's reacting users.
        r"|reactions\s*:\s*[\w.@-]+(?:,\s*[\w.@-]+)*(?:,?\s+and\s+(?:\d+ others?|[\w.@-]+))?\W*"
        # "Like this: ★ Like Be the first to like this.", "3 bloggers like this."
        r"|(?:like this\s*:\s*)?(?:\W*like\s+)?(?:be the first to like this|\d+ (?:bloggers?|people) likes? this)\W*",
    ),
    (
        "view_comments",
        r"(?:view|show|read) (?:all )?comments.*|comments? \(\d+\)|to view or add a comment.*|explore topics",
    ),
    (
        "post_navigation",
        r"[←→«»]?\s*(?:previous|next|older|newer) (?:post|article|story|entry)\b.*",
    ),
    ("short_url", r"(?:short (?:url|link)|permalink|copy (?:the )?link)\b.*"),
    ("immediate_release", r"for immediate release\W*"),
    ("full_coverage", r"full coverage\s*:.*"),
    (
        "full_article",
        r"read the (?:full|original|whole) (?:article|story|report)\b.*"
        r"|read (?:more|the rest)(?: of (?:the|this) (?:article|story))? (?:at|on) \S.{1,60}",
    ),
    # "---------- Forwarded message ---------", "-----Original Message-----".
    (
        "mail_separator",
        r"-*\s*(?:forwarded message|original message)\s*-*|begin forwarded message\s*:?",
    ),
    (
        "story_continues",
        r"(?:story|article) continues (?:below|after)\b.*|scroll (?:down )?to continue.*|advertisement\W+scroll to continue.*",
    ),
    ("sharing_prompt", r".{0,60}\bby sharing this (?:article|story)\b.*|thanks for reading\b.*"),
    (
        "script",
        r"(?:googletag|window\.|document\.|\(adsbygoogle|<script|gtag\(|(?:var|let|const) \w+\s*=|function\s*\()"
        r".*[;{}()=].*[;)}>]",
    ),
    # "The views expressed …", "The views in Policy Pulse are those of the authors …".
    (
        "views_expressed",
        r"(?:the )?(?:views|opinions) expressed\b.*"
        r"|(?:the )?(?:views|opinions) (?:in|of) .{1,60}? (?:are|is) (?:solely )?(?:those|that) of the\b.*"
        # "Opinions are my own and do not represent those of my employer."
        r"|(?:all )?(?:views|opinions) (?:are|is) (?:solely )?(?:my|his|her|their|our) own\b.{0,100}",
    ),
    (
        "article_note",
        r"this (?:article|story|commentary|report|post|piece) (?:was|has been|is|appears|appeared|first appeared)"
        r" (?:updated|produced|published|first published|in|originally)\b.*",
    ),
    ("contributed", r".{0,120}\bcontributed (?:reporting )?to this (?:report|story|article)\W*"),
    ("reported_from", is_filed_from),
    ("republish_prompt", r"republish (?:this|our) (?:article|story|stories)\W*"),
    ("assistance", r"[-–—]*\s*with assistance (?:from|by)\b.*"),
    ("update_note", r"\((?:updates?|adds?|recasts?|corrects?)\b.{0,200}\)"),
    ("promo_to_you", is_promo_to_you),
    (
        "relative_time",
        r"(?:(?:last )?updated\s*:?\s*)?(?:\d+\s*|(?:an?|one)\s+)" + AGO_UNIT + r"\s+ago\W*",
    ),
    (
        "credit_line",
        r"[(\[]?(?:additional )?(?:reporting|writing|editing|compiled)(?: and [a-z]+)? by\b.{0,200}"
        r"|[(\[](?:produced|research|graphics?) by\b.{0,100}[)\]]",
    ),
    (
        "correction",
        r"(?:correction|clarification|editor['’]?s note|note to editors)\s*[:—–-].*|an earlier version of this (?:article|story)\b.*",
    ),
    ("join_channel", r"join (?:our|us on)\b.{0,80}|click here\b.{0,120}|tap here\b.{0,80}"),
    ("media_label", r"(?:watch|video|listen|gallery|podcast)\s*:\s*.{0,140}"),
    ("powered_by", r"(?:proudly )?powered by\b.{0,40}|.{0,60}\|\s*powered by\b.*"),
    (
        "footer_links",
        r"(?:contact us|about us|sitemap|accessibility|careers|advertise(?: with us)?|cookie settings|do not sell.{0,40}|manage (?:preferences|consent))\W*",
    ),
    (
        "feedback",
        r"(?:give|send|share|leave) (?:us )?(?:your )?feedback\b.{0,60}"
        r"|was this (?:article|story) helpful\W*",
    ),
    (
        "link_copied",
        r"(?:link )?copied!?|copy(?:ied)? to clipboard|\d+\s+shares?|save (?:article|story)|gift this article|add a comment\W*",
    ),
    ("promo_in_brackets", r"\((?:catch|read|get|follow|download|watch)\b.{0,160}\)\W*"),
    (
        "republished",
        r"(?:(?:an? (?:earlier |shorter |longer |edited |different )?version of )?this"
        r" (?:article|story|post|piece|column|content|report|commentary|essay|op-ed|analysis)"
        r" (?:was )?)?(?:originally|first) (?:published|appeared|posted)"
        r" (?:by|on|in|at)\b.{0,120}|(?:reprinted|republished|reproduced) (?:with (?:the )?permission )?(?:from|by|of)\b.{0,120}"
        # ("This article is republished with permission from X, a newsletter …")
        r"|this (?:article|story|post|piece) (?:is|was|has been) (?:syndicated|adapted|republished|reprinted)"
        r"(?: here)?(?: with (?:the )?(?:kind )?permission)? (?:from|of|by)\b.{0,160}"
        # "This commentary originally ran in X."; a feed's "The post … appeared first on X."
        r"|(?:this (?:article|story|commentary|column|post|piece|op-ed) )?(?:originally|first) ran (?:in|on|at)\b.{0,120}"
        r"|the post .{3,200} appeared first on\b.{0,80}"
        # "This story was first reported by X.", "This content was produced by X …"
        r"|this (?:article|story|content|report|piece) was (?:(?:first|originally) reported|produced) by\b.{0,160}"
        # "This article was written by Ann Lee and originally published on X."
        r"|this (?:article|story|post|piece) was written by .{2,60}? and (?:was )?(?:originally|first)"
        r" (?:published|appeared|posted) (?:by|on|in|at)\b.{0,120}"
        r"|(?:the |an? )?(?:original|earlier|longer) version of this (?:article|story|report) (?:was )?(?:first )?"
        r"(?:published|appeared|ran) (?:by|in|on|at)\b.{0,120}",
    ),
    (
        "app_share",
        r"(?:check out|read|i (?:found|thought you might like)) this (?:article|story) (?:from|on|in)\b.{0,60}"
        r"|(?:sent|shared) (?:from|via) (?:the |my )?.{0,40}\bapp\b.{0,120}",
    ),
    (
        "sponsor",
        r"(?:this (?:issue|newsletter|episode) is )?(?:brought to you|sponsored|presented) by\s+[^.,;:!?]{2,50}\.?"
        # a sponsor's read ends in its offer: "Use code SUPPLY for 10% off."
        r"(?:\s+(?:use|enter|visit|go to|head to|try) .{2,100})?",
    ),
    (
        # A show's credits: "Music by Drift Audio. Produced by Tomás Berg."
        "production_credits",
        r"(?:(?:(?:theme )?music|produced|edited|mixed|sound design|artwork|engineered)"
        r" by [^.;!?]{2,50}(?:\.\s*|$)){1,4}",
    ),
    (
        # A paywall's cut: "[Transcript continues for subscribers]".
        "continues_for_subscribers",
        r"\[?(?:the )?(?:rest of (?:the|this) )?(?:transcript|article|story|episode|interview)"
        r" (?:continues|is available|is reserved) (?:for|to) (?:paid )?(?:subscribers|members)\W*\]?",
    ),
    (
        # A paywall's box: "Data subscribers only", "For members only", and its text
        # ("The full assessment is available to X subscribers. Start a free trial.").
        "subscribers_only",
        r"(?:for )?(?:[\w-]+\s+){0,2}(?:subscribers|members) only\W*"
        # "Member-only story", "Subscriber-only article": a platform's paywall mark.
        r"|(?:members?|subscribers?|paid|premium)[- ]only (?:story|article|post|content)\W*"
        r"|.{0,160}\b(?:is|are) (?:only )?available (?:only )?to (?:[\w&-]+\s+){0,3}(?:subscribers|members)\."
        r"(?:\s*(?:start|begin|get|try|sign up|subscribe|log in|request)\b.{0,80})?",
    ),
    (
        # "Published by X, a service of Y.", "X is published by Y GmbH.": the publisher's note.
        "publisher_note",
        r"published by .{2,60}, (?:a|an|the) (?:service|division|publication|unit|brand|part|product) of\b.{2,80}"
        r"|.{2,60} is (?:published|produced|owned|operated) by .{2,80}"
        # (and its company's registration: "… Ltd, ADDRESS. Registered in England No. 1.")
        r"(?:\s+registered (?:in|office|number|no\.?)\b.{2,60})?"
        r"|.{2,60} is (?:a|an) (?:[\w-]+ )?(?:publication|brand|title|imprint) of .{2,80}",
    ),
    ("discover_more", r"discover more from .{2,60}"),
    (
        "newsletter_masthead",
        r"you['’]re reading .{2,60}, (?:a|an|the) .{0,40}\bnewsletter\b.{0,80}"
        r"|welcome to .{2,60}, (?:your|the|a|an) .{0,40}\b(?:newsletter|guide|briefing|digest|roundup)\b.{0,80}",
    ),
    # "POLICY BRIEF · No. 31 · December 2025": a paper's kind, its number, its month.
    (
        "series_line",
        rf"(?:{_KINDS})\s*[·|•–-]\s*(?:no\.?|number|issue|vol\.?)\s*\d{{1,6}}\b.{{0,40}}",
    ),
    (
        "print_header",
        # (the page's title after the time; a time zone alone makes it a stamp)
        r"\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}\s*(?:[ap]m)?\s+(?!(?:[ap]\.?m\.?\s*)?[a-z]{0,5}\W*$).{3,200}"
        r"|https?://\S+\s+\d{1,3}/\d{1,3}"
        # ("https://… Page 1 of 3 03/12/2025, 14:22": a print's running footer)
        r"|https?://\S+\s+page \d{1,3} of \d{1,3}\b.{0,40}|page \d{1,3} of \d{1,3}\s+https?://\S+.{0,40}",
    ),
)
