"""Line rules for the notices and footers of a page: standards and copyright
lines, disclaimers, contacts, addresses, counters, end marks, privacy links,
trails of breadcrumbs and menus, a press release's closing lines."""

from __future__ import annotations

from .line_rule import LineRule, whole_line
from .line_tests import (
    is_about_the_company,
    is_breadcrumb,
    is_navigation,
    is_phone_number,
    is_press_release_source,
)

# Notices, contacts and footers, dropped wherever they appear.
FOOTER_RULES: tuple[LineRule, ...] = (
    LineRule(
        "release_authorised",
        "boilerplate",
        # "This announcement has been authorised for release by the Board of …".
        whole_line(
            r"(?:this )?(?:announcement|release|report)\b.{0,30}?\b(?:authori[sz]ed|approved)"
            r" for (?:release|lodgement|issue)\b.*"
        ),
    ),
    LineRule(
        "download_file",
        "boilerplate",
        # "Download PDF (412 KB)", "Download the full report (PDF)": a file link.
        whole_line(r"download\b.{0,40}?(?:\bpdf\b|\(\s*[\d.,]+\s*[kmg]i?b\s*\)).{0,20}"),
    ),
    LineRule(
        "forward_prompt",
        "boilerplate",
        # A newsletter's sign-off asking the reader to pass it on.
        whole_line(
            r"(?:please )?(?:forward|share) this (?:email |newsletter |issue )?(?:with|to) a (?:friend|colleague)\b.*"
        ),
    ),
    LineRule("standards", "boilerplate", whole_line(r"our standards\s*:.*")),
    LineRule(
        "editorial_policy",
        "boilerplate",
        whole_line(
            r"(?:our )?editorial (?:policy|standards|guidelines|independence)\b.{0,160}|advertiser disclosure\W*"
        ),
    ),
    LineRule(
        "copyright",
        "boilerplate",
        whole_line(
            r"(?:(?:all )?(?:content|text|material|site|website)s?\s+)?"
            r"(?:copyright\s*(?:©|ⓒ|\(c\))?\s*\d{4}|©|ⓒ|\(c\)\s*\d{4}).{0,200}"
            r"|copyright\b.{0,80}\b(?:ltd|inc|llc|plc|l\.p\.|limited|gmbh)\.?|.{0,120}\ball rights reserved\b.*"
            r"|.{0,80}\b(?:unauthori[sz]ed )?(?:reproduction|redistribution|republication)\b.{0,80}\bprohibited\b.*"
        ),
    ),
    LineRule(
        "disclaimer",
        "boilerplate",
        whole_line(r"(?:disclaimer|disclosure|[\w.’' ]{1,40}['’]s disclosure)s?\s*:.*"),
    ),
    LineRule(
        "public_inquiries",
        "boilerplate",
        whole_line(r"general (?:public )?(?:inquiries|enquiries)\b.*"),
    ),
    LineRule(
        "web_editor",
        "boilerplate",
        whole_line(r"(?:web |chief |managing )?editors?\s*:.*|\[\s*editor\s*:.*\]"),
    ),
    LineRule(
        "contact_label",
        "boilerplate",
        whole_line(
            r"(?:contacts?|tel|phone|mail|e-?mail|fax|website)\s*:.{0,100}"
            r"|(?:contacts?|tel|phone|mail|e-?mail|fax|website)(?:\s+\S+@\S+|\s+\+?[\d ()-]{7,})?"
            r"|(?:name|email|e-mail|website|comment)\s*\*"
        ),
    ),
    LineRule("phone", "boilerplate", is_phone_number),
    LineRule(
        "address_line",
        "boilerplate",
        whole_line(
            r"\d{1,5} [\w. ]{2,30} (?:street|st|avenue|ave|road|rd|boulevard|blvd)\.?(?: [nsew]{1,2})?|[\w. ]{2,30}, [A-Z]{2} \d{5}"
        ),
    ),
    LineRule("email_or_url", "boilerplate", whole_line(r"\S+@\S+\.\w+|(?:https?://|www\.)\S+")),
    LineRule(
        "counter",
        "boilerplate",
        whole_line(
            r"\d[\d,.]*[km]?|[+-]?\d+(?:\.\d+)?%|[A-Z]{1,6}(?:\.[A-Z]{1,3})?\s*[+-]\d+(?:\.\d+)?%"
        ),
    ),
    LineRule("hashtags", "boilerplate", whole_line(r"(?:#\w+\s*){1,}")),
    LineRule("end_marker", "boilerplate", whole_line(r"(?:ends?|-\s*30\s*-|-\s*ends?\s*-)\W*")),
    LineRule(
        "quotes_attributable",
        "boilerplate",
        whole_line(r"quotes? (?:attributable|attributed) to\b.{0,80}"),
    ),
    LineRule("comments_closed", "boilerplate", whole_line(r"comments are closed\W*")),
    LineRule(
        "privacy",
        "boilerplate",
        whole_line(
            r"(?:privacy|terms)(?: (?:of (?:use|service)|and conditions|& conditions|policy|notice|dashboard|settings))?"
            r"(?:\s*[∙·|&,]\s*(?:privacy|terms|collection notice|cookies?|cookie policy))*\W*"
            r"|(?:terms and )?privacy policy\W*"
        ),
    ),
    LineRule(
        "press_release_label", "boilerplate", whole_line(r".{1,60} - press release|press releases?")
    ),
    LineRule("breadcrumb", "boilerplate", is_breadcrumb),
    LineRule("navigation", "boilerplate", is_navigation),
    LineRule("press_release_source", "boilerplate", is_press_release_source),
    LineRule("about_the_company", "end_matter", is_about_the_company),
)
