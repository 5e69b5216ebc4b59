"""Image captions and photo credits, as a line rule: a credit stands at the end
of a caption ("… in Shimizu. Photo: AFP/Ken Ishida", "(Getty Images)",
"(Supplied: Tamarind Rare Earths)"), or the line opens with a caption marker."""

from __future__ import annotations

import re

from .headings import ends_with
from .line_rule import LineRule
from .words import SMALL_WORDS

# The words that name a picture, in caption labels ("Image caption,", "Photo: …").
_PICTURE = "image|photo|picture"
# Agencies that credit a photo, before or after the photographer's name and a
# slash ("Reuters/Jane Doe", "Jane Doe/AFP"); stock libraries credit one too.
_AGENCIES = "getty images|afp|reuters|ap|epa|bloomberg|xinhua"
_STOCK = "shutterstock|istock|alamy"
# The last mark of a caption's sentence: a stop or a closing quote.
_SENTENCE_END = r"[.!?”\"’]"
_MARKER = r"(?:file\s+)?(?:photo(?:graph)?s?|images?|pictures?|illustrations?|graphics?|videos?|credits?|pictured)"
# "… in Shimizu. Photo: AFP/Ken Ishida", "Photo: Alexandre Ferreira/Getty Images".
_CREDIT_AFTER = re.compile(
    rf"(?:^|(?<=[.!?”\"’)])\s+|\s+)(?P<marker>{_MARKER})(?:\s+(?:by|credit|courtesy(?:\s+of)?))?\s*[:/]?\s*"
    r"(?P<credit>[^.!?:]{1,70}?)\.?$",
    re.IGNORECASE,
)
# The labels that open a caption: "File photo:", "Pictured:" ("In pictures: …"
# heads a gallery: it is the gallery's headline, not a caption), a BBC page's
# "Image source," or "Image caption,", a gallery's "Image 3 of 12" or "2 of 9".
_FILE_PHOTO = r"(?:file\s+photo|photo\s+file|pictured)\s*:"
_BBC_CAPTION = rf"(?:{_PICTURE}|video)\s+(?:source|caption|credit)\s*,"
_GALLERY = rf"(?:(?:{_PICTURE}|slide)\s+)?\d{{1,2}} of \d{{1,2}}\b"
# "[Photo] Trucks haul ore …": a picture's place marker in brackets, then its caption.
_BRACKET_MARK = rf"\[(?:{_PICTURE}|video|gallery)s?\]\s*\S"
# "Image: Iron nitride powder before pressing. NAME for ferro.": a picture's
# own label, then its caption.
_PICTURE_LABEL = rf"(?:{_PICTURE})\s*:\s*\S"
_CAPTION_LABEL = re.compile(
    rf"{_FILE_PHOTO}|{_BBC_CAPTION}|{_GALLERY}|{_BRACKET_MARK}|{_PICTURE_LABEL}", re.IGNORECASE
)
# A caption that says only what kind of picture it is ("Stock image.",
# "Representational image"; "File photo" is a control rule's).
_GENERIC_PICTURE = re.compile(
    rf"(?:stock|representational|representative|archive|illustrative)\s+"
    rf"(?:{_PICTURE}|photograph)\W*",
    re.IGNORECASE,
)
# "(Getty Images)", "[AFP/John Smith]", "(Photo/Port of Qingdao)", "(Company images)".
# Who a picture is credited to, beside a slash or a kind of picture: a
# photographer's or owner's name ("Port of Qingdao"), or nothing.
_CREDITED = r"[\w.&'’ -]{0,40}"
_OWNER = r"[\w .&'-]{1,40}"
_PHOTOGRAPHER = r"[\w.'’ -]{1,40}"
_AGENCY_CREDIT = re.compile(
    rf"[\(\[](?:{_CREDITED}/)?(?:{_AGENCIES}|ap photo|{_STOCK}|photo/{_OWNER}"
    rf"|image/{_OWNER}|{_CREDITED}(?:images|photos?|pictures))[\)\]]$",
    re.IGNORECASE,
)
_SLASH_CREDIT = re.compile(
    rf"(?:{_PHOTOGRAPHER}/)+(?:{_AGENCIES}|shutterstock)$"
    # "Reuters/Jane Doe": the agency first, then the photographer.
    rf"|(?:{_AGENCIES})(?:/{_PHOTOGRAPHER})+$",
    re.IGNORECASE,
)
# A sentence, then a labelled credit in brackets: "… separated oxides.(Supplied:
# Tamarind Rare Earths)", "… at the port. [Image: Port of Qingdao]".
_LABELLED_CREDIT = re.compile(
    _SENTENCE_END
    + rf"\s*[\(\[](?:supplied|{_PICTURE}|credit|courtesy|source|file)\b[^)\]]{{0,60}}[\)\]]$",
    re.IGNORECASE,
)
# "… on Nov. 18. (Courtney Lindqvist/The Millbrook Courier-Gazette)": a
# caption's sentence, then its photographer and paper in brackets, a slash between.
_STAFF_CREDIT = re.compile(
    _SENTENCE_END
    + r"\s*\((?-i:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3})/(?-i:[A-Z][\w.&'’ -]{1,50})\)$",
    re.IGNORECASE,
)
# "… outskirts of Kalgoorlie. (SCB News: Tom Nguyen)", "(Pacific Broadcasting:
# Jess Whitcombe)": a broadcaster's newsroom and its photographer in brackets.
_NEWSROOM_WORDS = r"news|tv|radio|broadcasting|television"
_NEWSROOM_CREDIT = re.compile(
    _SENTENCE_END
    + rf"\s*\((?-i:[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){{0,3}}) (?:{_NEWSROOM_WORDS})\s*:"
    + r"\s*(?-i:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})\)$",
    re.IGNORECASE,
)
# "Image: a ship loads containers at the port": an image's alt text, pasted
# as a line of its own under its label.
_ALT_TEXT = re.compile(rf"(?:{_PICTURE}|photograph|alt(?:\s+text)?)\s*:\s*\S", re.IGNORECASE)
ALT_TEXT_MAX_WORDS = 25
# "… a solvent extraction cell. Reuters/Lai Seng Sin": a caption's sentence,
# then an agency and photographer after a slash, no marker.
_SENTENCE_THEN_CREDIT = re.compile(_SENTENCE_END + r"\s+(?P<credit>[^.!?]{3,60})$")
CAPTION_MAX_WORDS = 80
# Agencies that credit a picture by their name alone after its caption's
# sentence, the national agencies of Asia and the Pacific too.
_BARE_AGENCY = re.compile(
    rf"(?:{_AGENCIES}|yonhap|kyodo|jiji|newsis|bernama|antara|aap|pti|ani|anadolu|ians)"
    r"(?: (?:news|photo|file))?",
    re.IGNORECASE,
)
# A caption credited by an agency's bare name is this short at most.
BARE_CREDIT_MAX_WORDS = 45


