"""Line rules for a news portal's or a blog platform's furniture the other
tables lack: "read also" promos and share or listen buttons in the languages
portals print beside English text ("Leia também: …", "Baca juga: …",
"Compartilhar"), follower and view counters ("3.4K Followers", "Views: 3 418"), rows of rates,
a paywall's badge ("Premium"), a dateline alone on its line, a news agency's reuse notice and a data
portal's delay notice."""

from __future__ import annotations

import re

from .line_rule import LineRule, rules_of_kind

# "Read also" in Portuguese, Spanish, French, German, Italian, Indonesian and
# Malay, Turkish and Polish.
READ_ALSO = (
    r"(?:leia (?:também|mais)|veja (?:também|mais)|saiba mais|lea (?:también|más)|lee también"
    r"|vea también|lire aussi|à lire aussi|voir aussi|lesen sie (?:auch|mehr)|mehr zum thema"
    r"|leggi anche|baca (?:juga|selengkapnya)|lihat juga|baca lagi|ayrıca (?:okuyun|bakınız)"
    r"|czytaj (?:też|także|również)|read also)"
)
# Buttons in those languages: share, listen, print, comment, save.
_CONTROLS = (
    r"compartilhar|compartilhe|compartir|comparte|partager|teilen|condividi|bagikan|paylaş"
    r"|ouvir|escuchar|écouter|anhören|vorlesen|ascolta|dengarkan|dinle"
    r"|imprimir|imprimer|drucken|stampa|cetak|yazdır"
    r"|comentários|comentarios|commentaires|kommentare|commenti|komentar|yorumlar"
    r"|salvar|guardar|enregistrer|speichern|salva|simpan|kaydet"
)
# A count and what it counts, either way round ("3.4K Followers", "Views: 3 418").
_FIGURE = r"\d{1,3}(?:[ \u00a0\u202f,.]\d{3})+|\d+(?:[.,]\d+)?\s?[kKmM]?"
_COUNTED = r"claps|likes|views|reads|shares|reactions"

_NOT_RESPONSIBLE = (
    r"[^.]{0,60}\bis not responsible for the accuracy of (?:third[- ]party )?"
    r"(?:data|prices|quotes|information)\."
)
_DELAYED = r"(?:prices|quotes|data)(?: are)? delayed (?:by )?(?:at least )?\d+ min(?:ute)?s\b\W*"

# One quote of a rates row: a code in capitals (a currency, a pair, an index)
# or a commodity's name, and its figure, perhaps its change ("USD 512.40",
# "USD/CNH 7.1820", "HSI 19,842.11 +0.62%", "Gold 2,641.30").
_QUOTE = (
    r"(?:[A-Z]{2,6}(?:/[A-Z]{3})?|[A-Z][a-z]{2,10})\s+(?:\d[\d,]*\.\d+|\d{1,3}(?:,\d{3})+)"
    r"(?:\s*[+-−]\s*[\d,.]+%?)?"
)
_RATES_ROW = re.compile(rf"{_QUOTE}(?:(?:\s*[|·•]\s*|\s+){_QUOTE})+")
_CODE = re.compile(r"\b[A-Z]{2,6}(?:/[A-Z]{3})?\s+\d")


def is_rates_row(text: str) -> bool:
    """ "USD 512.40 | EUR 541.10 | RUB 5.21": a portal's row of exchange rates or
    index quotes, every part a code (or a commodity) and its figure."""
    return _RATES_ROW.fullmatch(text.strip()) is not None and _CODE.search(text) is not None


PORTAL_RULES: tuple[LineRule, ...] = rules_of_kind(
    "boilerplate",
    ("rates_row", is_rates_row),
    ("read_also", rf"{READ_ALSO}\s*[:|–—-]\s*\S.*"),
    ("page_controls", rf"(?:(?:{_CONTROLS})\W*)+"),
    ("view_counter", rf"(?:{_FIGURE})\s+(?:{_COUNTED})|(?:{_COUNTED})\s*:?\s*(?:{_FIGURE})"),
    (
        "paywall_badge",
        r"(?:premium(?: content| story| article)?|subscribers?(?:[- ]only| exclusive)"
        r"|for subscribers|members?[- ]only|member exclusive)\W*",
    ),
    # "New York MNN —", "WASHINGTON —": a dateline on its own line over the lead,
    # a place (and the outlet's letters) before a dash: no heading.
    (
        "dateline_alone",
        r"(?-i:(?:[A-Z][\w.'’-]+,?\s+){0,3}(?:[A-Z]{2,6}|[A-Z][A-Z.'’-]{2,})\s*[—–])",
    ),
    # "Get the week's motor news every Friday.": a newsletter's pitch under its label.
    (
        "newsletter_pitch",
        r"get (?:the|our) (?:week['’]s|day['’]s|latest|top|best|biggest|essential)\b.{0,60}"
        r"\b(?:news|headlines|stories|updates|analysis)\b.{0,20}"
        r"\b(?:every|each|in your inbox|straight to your inbox|delivered)\b.{0,30}",
    ),
    # "Writer for Supply Side Notes": a blog platform's profile line in the author box.
    (
        "writer_for",
        r"(?:staff |contributing |senior |guest )?(?:writer|editor|contributor|columnist)"
        r" (?:for|at) (?:the )?[A-Z][\w&'’ .-]{1,40}",
    ),
    # "When using materials, a hyperlink to X is required.": an agency's terms of reuse.
    (
        "reuse_notice",
        r"(?:when|if) (?:using|quoting|reprinting|republishing) (?:our |the |these )?"
        r"(?:materials?|content|articles?|news)\b.{0,80}\b(?:hyper)?link\b.{0,80}",
    ),
    # "Prices delayed at least 15 minutes.", "X is not responsible for the
    # accuracy of third-party data.": a data portal's notices under a story.
    (
        "data_notice",
        rf"{_NOT_RESPONSIBLE}(?:\s*{_DELAYED})?|{_DELAYED}",
    ),
)

# "3.4K Followers", "12K subscribers": the writer's box under a blog platform's
# story, which ends it.
FOLLOWERS_RULES: tuple[LineRule, ...] = rules_of_kind(
    "end_matter", ("follower_counter", rf"(?:{_FIGURE})\s+(?:followers|subscribers)")
)

# The label of a box of other stories, in those languages too ("Read also:").
READ_ALSO_BOX_RULES: tuple[LineRule, ...] = rules_of_kind(
    "box_label", ("read_also_box", rf"{READ_ALSO}\s*:?")
)
