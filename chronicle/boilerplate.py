"""Telling page furniture from the article in a plain-text capture, with no outlet rules.

jusText's method (Pomikálek, "Removing Boilerplate and Duplicate Content from Web Corpora",
2011; the `justext` package), applied to the lines of a text capture instead of the blocks of
an HTML page:

1. Each line gets a class without context: *bad* (furniture), *short*, *near-good* or *good*,
   from its length and its density of stop words (jusText's own Ukrainian, Russian and English
   stoplists; `justext.classify_paragraphs`). A capture has no links, so what the link density
   tells in HTML is told here by signals of the text (`signal()`): interface phrases (share,
   subscribe, tags, comments, cookies, ads, "read also"), photo credits, bylines, date and time
   lines, counters, copyright lines; a line with a signal has all its characters "in links" and
   so is bad. Sentence shape refines the length: a line that does not end a sentence is at best
   *short* (headlines, labels, lists); a short line that is a whole sentence is *near-good*; a
   sentence of prose of 70 characters or more is *good* (jusText would call some of them
   near-good: in HTML the links tell more; here the rule is that an article sentence is never
   dropped for lack of context).
2. The classes are revised by the neighbours (`justext.revise_paragraph_classification`): a
   short line between good ones is kept (a subheading), between bad ones dropped (a share bar,
   a byline); near-good lines next to good ones are kept.
3. Then what the neighbours say in a text capture: a block that a heading such as "Читайте
   також" or "Популярне" opens is furniture up to the next article paragraph; two or more
   headline-shaped lines in a row are a list of headlines; the first headline-shaped line above
   the article is its headline (proposed as the source's title, dropped from the text).

Every verdict carries its reason, for `chronicle clean`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

LENGTH_LOW = 70  # jusText's defaults
LENGTH_HIGH = 200
STOPWORDS_LOW = 0.30
STOPWORDS_HIGH = 0.32
MAX_HEADING_DISTANCE = 200

_LANGUAGES = {"uk": "Ukrainian", "ru": "Russian", "en": "English"}


def language(text: str) -> str:
    """uk, ru or en, by the letters only one of the languages has."""
    if re.search(r"[іїєґІЇЄҐ]", text):
        return "uk"
    if re.search(r"[ыэъёЫЭЪЁ]", text):
        return "ru"
    if re.search(r"[а-яА-Я]", text):
        return "ru" if len(re.findall(r"[а-яА-Я]", text)) > len(re.findall(r"[a-zA-Z]", text)) else "en"
    return "en"


@lru_cache(maxsize=3)
def stoplist(lang: str) -> frozenset[str]:
    import justext

    return frozenset(justext.get_stoplist(_LANGUAGES.get(lang, "English")))


def _norm(line: str) -> str:
    """Lowercase, apostrophes unified, no punctuation, digits or symbols at either end."""
    line = line.lower().replace("’", "'").replace("ʼ", "'").replace("ё", "е")
    line = re.sub(r"\s+", " ", line)
    return re.sub(r"^[\W\d_]+|[\W\d_]+$", "", line)


# The furniture patterns below but _BYLINE_NAME run on the lowercased line: Python's
# case-insensitive matching of Cyrillic is several times slower.
# Whole lines that are interface: what a reader clicks, not what an author wrote. Compared after
# _norm (lowercase, no punctuation at the ends). Ukrainian, Russian, English.
INTERFACE = frozenset(
    _phrase
    for _phrase in """
