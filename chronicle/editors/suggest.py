"""Suggestions for editors: what the chronicle may be missing. Warnings, never errors.

Runs after validate, on the entries that passed it. Three kinds, each with a code an entry can
list under `silence:` when the suggestion does not apply (`no-quotes`), or, for one actor only,
a code and an id (`unlisted-actor:washington-post`):

- unlisted-actor (on a source): its text names an actor, by name or alias, that no event
  citing the source lists among its actors;
- unlinked (on an actor, topic, place or source): no event, role or entry link points at it;
- no-quotes (on an event): the event quotes nobody;
- title-not-in-article, title-is-interface, kept-little, kept-almost-all (on a source): what
  says the cleaner or the title may have guessed wrong (capture_warnings);
- stale-scheduled (on an event): still `scheduled`, but over before the chronicle's newest
  source was published (chronicle.stale); the editors record what happened.
- unmarked-quote (on an event): a direct quote or a translation that its source gives without
  quotation marks around it (chronicle.speech); reported speech is `kind: reported`.
"""

from __future__ import annotations

import re

from chronicle import speech, stale
from chronicle.model import Chronicle
from chronicle.problems import Problem
from chronicle.read import Entry, RawProject
from chronicle.text import ENTITY_SCHEMES, links

CODES = (
    "unlisted-actor",
    "unlinked",
    "no-quotes",
    "title-not-in-article",
    "title-is-interface",
    "kept-little",
    "kept-almost-all",
    stale.CODE,
    speech.CODE,
)

# A capture of which the cleaner kept less than this share of the characters, or more, is worth
# a look (`chronicle clean SEED`). Measured (docs/cleaning.md): the made-up captures of
# tests/data/captures keep 48-71%, the real seeds 73% and 89%; a capture with its furniture
# missed keeps nearly all, one whose article was taken for furniture very little.
KEPT_LITTLE = 0.25
KEPT_ALMOST_ALL = 0.98


def _silenced(entry: Entry, code: str, target: str | None = None) -> bool:
    silence = entry.data.get("silence") or ()
    return code in silence or (target is not None and f"{code}:{target}" in silence)


def _warn(entry: Entry, path: tuple, message: str, silence: str) -> Problem:
    line, column = entry.doc.position(path)
    return Problem(entry.path, line, column, f"{message} (if that is intended, add `silence: [{silence}]`)", "warning")


_WORDS = re.compile(r"\w+")


class _Mentions:
    """Finds the actors a text names, by name or alias, as whole words.

    Names are looked up as sequences of words in a dictionary, so the time is linear in the
    text whatever the number of actors (one regex of 10,000 alternatives took most of the
    check at 10,000 events).
    """

    def __init__(self, chronicle: Chronicle):
        self.owner: dict[tuple[str, ...], set[str]] = {}
        for actor in chronicle.actors.values():
            for name in (actor.name, *actor.aliases):
                words = tuple(_WORDS.findall(name))
                if words and len(name) >= 2:
                    self.owner.setdefault(words, set()).add(actor.id)
        self.longest = max((len(k) for k in self.owner), default=0)

    def __call__(self, text: str) -> list[str]:
        """The actors named in the text, in order of first mention."""
        words = _WORDS.findall(text)
        found: dict[str, int] = {}
        for i in range(len(words)):
            for n in range(1, min(self.longest, len(words) - i) + 1):
                for actor_id in self.owner.get(tuple(words[i : i + n]), ()):
                    found.setdefault(actor_id, i)
        return sorted(found, key=lambda a: (found[a], a))


def _linked(chronicle: Chronicle, raw: RawProject) -> set[tuple[str, str]]:
    """Every (kind, id) that an event, a role or an entry link in editors' Markdown points at."""
    linked: set[tuple[str, str]] = set()
    for event in chronicle.events.values():
        linked.update(("actor", p.actor) for p in event.actors)
        linked.update(("topic", t) for t in event.topics)
        linked.update(("source", s) for s in event.sources)
        linked.update(("actor", a) for q in event.quotes for a in q.by)
        if event.place:
            linked.add(("place", event.place))
    for actor in chronicle.actors.values():
        linked.update(("actor", r.organization) for r in actor.roles if r.organization and r.organization != actor.id)
    texts = (
        [e.summary for e in chronicle.events.values()]
        + [
            obj.description
            for group in (chronicle.actors, chronicle.topics, chronicle.places)
            for obj in group.values()
        ]
        + [s.note for s in chronicle.sources.values()]
    )
    for text in texts:
        for _, _, href in links(text):
            kind, _, ref = href.partition(":")
            if kind in ENTITY_SCHEMES:
                linked.add((kind, ref))
    return linked


