"""A forwarded or pasted e-mail's header ("From: …", "Subject: …", "To: …")
read as a page's: the subject is the headline, the sender the source, the
addressees chrome."""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import Block
from .job_titles import is_job_title
from .names import is_person
from .outlets import is_outlet_shaped
from .reading import Reading, start_reading

HEADER_REACH = 8
HEADER_SEARCH = 25
_FIELD = re.compile(
    r"(?P<label>from|subject|to|cc|bcc|reply-to|sent|date)\s*:\s*(?P<value>.*)", re.I
)
# "FW: …", "Fwd: Re: …": what a mail client put before the subject.
_FORWARD_PREFIX = re.compile(r"^(?:(?:fwd?|re|aw|wg|tr)\s*:\s*)+", re.I)
# "Minerals Policy Weekly <editor@example.org>", "Mining Herald
# [mailto:news@example.org]": the name before the address.
_ADDRESS = re.compile(r"\s*(?:<[^<>@\s]+@[^<>\s]+>|\[mailto:[^\[\]\s]+\])\s*$")


def _field(block: Block) -> tuple[str, str] | None:
    match = _FIELD.fullmatch(block.text.strip())
    return (match["label"].lower(), match["value"].strip()) if match else None


def sender_name(value: str) -> str | None:
    """The sender's display name, without its address and quotes; never a
    person's name (someone forwarding the story, not its publisher)."""
    name = _ADDRESS.sub("", value).strip(" \"'")
    # ("From: Head of Market Operations": a memo's office, inside the issuer.)
    if not name or "@" in name or is_person(name) or is_job_title(name):
        return None
    return None if _HOLDER.match(name) else name


# "Head of Market Operations", "Director, Trading": who holds an office, no body.
_HOLDER = re.compile(r"(?:head|director|manager|chair|secretary|chief \w+ officer)\b", re.I)


def _as_page_block(block: Block, label: str, value: str) -> Block:
    if label == "subject":
        return replace(block, kind="text", text=_FORWARD_PREFIX.sub("", value), rule="")
    # "Sent: Friday, June 6, 2025 6:30 AM": when the mail went out dates it.
    if label in ("sent", "date"):
        return replace(block, kind="meta", text=value, rule="metadata")
    name = sender_name(value) if label == "from" else None
    if name is not None:
        return replace(block, kind="meta", text=f"Source: {name}", rule="metadata")
    return replace(block, kind="boilerplate", rule="email_header")


# A mail client's sender line with no label: "Clara Voss | Alloyview Advisors
# <research@alloyview.com>", "Ana Pires from Ore Notes <ana@…>": a writer for
# a firm, then the address.
_SENDER_FOR = re.compile(
    r"(?P<person>[^|<>]{3,40}?)\s+(?:\||from|at|[-–—])\s+(?P<firm>[^|<>]{2,60})"
)
SENDER_LINE_REACH = 16


def sender_line(text: str) -> str | None:
    """A mail client's sender line as a metadata line ("By NAME | Source: FIRM"
    or "Source: FIRM"); None for any other line, or a person alone."""
    if _ADDRESS.search(text) is None:
        return None
    display = _ADDRESS.sub("", text).strip(" \"'")
    parts = _SENDER_FOR.fullmatch(display)
    if parts is not None and is_person(parts["person"].strip()):
        firm = parts["firm"].strip(" \"'")
        return f"By {parts['person'].strip()} | Source: {firm}" if is_outlet_shaped(firm) else None
    name = sender_name(display)
    return f"Source: {name}" if name and is_outlet_shaped(name) else None


def read_sender_line(reading: Reading) -> Reading:
    """The first sender line at the top of a pasted mail becomes a metadata line."""
    for index in range(min(SENDER_LINE_REACH, len(reading.blocks))):
        block = reading.blocks[index]
        meta = sender_line(block.text.strip()) if block.kind == "text" else None
        if meta is not None:
            blocks = list(reading.blocks)
            blocks[index] = replace(block, kind="meta", text=meta, rule="metadata")
            return start_reading(blocks)
    return reading


def read_email_header(reading: Reading) -> Reading:
    """With a "From:" and a "Subject:" line at the top, the header's lines
    become the headline, a source line and chrome; without them, a mail
    client's sender line names the writer and the firm."""
    top = range(min(HEADER_SEARCH, len(reading.blocks)))
    fields = {i: f for i in top if (f := _field(reading.blocks[i])) is not None}
    labels = {label for label, _ in fields.values()}
    if not {"from", "subject"} <= labels:
        return read_sender_line(reading)
    # One header: its fields together, at the top or under a site's menu (a
    # member notice's "To:", "From:", "Subject:", "Date:").
    if max(fields) - min(fields) >= HEADER_REACH:
        return reading
    blocks = [
        _as_page_block(block, *fields[i]) if i in fields else block
        for i, block in enumerate(reading.blocks)
    ]
    return start_reading(blocks)