відео|фото|фотогалерея|галерея|інфографіка|аудіо|слухати|дивитися відео|видео|фотогалерея|галерея|
поділитися|поділитись|поширити|поширити в соцмережах|копіювати посилання|скопіювати посилання|надіслати|друкувати|
роздрукувати|зберегти в закладки|реклама|реклама на сайті|відео дня|фото дня|новина дня|головне|головне за день|
підписатися|підпишіться|підписатись|коментарі|коментар|коментувати|залишити коментар|показати коментарі|теги|мітки|
теми|популярне|популярні новини|найпопулярніше|найчитаніше|останні новини|стрічка новин|новини партнерів|більше новин|
всі новини|усі новини|завантажити ще|показати ще|читати далі|читати більше|читати повністю|головна|новини|світ|
політика|економіка|війна|суспільство|спорт|культура|технології|здоров'я|наука|бізнес|про автора|автор|редактор|
пов'язані новини|схожі новини|на цю тему|по темі|за темою|рекомендуємо|вибір редакції|вас також можуть зацікавити новини|
вас також можуть зацікавити|читайте також|дивіться також|читайте нас у telegram|прийняти|погоджуюсь|зрозуміло|закрити|
меню|пошук|увійти|вийти|налаштування cookie|файли cookie|версія для друку|поделиться|поделиться в соцсетях|комментарии|
комментарий|популярное|последние новости|новости партнеров|подписаться|подписывайтесь|главное|все новости|читать далее|
читать полностью|по теме|об авторе|источник|экономика|мир|общество|показать еще|принять|закрыть|читайте также|
смотрите также|share|share this|share on facebook|copy link|print|email|save|advertisement|ad|sponsored|sponsored content|
read more|read also|see also|related|related stories|related articles|related news|more stories|more news|most read|
most popular|popular|trending|latest|latest news|comments|show comments|leave a comment|tags|topics|subscribe|sign up|
newsletter|accept|accept all|reject all|cookie settings|manage cookies|about the author|author|editor|menu|search|home|
world|politics|business|opinion|video|photos""".replace("\n", "").split("|")
)

# Headings that open a block of furniture (links to other pages) running to the next article
# paragraph. Compared after _norm.
BLOCK_OPENERS = frozenset(
    """читайте також|дивіться також|вас також можуть зацікавити новини|вас також можуть зацікавити|популярне|популярні новини|найпопулярніше|найчитаніше|останні новини|стрічка новин|новини партнерів|більше новин|пов'язані новини|схожі новини|на цю тему|по темі|за темою|рекомендуємо|вибір редакції|головне за день|про автора|коментарі|читайте также|смотрите также|популярное|последние новости|новости партнеров|по теме|об авторе|комментарии|read more|read also|see also|related|related stories|related articles|related news|more stories|more news|most read|most popular|trending|latest news|about the author|comments|more from""".split(
        "|"
    )
)

# Markers that glue teaser headlines into a paragraph ("…озброєнняЧитайте такожПосол…").
READ_ALSO = (
    "Читайте також",
    "ЧИТАЙТЕ ТАКОЖ",
    "Дивіться також",
    "Читайте также",
    "Смотрите также",
    "Read also",
    "Read more",
    "See also",
)

_SOCIAL = frozenset(
    "facebook twitter x telegram viber whatsapp linkedin reddit youtube instagram tiktok email e-mail pinterest messenger threads bluesky вконтакте vk одноклассники поділитися поділитись поширити поделиться share копіювати посилання link".split()
)

