"""A newsletter or a message pasted with its e-mail header ("From: Priya Raman <thelonghaul@substack.com>",
"Subject: ...", "Date: ..."): the subject is its title, the sender its author, the date its own."""

from __future__ import annotations

import re
from typing import NamedTuple

EMAIL_FIELD = re.compile(r"^(?P<key>from|to|cc|bcc|subject|date|sent|reply-to)\s*:\s*(?P<value>.*?)\s*$", re.I)
# A sender's name before the address: "Priya Raman <thelonghaul@substack.com>", "\"The Long Haul\" <...>".
SENDER = re.compile(r"^\"?(?P<name>[^<>\"@]+?)\"?\s*<[^<>]+>$|^(?P<plain>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3})$")


class EmailHead(NamedTuple):
    """The fields of an e-mail header, and how many of the text's lines it takes."""

    subject: str
    sender: str
    date: str
    lines: int


def email_head(lines: list[str]) -> EmailHead:
    """The e-mail header at the top of a text's lines: two or more fields, a subject or a sender among them.

    >>> email_head(["From: Priya Raman <hi@example.com>", "Subject: Quieter", "Date: March 10, 2024", "", "Hi,"])
    EmailHead(subject='Quieter', sender='Priya Raman', date='March 10, 2024', lines=3)
    >>> email_head(["Subject: Quieter", "", "Text."]).lines
    0
    """
    fields: dict[str, str] = {}
    k = 0
    while k < len(lines) and not lines[k].strip():
        k += 1
    while k < len(lines) and (m := EMAIL_FIELD.match(lines[k].strip())):
        fields.setdefault(m["key"].lower(), m["value"])
        k += 1
    if len(fields) < 2 or not {"subject", "from"} & set(fields):
        return EmailHead("", "", "", 0)
    sender = SENDER.match(fields.get("from", ""))
    name = (sender["name"] or sender["plain"] or "").strip() if sender else ""  # "Priya Raman" as Outlook writes it
    return EmailHead(fields.get("subject", ""), name,
                     fields.get("date") or fields.get("sent", ""), k)
