"""Line rules for a page's controls and data notices: gallery and player
buttons, comment-form leftovers, follow and tip prompts, view counters with an
eye, and the notes under a ticker ("Quotes by …", "Data delayed 15 minutes")."""

from __future__ import annotations

from .line_rule import LineRule, rules_of_kind

CONTROL_RULES: tuple[LineRule, ...] = rules_of_kind(
    "boilerplate",
    # A gallery's or a player's buttons, alone on their lines (a bare "Next" or
    # "Previous" may head a section, and is left to the line's context).
    (
        "media_controls",
        r"(?:enlarge|submit|reactions|(?:previous|next) (?:image|photo|slide|picture))"
        r"|(?:click|tap) to (?:enlarge|expand|zoom|play)|(?:expand|view) (?:image|photo|gallery)"
        r"|your browser does not support (?:the )?(?:video|audio)(?: tag| element)?\W*",
    ),
    (
        "comment_form",
        r"save my name,? e-?mail,? and website in this browser for the next time i comment\W*"
        r"|sort by\s*:?\s*(?:newest|oldest|best|top|most recent|popular)\W*",
    ),
    (
        "follow_prompt",
        r"follow (?:this )?(?:author|writer|reporter|topic|columnist)\W*"
        r"|jump to (?:section|comments|content|the story)\W*"
        r"|(?:send us|have|got) a (?:news )?tip\W*|read full (?:article|story)\W*",
    ),
    ("file_photo", r"(?:file )?photo\s*:?\s*file|file (?:photo|picture|image)\W*"),
    # "Sydney 18°C", "Dubai 41 °C Sunny": a weather widget.
    (
        "weather",
        r"(?-i:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})\s+-?\d{1,2}\s*°\s*[CF]?"
        r"(?:\s+(?-i:[A-Z][a-z]+)(?: [a-z]+)?)?",
    ),
    # "👁 3,456": a view counter shown by an eye.
    ("eye_counter", r"(?:👁️?|👀)\s*[\d,.]+\s*[km]?"),
    (
        "data_notice",
        r"(?:stock |market )?(?:quotes?|data) (?:by|provided by|powered by)\s+\S+(?:\s+\S+){0,2}"
        r"|(?:stock |market )?(?:quotes?|data|prices) (?:are |is )?delayed(?: by)? (?:at least )?\d+ min(?:ute)?s?\b.{0,40}"
        r"|markets? ticker\W*",
    ),
)