def suggest(chronicle: Chronicle, raw: RawProject) -> list[Problem]:
    """Warnings about what the chronicle may be missing; entries not in the chronicle are skipped."""
    warnings: list[Problem] = []
    entries = raw.entries

    mentions = _Mentions(chronicle)
    for source_id, source in sorted(chronicle.sources.items()):
        entry = entries["source"][source_id]
        if _silenced(entry, "unlisted-actor"):
            continue
        listed = {p.actor for e in chronicle.events_by_source.get(source_id, []) for p in e.actors}
        for actor_id in mentions("\n".join(source.paragraphs)):
            if actor_id not in listed and not _silenced(entry, "unlisted-actor", actor_id):
                name = chronicle.actors[actor_id].name
                warnings.append(
                    _warn(
                        entry,
                        ("seed",),
                        f"the article mentions {name} ({actor_id}), but no event citing this source lists them among its actors",
                        f"unlisted-actor:{actor_id}",
                    )
                )

    for source_id, source in sorted(chronicle.sources.items()):
        warnings += capture_warnings(entries["source"][source_id], source)

    linked = _linked(chronicle, raw)
    for kind, group in (
        ("actor", chronicle.actors),
        ("topic", chronicle.topics),
        ("place", chronicle.places),
        ("source", chronicle.sources),
    ):
        for entry_id in sorted(group):
            entry = entries[kind][entry_id]
            if (kind, entry_id) not in linked and not _silenced(entry, "unlinked"):
                warnings.append(_warn(entry, (), f"nothing links to this {kind}: no event names it", "unlinked"))

    for event_id, event in sorted(chronicle.events.items()):
        entry = entries["event"][event_id]
        if not event.quotes and not _silenced(entry, "no-quotes"):
            warnings.append(
                _warn(
                    entry, ("title",), "the event quotes nobody; add what was said, verbatim from a source", "no-quotes"
                )
            )
    return warnings + stale_warnings(chronicle, raw) + unmarked_quote_warnings(chronicle, raw)


def stale_warnings(chronicle: Chronicle, raw: RawProject) -> list[Problem]:
    """Scheduled events long past (chronicle.stale), at their status field."""
    today = stale.as_of(chronicle)
    found = []
    for event_id, event in sorted(chronicle.events.items()):
        entry = raw.entries["event"][event_id]
        if stale.is_stale(event, today) and not _silenced(entry, stale.CODE):
            found.append(
                _warn(
                    entry,
                    ("status",),
                    f"still `scheduled`, but the event ({(event.end_date or event.date).iso}) was over before the chronicle's newest source ({today}); record what happened: `status: held`, `cancelled` or `postponed`, citing a source that says so",
                    stale.CODE,
                )
            )
    return found


def unmarked_quote_warnings(chronicle: Chronicle, raw: RawProject) -> list[Problem]:
    """Direct quotes and translations their source gives without quotation marks (chronicle.speech),
    at the quote's text."""
    found = []
    for event_id, event in sorted(chronicle.events.items()):
        entry = raw.entries["event"][event_id]
        if _silenced(entry, speech.CODE):
            continue
        for i, quote in enumerate(event.quotes):
            source = chronicle.sources.get(quote.source)
            if quote.kind in speech.QUOTED_KINDS and source and speech.unmarked(source.paragraphs, quote.text):
                found.append(
                    _warn(
                        entry,
                        ("quotes", i, "text"),
                        f"a {quote.kind} quote, but {source.seed} gives these words without quotation marks around them; "
                        "if it is the source's account of what was said (переказ), write `kind: reported`; "
                        "if not, quote the words the source puts in «…»",
                        speech.CODE,
                    )
                )
    return found


def capture_warnings(entry: Entry, source) -> list[Problem]:
    """A source's title that is not the article's, or is an interface phrase; a capture of which
    the cleaner kept very little or almost everything (issue 15, section 3)."""
    summary = source.capture
    if summary is None:
        return []
    found: list[Problem] = []
    seed = source.seed
    if summary.title_interface and not _silenced(entry, "title-is-interface"):
        found.append(
            _warn(
                entry,
                ("title",),
                f"the title is {summary.title_interface} of the page, not the article's headline; write the headline (`chronicle clean {seed}` shows it)",
                "title-is-interface",
            )
        )
    elif not summary.title_in_article and not _silenced(entry, "title-not-in-article"):
        found.append(
            _warn(
                entry,
                ("title",),
                f"the title is not in the article of {seed} (its headline or text); check it against `chronicle clean {seed}`",
                "title-not-in-article",
            )
        )
    if summary.kept_share < KEPT_LITTLE and not _silenced(entry, "kept-little"):
        found.append(
            _warn(
                entry,
                ("seed",),
                f"the cleaner kept only {summary.kept_share:.0%} of {seed} as the article; see what it dropped with `chronicle clean {seed}` and keep lines with keep_lines",
                "kept-little",
            )
        )
    elif summary.kept_share > KEPT_ALMOST_ALL and not _silenced(entry, "kept-almost-all"):
        found.append(
            _warn(
                entry,
                ("seed",),
                f"the cleaner kept {summary.kept_share:.0%} of {seed}: no page furniture was found; check with `chronicle clean {seed}` and drop what is not the article with drop_lines",
                "kept-almost-all",
            )
        )
    return found
