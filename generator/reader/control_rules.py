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
        "gallery_controls",
        r"\d{1,2}\s*/\s*\d{1,2}|swipe (?:for|to see) more (?:photos|images|pictures)\W*"
        r"|enlarge this (?:image|photo)|(?:toggle|show|hide) caption",
    ),
    # A picture's credit or description on a line of its own: "Photographer:
    # Jane Doe/Bloomberg", "Getty Images", "EPA-EFE/JANE DOE", "Photo © Jane Doe",
    # "Chart: Mining Herald", "Data source: …", "[Image: a container ship at port]".
    (
        "picture_credit",
        r"photographer\s*:\s*\S.{1,60}|(?:photo|image|picture)\s*©\s*\S.{1,40}"
        r"|(?:(?:afp|ap|reuters|anadolu|xinhua|bloomberg)\s+via\s+)?(?:getty images|shutterstock|istock(?:photo)?|alamy)"
        # (a byline is no credit: "By Kevin Brown/Reuters")
        r"|epa(?:-efe)?(?:/\S.{0,40})?|(?!by\s)[\w .'’-]{2,40}/(?:npr|getty images|afp|reuters|ap|bloomberg|epa|xinhua)"
        r"|(?:chart|map|graphic|infographic)\s*:\s*\S.{1,120}"
        # "Data source: U.S. Census Bureau": a chart's data, never the page's source.
        r"|data sources?\s*:\s*\S.{1,120}"
        r"|image description\s*:\s*\S.{1,200}|\[(?:image|photo|picture)\s*:[^\]]{2,200}\]",
    ),
    # A report's numbered figure, its picture lost in the paste: "Figure 2: Gallium
    # import prices, EUR/kg", "Chart 3. Exports by month" (a heading is unnumbered).
    (
        "numbered_figure",
        r"(?:figure|fig\.|chart|graph|exhibit|infographic)\s+\d{1,2}[a-z]?\s*[.:]\s+\S.{1,150}",
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
    # "Sydney 18°C", "Dubai 41 °C Sunny", "47° Partly cloudy Sacramento": a
    # weather widget, the place before or after the temperature.
    (
        "weather",
        r"(?-i:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})\s+-?\d{1,2}\s*°\s*[CF]?"
        r"(?:\s+(?-i:[A-Z][a-z]+)(?: [a-z]+)?)?"
        r"|-?\d{1,3}\s*°\s*[CF]?\s+(?-i:[A-Z][a-z]+)(?: (?-i:[a-z]+))?"
        r"(?:\s+(?-i:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}))?",
    ),
    # "👁 3,456": a view counter shown by an eye.
    ("eye_counter", r"(?:👁️?|👀)\s*[\d,.]+\s*[km]?"),
    (
        "data_notice",
        r"(?:stock |market )?(?:quotes?|data) (?:by|provided by|powered by)\s+\S+(?:\s+\S+){0,2}"
        r"|(?:all )?(?:stock |market )?(?:quotes?|data|prices) (?:are |is )?delayed(?: by)?"
        r" (?:at least |a minimum of )?\d+ min(?:ute)?s?\b.{0,120}"
        r"|markets? ticker\W*",
    ),
)
