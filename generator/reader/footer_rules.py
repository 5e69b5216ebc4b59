"""Line rules for the notices and footers of a page: standards and copyright
lines, disclaimers, contacts, addresses, counters, end marks, privacy links,
trails of breadcrumbs and menus, a press release's closing lines."""

from __future__ import annotations

from .issuer import REGISTER_NUMBER, TICKER_OPENING
from .line_rule import LineRule, rules_of_kind
from .line_tests import (
    is_about_the_company,
    is_breadcrumb,
    is_navigation,
    is_phone_number,
    is_press_release_source,
)

# Notices, contacts and footers, dropped wherever they appear.
FOOTER_RULES: tuple[LineRule, ...] = (
    *rules_of_kind(
        "boilerplate",
        # "This announcement has been authorised for release by the Board of …".
        (
            "release_authorised",
            r"(?:this )?(?:announcement|release|report)\b.{0,30}?\b(?:authori[sz]ed|approved)"
            r" for (?:release|lodgement|issue)\b.*",
        ),
        # "Download PDF (412 KB)", "Download the full report (PDF)": a file link.
        ("download_file", r"download\b.{0,40}?(?:\bpdf\b|\(\s*[\d.,]+\s*[kmg]i?b\s*\)).{0,20}"),
        # A table's or a chart's links for screen readers and downloads: "Text
        # alternative for Table 1", "Download table data", "View chart as table".
        (
            "figure_links",
            r"(?:text (?:alternative|version|description)|data|download (?:the )?data) (?:for|of)"
            r" (?:table|chart|figure|graph|map|graphic) ?\w{0,4}\W*"
            r"|(?:download|view|show|hide) (?:the )?(?:table|chart|figure|graph|map)(?: data| as (?:a )?\w+)?\W*",
        ),
        # A newsletter's sign-off asking the reader to pass it on.
        (
            "forward_prompt",
            r"(?:please )?(?:forward|share) this (?:email |newsletter |issue )?(?:with|to) a (?:friend|colleague)\b.*",
        ),
        ("standards", r"our standards\s*:.*"),
        (
            "editorial_policy",
            r"(?:our )?editorial (?:policy|standards|guidelines|independence)\b.{0,160}|advertiser disclosure\W*",
        ),
        (
            "copyright",
            r"(?:(?:all )?(?:content|text|material|site|website)s?\s+)?"
            r"(?:copyright\s*(?:©|ⓒ|\(c\))?\s*\d{4}|©|ⓒ|\(c\)\s*\d{4}).{0,200}"
            r"|copyright\b.{0,80}\b(?:ltd|inc|llc|plc|l\.p\.|limited|gmbh)\.?|.{0,120}\ball rights reserved\b.*"
            r"|.{0,80}\b(?:unauthori[sz]ed )?(?:reproduction|redistribution|republication)\b.{0,80}\bprohibited\b.*"
            # "… Inc. No reproduction without permission.", "may not be reproduced without …"
            r"|.{0,80}\bno (?:reproduction|redistribution|republication)\b.{0,40}\bwithout\b.{0,40}\bpermission\b.*"
            r"|.{0,80}\b(?:may|must) not be (?:reproduced|redistributed|republished)\b.{0,60}\bwithout\b.{0,80}",
        ),
        ("disclaimer", r"(?:disclaimer|disclosure|[\w.’' ]{1,40}['’]s disclosure)s?\s*:.*"),
        ("public_inquiries", r"general (?:public )?(?:inquiries|enquiries)\b.*"),
        # "Begin Text:" / "End Text.": a statement's text marked out in a media note.
        ("text_markers", r"(?:begin|end)(?: of)? (?:the )?(?:text|statement)\s*[:.]?"),
        ("web_editor", r"(?:web |chief |managing )?editors?\s*:.*|\[\s*editor\s*:.*\]"),
        (
            "contact_label",
            # ("Press contact: NAME ☎ (+352) 4303 3355": a release's press office)
            r"(?:(?:press|media) )?(?:contacts?|tel|phone|mail|e-?mail|fax|website)\s*:.{0,100}"
            r"|(?:contacts?|tel|phone|mail|e-?mail|fax|website)(?:\s+\S+@\S+|\s+\+?[\d ()-]{7,})?"
            r"|(?:name|email|e-mail|website|comment)\s*\*",
        ),
        ("phone", is_phone_number),
        # "For further information please contact Market Operations: +46 …",
        # "For more information, contact …" with an address or a number in it.
        (
            "contact_prompt",
            r"for (?:further|more|additional) (?:information|details|enquiries|inquiries)\b.{0,80}?"
            r"(?:\S+@\S+|\+?\d[\d ()-]{6,}\d).{0,60}",
        ),
        # "Nordic Metals Exchange AB is authorised and regulated by
        # Finansinspektionen.": a firm's regulatory status under its notice.
        (
            "regulated_by",
            r"[A-Z][\w&.,'’ -]{1,80}? (?:is|are) (?:authori[sz]ed and regulated|authori[sz]ed|regulated"
            r"|licensed)(?: and (?:regulated|supervised))? by (?:the )?"
            r"(?-i:[A-Z][\w&'’-]*(?: (?:[A-Z][\w&'’-]*|of|and|the|for)){0,8})(?: \([A-Z]{2,8}\))?\W*",
        ),
        # "Karrawong Rare Earths Ltd (ASX: KRE) | ABN 55 604 555 117": a release's
        # letterhead lists its issuer, tickers and register numbers, no news.
        (
            "listing_line",
            rf"(?:[A-Z][\w&.,'’ -]{{1,60}}?{TICKER_OPENING}(?:\s*[,;]\s*[A-Z]{{2,8}}\s*:\s*[A-Z0-9.]{{1,8}})*\)"
            rf"(?:\s*[|·•,]\s*{REGISTER_NUMBER})?|{REGISTER_NUMBER})",
        ),
        (
            "address_line",
            r"\d{1,5} [\w. ]{2,30} (?:street|st|avenue|ave|road|rd|boulevard|blvd)\.?(?: [nsew]{1,2})?|[\w. ]{2,30}, [A-Z]{2} \d{5}",
        ),
        ("email_or_url", r"\S+@\S+\.\w+|(?:https?://|www\.)\S+"),
        (
            "counter",
            # (a date written with dots or slashes is no counter: "12.06.2025")
            r"(?!(?:\d{1,4}[./-]){2}\d{1,4}$)\d[\d,.]*[km]?|[+-]?\d+(?:\.\d+)?%|[A-Z]{1,6}(?:\.[A-Z]{1,3})?\s*[+-]\d+(?:\.\d+)?%",
        ),
        ("hashtags", r"(?:#\w+\s*){1,}"),
        ("end_marker", r"(?:ends?|-\s*30\s*-|-\s*ends?\s*-)\W*"),
        ("comments_closed", r"comments are closed\W*"),
        (
            "privacy",
            r"(?:privacy|terms)(?: (?:of (?:use|service)|and conditions|& conditions|policy|notice|dashboard|settings))?"
            r"(?:\s*[∙·|&,]\s*(?:privacy|terms|collection notice|cookies?|cookie policy))*\W*"
            r"|(?:terms and )?privacy policy\W*"
            # "Terms and Privacy Policy   Privacy Dashboard   About Our Ads": a
            # portal's row of policy links, parted by spaces.
            r"|(?:terms and privacy policy|privacy dashboard|about our ads|ad ?choices)"
            r"(?:\s+(?:terms and privacy policy|privacy dashboard|about our ads|ad ?choices"
            r"|privacy policy|terms of (?:use|service)|cookie (?:policy|settings)))+\W*",
        ),
        # "Quotient Finance is part of the Quotient family of brands."
        (
            "family_of_brands",
            r".{0,60}\bis (?:a )?part of (?:the )?.{1,60}\b(?:family|group|network|portfolio)"
            r" of (?:brands|sites|websites|publications|companies|titles)\W*",
        ),
        ("press_release_label", r".{1,60} - press release|press releases?"),
        ("breadcrumb", is_breadcrumb),
        ("navigation", is_navigation),
        ("press_release_source", is_press_release_source),
    ),
    LineRule("about_the_company", "end_matter", is_about_the_company),
)