_MONTHS = (
    "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня "
    "січень лютий березень квітень травень червень липень серпень вересень жовтень листопад грудень "
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря "
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
).split()
_DATE_WORDS = frozenset(
    _MONTHS
    + (
        "понеділок вівторок середа четвер п'ятниця субота неділя сьогодні вчора оновлено опубліковано оновлено о "
        "дата публікації оновлення дата публикации обновления date posted "
        "понедельник вторник среда четверг пятница суббота воскресенье сегодня вчера обновлено опубликовано "
        "monday tuesday wednesday thursday friday saturday sunday today yesterday updated published am pm gmt utc "
        "eet eest cet est edt bst р року рік г года at on о в о́ за київським часом"
    ).split()
)
# Furniture by its words, each matched on the lowercased line unless its name says otherwise:
# counters, photo credits, bylines (and a byline's name as written, a short bio), subscribe
# prompts, legal lines.
_COUNTER, _CREDIT, _BYLINE, _BYLINE_NAME, _BIO, _SUBSCRIBE, _LEGAL = [
    re.compile(pattern)
    for pattern in (
        r"(коментар|перегляд|прочитан|хв\.? читання|хвилин[иа]? читання|min read|minutes? read|views?|comments?|комментари|просмотр|мин\.? чтения|likes?|вподобан)",  # _COUNTER
        r"(^|[\s(|/])(фото|photo|foto|фотографія|ілюстрація|illustration|image|зображення|джерело фото|credit)\s*(:|/|—|-)\s*\S|\s/\s*(фото|photo)\s+\S|©|\(c\)\s|getty images|reuters/|ap photo|afp/|епа/|epa/|shutterstock|depositphotos|unsplash|фото ілюстративне|ілюстративне фото|illustrative photo|фото:|photo:",  # _CREDIT
        r"^(автор(ка)?|author|текст|редактор(ка)?|editor|автор статьи|кореспондент(ка)?|фото і текст)\s*[:|—–-]\s*\S",  # _BYLINE
        r"^(By|Written by|Reporting by|Від|От) [A-ZА-ЯІЇЄҐ][\w'’.-]+( [A-ZА-ЯІЇЄҐ][\w'’.-]+){0,3}( and .*)?$",  # _BYLINE_NAME
        r"^[\w'’ʼ.-]+( [\w'’ʼ.-]+){1,3}\s+[—–-]\s+.*(журналіст|кореспондент|редактор|оглядач|журналист|корреспондент|обозреватель|journalist|correspondent|editor|reporter|columnist)",  # _BIO
        r"(підпишіться|підписуйтес|підписуйтесь|підписатися на|підпишись|підписуйся|подпишитесь|подписывайтесь|подписаться на|subscribe to|sign up for|join us on|приєднуйтесь до нас|приєднуйтеся до нас|стежте за нами|слідкуйте за нами|следите за нами|follow us)",  # _SUBSCRIBE
        r"(усі права захищен|всі права захищен|все права защищен|all rights reserved|ctrl\s*\+\s*enter|виділіть (її|його) мишею|передрук матеріалів|використання матеріалів сайту|при цитуванні|при копіюванні)",  # _LEGAL
    )
]
_COOKIE = re.compile(r"(cookie|кукі|файли куки|куки-файл|файлы куки)")
_TAGS = re.compile(r"^(теги|мітки|теми|tags|topics|теги статті|ключові слова|keywords|теги:|темы)\s*[:：]")
_AD = re.compile(r"^(реклама|advertisement|sponsored|партнерський матеріал|на правах реклами|промо)\b")
_SENTENCE_END = re.compile(r"([.!?…:;]|[.!?…][»\"”’')\]]+)$")
_LETTERS = re.compile(r"[^\W\d_]")
_PUNCT = "«»„“”\"'’()[]{},.;:!?…—–-*/"


def words(line: str) -> list[str]:
    return line.split()


def is_sentence(line: str) -> bool:
    """It ends a sentence and reads like one: three words or more, most of them lowercase letters."""
    if not _SENTENCE_END.search(line):
        return False
    ws = words(line)
    if len(ws) < 3:
        return False
    lower = sum(1 for w in ws if _LETTERS.search(w) and not w[0].isupper())
    return lower >= 1


def headline_shaped(line: str) -> bool:
    """A headline: no sentence end, 2 to 30 words, begins with a capital, a digit or a quote."""
    ws = words(line)
    return not _SENTENCE_END.search(line) and 2 <= len(ws) <= 30 and bool(re.match(r"[\"«„“'0-9A-ZА-ЯІЇЄҐЁ]", line))


_LONG_LINE_SIGNALS = (
    (_COOKIE, "a cookie notice"),
    (_SUBSCRIBE, "a subscribe prompt"),
    (_LEGAL, "a copyright or site notice"),
)


@dataclass(frozen=True)
class _Line:
    """A line as the signals read it: as written, lowercased, normalised (_norm), its words and tokens."""

    line: str
    low: str
    norm: str
    ws: list[str]
    tokens: list[str]

    @classmethod
    def of(cls, line: str, low: str, norm: str) -> _Line:
        return cls(line, low, norm, words(norm), [t for t in re.split(r"[\s|•·,/]+", norm) if t])


def _share_bar(x: _Line) -> bool:
    return bool(x.tokens) and all(t.strip(":-—–") in _SOCIAL for t in x.tokens)


def _breadcrumb(x: _Line) -> bool:
    return len(re.findall(r"\s[›»>/|→•·]\s", x.line)) >= 2 or (
        len(x.tokens) >= 3 and all(t in INTERFACE for t in x.tokens)
    )


def _tags(x: _Line) -> bool:
    return bool(_TAGS.match(x.low.strip())) or (bool(x.tokens) and all(t.startswith("#") for t in x.line.split()))


def _byline(x: _Line) -> bool:
    return len(x.line) <= 120 and bool(
        _BYLINE.match(x.low.strip()) or _BYLINE_NAME.match(x.line.strip()) or _BIO.match(x.low.strip())
    )


