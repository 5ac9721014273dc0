"""The editors' tools: what helps a person write and review entries, apart from the build.

- ``new``: `chronicle new` — a skeleton entry valid from the first save, with the words only an
  editor can write marked ЗАПОВНІТЬ; ``placeholders`` is the check that none is ever published.
- ``propose``: what a capture tells about its source (headline, date, outlet, language) and the
  actors and places an article names, for `chronicle new source --seed` / `new event --source`.
- ``suggest``: the warnings `chronicle check` adds for editors: actors a source names that no event
  lists, entries nothing links to, events quoting nobody, doubts about a capture's cleaning or title.
- ``diff``: `chronicle diff` — which pages of the site a change adds, removes or alters.
"""