def _credit_like(text: str) -> bool:
    """A photographer's or agency's name: short, capitalised, or with a slash."""
    words = text.split()
    return 0 < len(words) <= 6 and (
        "/" in text
        or all(w[:1].isupper() or w.lower() in SMALL_WORDS | CREDIT_WORDS for w in words)
    )


# Words of a credit that names no one: "Company handout", "Supplied".
CREDIT_WORDS = frozenset({"handout", "supplied", "file", "courtesy", "pool"})


# Every credit holds one of these (lower-cased): other lines are no caption.
_CAPTION_HINTS = (
    "photo",
    "image",
    "picture",
    "illustrat",
    "graphic",
    "video",
    "credit",
    "getty",
    "afp",
    "reuters",
    "ap)",
    "ap ",
    "epa",
    "xinhua",
    "yonhap",
    "kyodo",
    "jiji",
    "newsis",
    "bernama",
    "antara",
    " aap",
    " pti",
    " ani",
    "anadolu",
    " ians",
    "bloomberg",
    "shutterstock",
    "istock",
    "alamy",
    "/",
)


# A credit stands at the end of a caption: only its last characters are read.
CREDIT_TAIL_CHARS = 140


# "Text: Sofia Lindqvist · Photos: Erik Berg", "By Jane Doe | Photo: …": a
# byline crediting the pictures too, not a caption.
_WRITER_FIRST = re.compile(r"(?:words|text|story|by)\b\s*:?\s*[A-Z]", re.IGNORECASE)


# "Photo by Unsplash. A magnet assembly line, illustrative.": the credit first,
# then what the picture shows.
# "Photography by Tobias Lind" alone on its line credits the pictures too.
_CREDIT_FIRST = re.compile(
    r"(?i:photo(?:graph)?s?|photography|images?|pictures?|illustrations?)\s+(?i:by)\s+"
    r"[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3}(?:\.(?:\s+\S.*)?)?"
)


def _caption(text: str) -> bool:
    """An image caption or a photo credit line."""
    if _CREDIT_FIRST.fullmatch(text):
        return len(text.split()) <= CAPTION_MAX_WORDS
    if _WRITER_FIRST.match(text):
        return False
    if _GENERIC_PICTURE.fullmatch(text):
        return True
    if _CAPTION_LABEL.match(text):
        return len(text.split()) <= CAPTION_MAX_WORDS
    if _ALT_TEXT.match(text):
        return len(text.split()) <= ALT_TEXT_MAX_WORDS and not ends_with(text, ".!?")
    tail = text[-CREDIT_TAIL_CHARS:]
    if any(rule.search(tail) for rule in (_LABELLED_CREDIT, _STAFF_CREDIT, _NEWSROOM_CREDIT)):
        return len(text.split()) <= CAPTION_MAX_WORDS
    tail = text[-CREDIT_TAIL_CHARS:]
    lowered = tail.lower()
    if not any(hint in lowered for hint in _CAPTION_HINTS):
        return False
    if len(text.split()) > CAPTION_MAX_WORDS:
        return False
    if _AGENCY_CREDIT.search(tail) or (len(text) <= 100 and _SLASH_CREDIT.fullmatch(text)):
        return True
    after = _SENTENCE_THEN_CREDIT.search(tail)
    if after is not None and _SLASH_CREDIT.fullmatch(after["credit"]):
        return True
    # "… at a signing ceremony in Seoul, Friday. Yonhap": an agency's bare name.
    if after is not None and _BARE_AGENCY.fullmatch(after["credit"]):
        return len(text.split()) <= BARE_CREDIT_MAX_WORDS
    found = _CREDIT_AFTER.search(tail)
    return found is not None and _credit_like(found["credit"])


CAPTION_RULES: tuple[LineRule, ...] = (LineRule("caption", "caption", _caption),)


# What a caption without a credit says: a place and its region or country
# ("at a plant in Ningbo, China,"), or when the picture was taken ("… in May").
_PICTURE_PLACE = re.compile(
    r"\b(?:in|at|near|outside|off)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,\s+[A-Z][\w'’-]+"
)
_PICTURE_TIME = re.compile(
    r"\b(?:in|on)\s+(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d{4})\W*$"
)


def caption_shaped(text: str) -> bool:
    """A line that reads as a picture's caption, credit or not."""
    return _PICTURE_PLACE.search(text) is not None or _PICTURE_TIME.search(text) is not None