def _counter(x: _Line) -> bool:
    return len(x.ws) <= 8 and bool(re.search(r"\d", x.line)) and bool(_COUNTER.search(x.low))


def _date_line(x: _Line) -> bool:
    """Digits and at most one word that is not a date word: a date, a time, a dateline."""
    if not re.search(r"\d", x.line):
        return False
    rest = [w for w in re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", x.norm) if w not in _DATE_WORDS]
    return (
        len(rest) <= 1
        and len(x.ws) <= 10
        and bool(
            re.search(r"\d{1,2}[:.]\d{2}", x.line)
            or any(w in _DATE_WORDS for w in re.findall(r"[^\W\d_]+", x.norm))
            or re.search(r"\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{2,4}", x.line)
        )
    )


# The signals of a line of 200 characters or fewer, in the order they are tried: the first that
# holds is the reason.
_SIGNALS = (
    (lambda x: x.norm in BLOCK_OPENERS, "a heading of links to other pages"),
    (lambda x: x.norm in INTERFACE, "an interface line"),
    (_share_bar, "a share bar"),
    (_breadcrumb, "a breadcrumb or menu"),
    (_tags, "a tags line"),
    (lambda x: bool(_COOKIE.search(x.low)), "a cookie notice"),
    (lambda x: bool(_SUBSCRIBE.search(x.low)), "a subscribe prompt"),
    (lambda x: bool(_LEGAL.search(x.low)), "a copyright or site notice"),
    (lambda x: bool(_AD.match(x.low.strip())) and len(x.ws) <= 6, "an ad label"),
    (lambda x: len(x.line) <= 200 and bool(_CREDIT.search(x.low)), "a photo caption or credit"),
    (_byline, "a byline or author box"),
    (_counter, "a counter (comments, views, reading time)"),
    (_date_line, "a date and time line"),
)


@lru_cache(maxsize=65536)
def signal(line: str) -> str | None:
    """Why a line is furniture whatever its neighbours, or None."""
    low = line.lower()
    if len(line) > 200:  # a long line is furniture only as a notice in sentences
        return next((why for regex, why in _LONG_LINE_SIGNALS if regex.search(low)), None)
    norm = _norm(line)
    if not norm:
        return "no words (numbers or symbols only)" if not _LETTERS.search(line) else None
    x = _Line.of(line, low, norm)
    return next((why for holds, why in _SIGNALS if holds(x)), None)


@dataclass
class Paragraph:
    """What justext's classification functions read of a paragraph (duck-typed)."""

    text: str
    signal: str | None = None
    dom_path: str = "p"
    cf_class: str = ""
    class_type: str = ""
    heading: bool = False
    reason: str = ""

    @property
    def chars_count_in_links(self) -> int:
        return len(self.text) if self.signal else 0

    @property
    def is_heading(self) -> bool:
        return False

    def __len__(self) -> int:
        return len(self.text)

    def links_density(self) -> float:
        return 1.0 if self.signal else 0.0

    lang: str = "uk"

    def stopwords_density(self, stopwords=None) -> float:
        """jusText's, with the punctuation around a word taken off (a text capture keeps it:
        «Ми, розбіжності», Мансурі.) and tokens of punctuation alone (a dash) not counted; always
        on this paragraph's language's stoplist (classify passes justext an empty one, which it
        would otherwise copy for every capture)."""
        return _density(self.text, self.lang)


@lru_cache(maxsize=65536)
def _density(text: str, lang: str) -> float:
    stopwords = stoplist(lang)
    ws = [w for w in text.lower().split() if _LETTERS.search(w)]
    return sum(w in stopwords or w.strip(_PUNCT) in stopwords for w in ws) / len(ws) if ws else 0.0


_IN_A_BLOCK = "in a block of links after a heading such as «Читайте також»"


def _kept_by_rule(f: tuple[bool, str] | None) -> bool:
    return f is not None and f[0]


def _by_itself(paras: list[Paragraph], fixed) -> None:
    """Step 1 in a text capture: the class a line has without context, by its sentence shape."""
    for p, f in zip(paras, fixed):
        if _kept_by_rule(f):
            p.cf_class = "good"
        if p.signal or f is not None or "\xa9" in p.text:
            continue  # furniture by a signal, an editor's rule, or jusText's © test
        if not is_sentence(p.text):
            if p.cf_class != "bad":
                p.cf_class = "short"  # headlines, labels, list items: the neighbours decide
        elif len(p) >= LENGTH_LOW and p.stopwords_density() >= STOPWORDS_LOW:
            p.cf_class = "good"  # a sentence of prose: never dropped for want of context
        else:
            p.cf_class = "neargood"  # a short whole sentence, or one with few function words


def _blocks_of_links(paras: list[Paragraph], fixed) -> None:
    """Blocks a heading of links opens: furniture to the next article paragraph (a good line)."""
    in_block = False
    for p, f in zip(paras, fixed):
        if _kept_by_rule(f):
            in_block = False
        elif p.signal == "a heading of links to other pages":
            in_block = True
        elif in_block and (p.cf_class in ("good", "neargood") or f"{p.signal}".startswith("rule ")):
            in_block = False  # an article sentence (or a line an editor's rule judged) ends it
        elif in_block and p.cf_class != "bad":
            p.cf_class, p.signal = "bad", _IN_A_BLOCK


def _lists_of_headlines(paras: list[Paragraph]) -> None:
    """Two or more headline-shaped lines in a row: a list of headlines."""
    i = 0
    while i < len(paras):
        j = i
        while j < len(paras) and paras[j].cf_class == "short" and headline_shaped(paras[j].text):
            j += 1
        if j - i >= 2:
            for p in paras[i:j]:
                p.cf_class, p.signal = "bad", "a list of headlines"
        i = max(j, i + 1)


def _could_be_headline(p: Paragraph, f: tuple[bool, str] | None) -> bool:
    """Not kept by a rule, not a headline cut off a glued teaser, headline-shaped, no signal."""
    return (
        not _kept_by_rule(f)
        and not (f and f[1].startswith("a headline glued after"))
        and headline_shaped(strip_credit(p.text))
        and not signal(strip_credit(p.text))
    )


def _headline(paras: list[Paragraph], fixed, first_good: int) -> int | None:
    """The headline: above the article's first paragraph, and above its first sentence where it
    can; pieces of a glued teaser are not it."""
    first_sentence = next(
        (
            n
            for n, p in enumerate(paras)
            if p.cf_class in ("good", "neargood") and not p.signal and (fixed[n] is None or fixed[n][0])
        ),
        len(paras),
    )
    # The longest such line, if several: a site's tagline or a photo caption is shorter. Lines in
    # a block of links only when there is no other (a list of links above the headline is a
    # layout the method cannot read: the longest is taken, which may be a linked headline).
    candidates = [n for n in range(first_good) if _could_be_headline(paras[n], fixed[n])]
    # Above the first sentence if any is (a one-line sentence such as an SVG's title may stand
    # above the headline).
    candidates = [n for n in candidates if n < first_sentence] or candidates
    free = [n for n in candidates if not (paras[n].signal or "").startswith("in a block")]

    def size(n: int) -> tuple[int, int]:
        return len(words(strip_credit(paras[n].text))), -n

    return max(free or candidates, key=size, default=None)


def _subheadings(paras: list[Paragraph], fixed, first_good: int) -> None:
    """jusText keeps a short heading followed by a good paragraph; in a text capture a heading is
    a headline-shaped line inside the article (below its first good paragraph)."""
    for n in range(first_good + 1, len(paras)):
        if fixed[n] is None and paras[n].cf_class == "short" and headline_shaped(paras[n].text):
            paras[n].heading = True


def _page_header(paras: list[Paragraph], fixed, headline: int | None) -> None:
    """Above the headline is the page's header (menus, logos, notices)."""
    for p, f in zip(paras[: headline or 0], fixed):
        if f is None and p.class_type == "good" and p.cf_class == "short":  # never a whole sentence
            p.class_type, p.signal = "bad", "above the headline (the page's header)"


def _reaches_article(paras: list[Paragraph], fixed, n: int, step: int, headline: int | None) -> bool:
    """Whether a good paragraph is within MAX_HEADING_DISTANCE characters of dropped lines from
    line n, going by step (-1 up, 1 down), not past the headline; whole sentences on the way do
    not count in the distance."""
    m, distance = n + step, 0
    while 0 <= m < len(paras) and m != headline and distance <= MAX_HEADING_DISTANCE:
        if paras[m].class_type == "good":
            return True
        if not (fixed[m] is None and paras[m].cf_class == "neargood"):
            distance += len(paras[m].text)
        m += step
    return False


def _sentences_near_article(paras: list[Paragraph], fixed, headline: int | None) -> None:
    """A whole sentence close to the article is the article's, even with furniture between: the
    next good paragraph up or down within MAX_HEADING_DISTANCE characters of dropped lines.
    A sentence kept this way counts as the article for the next (until nothing changes)."""
    below = headline if headline is not None else -1
    changed = True
    while changed:
        changed = False
        for n, p in enumerate(paras):
            if fixed[n] is None and p.cf_class == "neargood" and p.class_type != "good" and n > below:
                if any(_reaches_article(paras, fixed, n, step, headline) for step in (-1, 1)):
                    p.class_type, changed = "good", True


def _sentences_without_prose(paras: list[Paragraph], fixed, headline: int | None) -> None:
    """A capture with no paragraph of prose at all: its whole sentences are the article."""
    if any(p.class_type == "good" for p, f in zip(paras, fixed) if f is None):
        return
    for n, p in enumerate(paras):
        if fixed[n] is None and p.cf_class == "neargood" and n != headline:
            p.class_type = "good"


_KEPT_AS = {"good": "article paragraph", "neargood": "a short sentence near the article"}
_DROPPED_AS = {
    "short": "a short line between furniture",
    "neargood": "a short sentence between furniture",
    "bad": "few function words (not prose)",
}


def _verdict(paras: list[Paragraph], fixed, n: int, headline: int | None) -> tuple[bool, str]:
    """(kept, reason) of paragraph n once the classes are final."""
    p = paras[n]
    if fixed[n] is not None:
        return fixed[n]
    if n == headline:
        return False, "the headline (proposed as the title)" + (f"; {p.signal}" if p.signal else "")
    if headline is not None and strip_credit(p.text) == strip_credit(paras[headline].text):
        return False, "the headline again"
    if p.class_type == "good":
        if p.cf_class == "short":
            return True, "a subheading" if p.heading else "a short line between article paragraphs"
        return True, _KEPT_AS[p.cf_class]
    if p.signal:
        return False, p.signal
    return False, _DROPPED_AS.get(p.cf_class, p.cf_class)


def classify(
    texts: list[str], fixed: list[tuple[bool, str] | None] | None = None, lang: str | None = None
) -> tuple[list[tuple[bool, str]], int | None]:
    """(kept, reason) for each text (a line or a piece of one), in order, the headline above the
    article dropped with the reason "the headline"; and the index of that headline (also when a
    rule dropped it), or None.

    fixed: the verdicts already given (by an editor's rule), None where the method decides; the
    lines a rule drops are furniture to their neighbours, those a rule keeps are article.
    """
    import justext.core as jt

    if not texts:
        return [], None
    fixed = fixed or [None] * len(texts)
    lang = lang or language("\n".join(t for t, f in zip(texts, fixed) if f is None or f[0]))
    paras = [
        Paragraph(t, f[1] if f and not f[0] else None if f else signal(t), lang=lang) for t, f in zip(texts, fixed)
    ]
    jt.classify_paragraphs(paras, (), LENGTH_LOW, LENGTH_HIGH, STOPWORDS_LOW, STOPWORDS_HIGH, 0.2, True)
    _by_itself(paras, fixed)
    _blocks_of_links(paras, fixed)
    _lists_of_headlines(paras)
    first_good = next((n for n, p in enumerate(paras) if p.cf_class == "good"), len(paras))
    headline = _headline(paras, fixed, first_good)
    _subheadings(paras, fixed, first_good)
    jt.revise_paragraph_classification(paras, MAX_HEADING_DISTANCE)
    _page_header(paras, fixed, headline)
    _sentences_near_article(paras, fixed, headline)
    _sentences_without_prose(paras, fixed, headline)
    return [_verdict(paras, fixed, n, headline) for n in range(len(paras))], headline


_CREDIT_TAIL = re.compile(
    r"\s*(/\s*(фото|photo)\s+\S.*|\((фото|photo)\s*:[^)]*\)|[|—-]\s*(фото|photo)\s*:.*)$", re.IGNORECASE
)


def strip_credit(line: str) -> str:
    """A caption without its credit: "Міністри у Тромсе /фото X" -> "Міністри у Тромсе"."""
    return _CREDIT_TAIL.sub("", line).strip()
