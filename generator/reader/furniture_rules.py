"""Line rules for more site furniture: accounts and apps, tools, reactions,
comment links, post navigation, promos, notes and credits, footers' links."""

from __future__ import annotations

from .line_rule import LineRule, whole_line
from .line_tests import is_promo_to_you

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
            r"(?:open|read|continue|view|get|download|install|try|use|listen|watch|stream)\b.{0,40}\b(?:in|on|the|our) (?:\w+ )?app\b.{0,60}"
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
        "join_channel",
        "boilerplate",
        # "Join ST's Telegram channel and get the latest …": a messaging-app promo.
        whole_line(
            r"join (?:us|our|[\w .'’-]{1,30}) (?:on )?(?:whatsapp|telegram|signal|discord|line|wechat)"
            r"(?: channel| group| community)?\b.*"
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
        is_promo_to_you,
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
)
