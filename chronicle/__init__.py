"""chronicle: a static site generator for a curated chronicle of diplomacy.

The pipeline reads top to bottom, one module a stage, data flowing one way:

    read      -> chronicle.read      YAML entries and seed captures, with line numbers
    validate  -> chronicle.validate  schemas, vocabularies, dates, references, quotes
    generate  -> chronicle.generate  Markdown pages from Jinja2 templates
    render    -> chronicle.render    MkDocs + Material into site/ (built aside, swapped in)
    export    -> chronicle.export    data/chronicle.json, data/*.csv, feed.xml, calendar.ics (chronicle.feeds)

chronicle.pipeline strings them together; chronicle.cli and chronicle.plugin call it.
"""

__version__ = "0.1.0"
