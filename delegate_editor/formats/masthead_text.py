"""The page-1 masthead's lines as every writer prints them, in the draft's language.

The masthead is page furniture (a page header in DOCX and ODT), so it is built apart from the
body's blocks: no footnote can stand in it. A reissued symbol therefore carries its asterisk
typed ("A/C.1/80/L.23*", and the job number "25-16535* (E)") while the note's own mark stands
in the text (``blocks``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields

from delegate_editor.conventions.language import Language
from delegate_editor.model.document import Draft
from delegate_editor.model.text import clean_text

# The language tag after a job number: "(E)", and anything after it (the release date).
_JOB_TAG = re.compile(r"\s*\([A-Z]\).*$")
# the number part of a job number, where a reissue's asterisk goes: "25-16535* (E)"
_JOB_NUMBER = re.compile(r"^(\s*(?:[A-Z]{1,2}\.)?[\d-]+)\*?")
REISSUE_MARK = "*"  # the UN's first asterisk: a reissue note comes before any other


@dataclass(frozen=True)
class MastheadText:
    organization: str
    symbol: str
    organ: str
    distribution: str
    date: str
    original: str
    job_number: str
    version: str = ""  # the line naming this language version ("Français"); "" in English

    def __post_init__(self) -> None:
        for item in fields(self):
            object.__setattr__(self, item.name, clean_text(getattr(self, item.name)))

    @property
    def job_running(self) -> str:
        """The job number as the running footers of pages 2 onwards show it: without the
        language tag that page 1 carries ("V.13-82258 (E)" → "V.13-82258") and without a
        reissue's asterisk ("25-16535* (E)" → "25-16535")."""
        return _JOB_TAG.sub("", self.job_number).rstrip("*")


def masthead_text(draft: Draft, lang: Language) -> MastheadText:
    """The masthead of ``draft`` in ``lang``; a reissued symbol and its job number carry the
    reissue note's asterisk, as the UN prints them."""
    f = draft.front
    mark = REISSUE_MARK if f.reissue.strip() and f.symbol.strip() else ""
    values, names = lang["distribution_values"], lang["language_names"]
    return MastheadText(
        organization=lang["organization"],
        symbol=f.symbol + mark,
        organ=lang.name_of(f.organ),
        distribution=lang["distribution"].format(values[f.distribution.value])
        if f.distribution.value
        else "",
        date=lang.date(f.date),
        original=lang["original"].format(names.get(f.original, f.original)) if f.original else "",
        job_number=_JOB_NUMBER.sub(rf"\g<1>{mark}", f.job_number, count=1) if mark else f.job_number,
        version=lang["version_line"],
    )
