"""A saved web page read as an article: its paragraphs and what the page says about itself.

trafilatura finds the main text; the page's own metadata (Open Graph, JSON-LD, the canonical
link, the language of <html>) fills in what it misses. Nothing is fetched: only the text given.
"""

from __future__ import annotations

import datetime
import html as markup
import json
import logging
import re
import urllib.parse
from collections import Counter
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any

import trafilatura

from ..quotes import normalise

FAST_ABOVE = 1_000_000  # characters: a larger page skips trafilatura's second opinions, slow on long pages
# Scripts (but JSON-LD, which trafilatura reads too), styles, drawings and comments.
_SCRIPTS = re.compile(
    r"<(script(?![^>]*ld\+json)|style|svg)\b[^>]*>.*?</(script|style|svg)\s*>|<!--.*?-->", re.IGNORECASE | re.DOTALL
)
# Article types of schema.org whose JSON-LD gives a headline, a date, an author and a publisher.
_ARTICLES = {"Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting", "Report"}
_SKIPPED = {"nav", "aside", "footer", "header", "figure", "script", "style", "noscript", "form", "template"}
# Lines that point elsewhere or ask for something: never part of the article.
_ASIDE = re.compile(
    r"(read (more|also)|also read|related( stories| articles| content| coverage)?|see also|more on this( story)?"
    r"|subscribe|sign up|follow us|share( this)?( article| story)?)\b\s*[:|»›>\-–—]",
    re.IGNORECASE,
)
_ASIDE_SHORT = re.compile(
    r"(read more|read also|related|see also|subscribe|sign up|follow us|share|continue reading|skip to|skip navigation"
    r"|advertisement|from the section|image (copyright|caption)|media caption|read (this|the) (story|article) in)\b"
    # "Loading weather data ...", "CTV.ca News Staff"
    r"|loading [\w ]{0,40}\.\.\.|[\w .,'-]{0,40}\bstaff(?: (?:writer|reporter))?(?:\s+\S+@\S+)?$"
    r"|(?-i:(?:[A-Z][\w.&'-]*\s+){1,5}(?:Editor|Correspondent|Columnist|Contributor))$"  # "CNBC Executive News Editor"
    r"|(?:view|see) (?:larger|full[- ]size|more) (?:image|photo|picture)s?|click (?:here )?to enlarge"
    # "This is a developing story and will be updated.", "This story has been updated with ..."
    r"|this (?:is a )?(?:developing|breaking) (?:story|news)|this (?:story|article|report) (?:has been|was) updated"
    # a release's labels, alone on their line: "Regulatory News:", "Stock exchange release"
    r"|(?:(?:stock exchange|press|news) release|regulatory news)\s*:?$|free for publication\b",
    re.I,
)
# A photo's credit, and so its caption: "Photo: Pavel Rahman", "... in Ottawa. (Sean Kilpatrick / THE CANADIAN PRESS)".
_PHOTO_CREDIT = re.compile(
    r"(?:photo|photograph|picture|image)s?(?: credit)?\s*:\s*[^.!?]{2,60}|.*\((?:[^()/]{2,60} / [A-Z][A-Z .'&-]{1,40}"
    r"|(?:AP|AFP|Reuters|Getty) (?:Photo|Images)[^()]*"
    r"|(?:video|photo|image|map|picture)s?\s+(?:by|sent|from|courtesy)[^()]*)\)\.?",  # "(Video by Lorena)."
    re.I,
)
# Labels of the page's dates with no date: "Issued on: Modified:".
_EMPTY_STAMP = re.compile(r"(?:(?:issued|published|posted|updated|modified)(?:\s+on)?\s*:\s*)+", re.I)
_LISTED = re.compile(r"[*\-\u2013\u2022\u00b7]\s")  # a line of a list: "* By-election candidates invited ..."
# A reporter's address and handle, or an appeal for money: "Got a tip? Email Nathan Bernier at ...".
_CONTACT = re.compile(
    # an address in a story ("emails sent from support@paypa1.com") stays
    r"(?:got a (?:news )?tip\?|contact the (?:author|reporter|writer)"
    r"|(?:you can )?(?:reach|e-?mail) \w+(?: \w+)? at [\w.+-]+@"
    # "Jane Roe can be reached at jroe@...": not "A deal can be reached by Friday", nor a hotline's number
    r"|(?-i:(?:(?:[A-Z][\w'.-]*|writer|reporter|editor)\s+){1,5})can be reached at [\w.+-]+\s*(?:@|\(at\))).*"
    r"|.*\b(?:(?:consider (?:making )?a donation|donate) to support|support (?:our|local|independent) journalism)\b.*",
    re.I,
)
# Who made the picture above the article: "Illustration by Mike Nudelman", "Photographs by Ann Lee for The Times"
_MADE_BY = re.compile(
    r"(?:photos?|photographs?|illustrations?|graphics?|images?|videos?|artwork|animation|pictures?)\s+by\s+[^.!?]{2,60}\.?",
    re.I,
)
_BARE_CREDIT = re.compile(r"(?:photo|photograph|picture|image)s?(?: credit)?\s*:\s*[^.!?]{2,60}", re.I)  # "Photo: X"
# The line the page's credit ends on: "Source: The Sun-Herald"; on a list's line, a label run into its
# link: "- SourceStar Wars official site" (not "SourceForge was down")
_SOURCE_CREDIT = re.compile(r"source\s*:\s*[^.!?]{2,50}\.?", re.I)
_SOURCE_RUN_IN = re.compile(r"(?:Source|Via)(?=[A-Z])[^.!?]{2,50}")
# The page's labels of its story: "Topics: swimming, australia"
_TOPICS = re.compile(r"(?:topics?|tags?|filed under|categories|keywords)\s*:\s*(?P<tags>[^.!?]{2,200})", re.I)
# A pointer to the page's pictures, videos or sound, naming its medium in its first three words: "See TIME's
# Pictures of the Week.", "Watch video of the flooding", "WATCH: Dramatic footage"; not "See this movie.",
# "Watch the skies tonight: ...", "Watch the video, the mayor urged residents."
_POINTER = re.compile(
    r"\(?(?:see|watch|view|listen to)\b\s*:?\s+(?:[^\s.!?(),:]+\s+){0,2}"
    r"(?:photos?|pictures?|images?|videos?|gallery|galleries|slideshow|footage|clips?|explainer|live coverage"
    r"|interview|podcast|audio|map|interactive|graphic|list)\b[^.!?(),:]{0,80}[.!:]?\)?",
    re.I,
)
# What the page asks of its reader, anywhere in a line: "subscribe now to save 32%", "send photos ... to".
_PROMOTION = re.compile(
    r"\b(?:subscribe (?:now|today|here)|sign up (?:now|today|here|for our)"
    r"|send (?:us|your)\b[^.]{0,40}\b(?:photos|videos|tips|tip-offs)|tip-offs"
    r"|share your (?:photos|videos|pictures|stories|experiences?))\b",
    re.I,
)
# What the page asks, opening a line: "Get reporter alerts", "Know something we don't? E-mail us at ..."
_ASKS = re.compile(
    r"(?:click here to )?get (?:\w+ )?(?:e-?mail |news |breaking news )?alerts\b|know something we don['\u2019]t\?"
    r"|e-?mail us at\b|(?:have|got) a (?:news )?tip\?",
    re.I,
)
_CLOCK = re.compile(r"\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?", re.I)
# The heading of the readers' comments: they and all that follows are the readers', not the article.
_COMMENTS = re.compile(
    r"(?:\d+ )?(?:readers?['\u2019]? )?comments?(?: \(\d+\))?"
    r"|comments are (?:now )?closed(?: for this (?:story|article))?\.?"
    r"|(?:leave|post|add|write) (?:a|your) (?:comment|reply)",
    re.I,
)
# A counter of the page's furniture: "941 comments", "12 shares".
_COUNTER = re.compile(r"\d[\d,.]*k?\s+(?:comments?|shares?|replies|reactions|views)", re.IGNORECASE)
# A stamp of the page's dates: "Latest update : 2015-05-12", "Date created : 2015-05-12", "Updated 3:30 PM ET".
_STAMP = re.compile(
    r"(?:latest update|last updated?|updated|date created|created|first published|published|posted|modified)"
    # a day or month cut short: "Updated Fri. Jan. 11 2008 10:56 PM ET"
    r"(?:\s+(?:on|at))?\s*:?\s*(?:[A-Z][a-z]{2,3}\.|[^.!?]){0,40}\d(?:[A-Z][a-z]{2,3}\.|[^.!?]){0,30}",
    re.IGNORECASE,
)
# A line that is only a date ("- 24 July 2015", "Jan. 3, 2019"): the page's dateline, not the article.
_DATE_LINE = re.compile(
    r"[-\u2013\u2022\u00b7\s]*(?:[A-Z][a-z]+day,?\s+)?(\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+\.? \d{1,2},? \d{4})"
    # "Wednesday, December 8, 2010; 10:37 PM"
    r"(?:[;,]?\s+\d{1,2}:\d\d\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?)?[\s.]*"
)
_SHARE = re.compile(
    r"((share|tweet|e-?mail|print|facebook|twitter|x|whatsapp|telegram|linkedin|reddit|copy link|comments?"
    # "- Tweet this", "- Reprints", "- Recommend | 14 Times"
    r"|digg|link|reprints?|print or license|recommend(?: \| \d+ times?)?|other ways of sharing)( this)?\W*)+",
    re.I,
)
# The heading of the page's list of other stories ("Other Opinion Columns", "More from Politics",
# "Most read"): it and all that follows are the page's, not the article's.
# "More flooding possible for Texas" is the article's own heading: a list's heading names what it lists.
_MORE_STORIES = re.compile(
    r"(?:most (?:read|popular|viewed|shared)|editors?['\u2019]?s? picks|you (?:may|might) (?:also )?like"
    r"|further reading)\b[^.!?:;]{0,40}"
    r"|(?:other|more|related|recommended|popular|latest|top|trending)"
    r"(?:(?: [\w'\u2019-]+){0,2} (?:[\w-]*-)?(?:stories|news|articles|headlines|videos|columns|coverage|posts|reads"
    r"|links)\b[^.!?:;]{0,40}"
    r"|(?: (?:from|on|in|about|like this)\b[^.!?:;]{0,40})|(?: now| for you| today))?",  # "Trending Now"
    re.IGNORECASE,
)
_SECTION = re.compile(r"[A-Z][\w&'\u2019]*(?:[ -][A-Z&][\w&'\u2019]*)?")  # "Tech", "World News"
_BRACKETED = re.compile(r"\[[^\[\]]{3,200}\]")  # a link to another story set in the article's text
_MORE_LINKS = re.compile(r"(read more|read also|also read|related|see also|more on this( story)?|in video)\s*:", re.I)
_READ_ON = re.compile(r"read\b[^.!?:]{0,40}:", re.I)  # "READ the minister's full remarks:", a link's heading
# A press release's end: its distributor's line, its source, its contacts, and all after them.
_RELEASE_END = re.compile(
    r"(?:(?:media|press|investor) )?contacts?\s*:"  # "Contacts:", not a heading "Contact"
    r"|(?:this information was brought to you by|view source version on)\b.*",
    re.I,
)
# "Heba Habib contributed to this report.", "Associated Press writers Jay Reeves in Birmingham, Ala., and ...
# contributed to this report.", "Contributing: Liz Szabo, Associated Press.": a credit, not the article
_CREDIT = re.compile(
    r"(?:[^.!?]|\.(?=,|\s+[a-z])){3,200}\bcontributed(?: reporting)?(?: to)?(?: this)? (?:report|reporting|story"
    r"|article)\.?|contributing\s*:\s*[^.!?]{3,120}\.?",
    re.I,
)
# "From The Tribune staff reports", "Staff report": who wrote it, not what it says
_STAFF = re.compile(r"(?:from\s+)?(?:the\s+)?(?:[\w.'\u2019-]+\s+){0,4}staff(?:\s+and\s+wire)?\s+reports?\.?", re.I)
# The outlet's pointer to more of itself at the end: "For more on news ... please visit Indiatimes News."
_VISIT = re.compile(
    r"(?i:for more)\s+(?i:on|about|news|stories|coverage|information|details)\b[^.!?]{0,100}"
    r"\b(?i:please\s+)?(?i:visit)\s+(?:[A-Z]|www\.|https?://)[^.!?]{0,60}[.!]?"
)
# A review's disclosure: "Shovel Knight was reviewed using code provided by Yacht Club Games. You can find ..."
_DISCLOSURE = re.compile(
    r"[^.!?]{1,80}\bwas reviewed (?:using|on|with)\b[^.!?]{0,80}\b(?:code|copy|copies|build|key|unit)\b[^.!?]{0,80}"
    r"\b(?:provided|supplied|given)\b[^.!?]{0,80}\."
    r"(?:\s+[^.!?]{0,120}\bethics (?:policy|statement)\b[^.!?]{0,40}[.!]?)?",
    re.I,
)
_BYLINE = re.compile(
    r"(by|written by|words by|(additional )?reporting by|editing by|(article|story|text|report) by)\s+\S", re.IGNORECASE
)
# The wire's credits in brackets, however long ("(Reporting by ...; Editing by ...)"), and a reporter's
# handle ("Twitter: @howardblume", "Follow Jefferson Graham on Twitter.")
_CREDITS = re.compile(
    r"\((?:additional )?(?:reporting|writing|editing|compiled|produced) by [^()]+\)\.?"
    r"|(?:twitter|instagram|facebook|follow \w+(?: \w+)? on twitter)\s*:?\s*@\w+\.?"
    r"|follow\s+(?:[\w.'\u2019-]+\s+){1,4}on\s+(?:twitter|x|facebook|instagram|threads|bluesky|linkedin)"
    r"(?:\s+(?:at\s+)?@\w+|\s*:\s*@\w+)?\.?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Page:
    """What was read from a page; None where neither trafilatura nor the page's metadata says."""

    paragraphs: tuple[str, ...]
    left_out: tuple[str, ...] = ()  # lines of the page's furniture read with the article and left out
    title: str | None = None
    author: str | None = None
    published: str | None = None  # YYYY-MM-DD
    outlet: str | None = None
    url: str | None = None
    language: str | None = None


def read_page(html: str) -> Page:
    """The article of a page's HTML (already decoded)."""
    meta = _meta(html)
    scripted = html  # the page with its scripts, which may hold the article as data
    for name in ("trafilatura", "htmldate", "courlan", "justext"):  # their log lines are not for editors
        logging.getLogger(name).addHandler(logging.NullHandler())
        logging.getLogger(name).propagate = False
    html = without_scripts(html)  # a long script would stop the HTML parser
    found = trafilatura.bare_extraction(
        html,
        fast=len(html) > FAST_ABOVE,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        deduplicate=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    document = found if isinstance(found, trafilatura.settings.Document) else None
    text = (document.text if document else None) or ""
    outlet = meta.outlet or (document.sitename if document else None)  # the page's own words first
    if outlet and outlet.casefold() in ARCHIVES:
        outlet = None  # the web archive's copy of an article names the archive, not the newsroom
    title = _headline((document.title if document else None) or meta.title, meta.headings, outlet)
    outlet = outlet or _titled_outlet(html, title)
    author = meta.author or (document.author if document else None)
    lines = _rejoined([" ".join(line.split()) for line in text.splitlines()])
    body = [" ".join(line.split()) for line in (_text_block(meta.article.get("articleBody")) or "").splitlines()]
    # Read from JSON-LD (keep its paragraphs), or the markup holds a caption and the article is there.
    if (len(lines) == 1 and lines[0] == " ".join(" ".join(body).split())) or _words(body) > 1.5 * _words(lines):
        lines = body
    # a page its script draws, or a paywall's preview of an article the script holds whole, in its data
    if _words(lines) < PREVIEW_BELOW:
        hints = " ".join(filter(None, (title, meta.title, meta.properties.get("og:description"))))
        held = _held_by_script(scripted, hints)
        # a preview is the whole article's opening; a short article of its own stays (a brief, not the
        # longer story on the same news that the page's script also holds)
        whole = _words(lines) < SCRIPTED_BELOW or _opening_words(lines) in _opening_words(held, 400)
        lines = held if whole and _words(held) > 1.5 * _words(lines) else lines
    headlines = [headline for headline in (title, meta.title, *meta.headings) if headline]
    kept = clean([line for line in lines if line], headlines, author, outlet)
    paragraphs = _restore_repeats(kept, meta.blocks)
    headings = {normalise(headline).casefold() for headline in headlines}
    left_out = [line for line in lines if line and line not in kept and normalise(line).casefold() not in headings]
    url = _absolute(meta.canonical, meta.url) or (document.url if document else None) or meta.url
    return Page(
        paragraphs=tuple(paragraphs),
        left_out=tuple(dict.fromkeys(left_out)),
        title=title,
        author=author,
        # what the page says of itself, then the date in its own address, before a date found in its text
        # (which may be another story's: a list of links of the next day)
        published=_newsrooms_day(meta.published_at, _url_day(url))
        or _url_day(url)
        or _day(document.date if document else None)
        or _stamped_day(html),
        outlet=outlet,
        url=url,
        language=(document.language if document else None) or meta.language,
    )


def _headline(title: str | None, headings: list[str], outlet: str | None) -> str | None:
    """The page's headline without what its <title> adds ("... | DW | 19.01.2020", "Asia-pacific - ...",
    "... | Kulu Media"): the <h1> the title, less the outlet's name, opens with, ends with or begins; else
    that title."""
    if not title:
        return title
    last = max(_TITLE_PARTS.finditer(title), key=lambda separator: separator.start(), default=None)
    if last is not None and _outlets_part(title[last.end() :], outlet):
        title = title[: last.start()]
    folded = normalise(title).casefold()
    for heading in headings:
        key = normalise(heading).casefold()
        if len(heading.split()) >= 3 and (folded.startswith(key) or folded.endswith(key) or key.startswith(folded)):
            return heading
    return title


_TITLE_PARTS = re.compile(r"\s+[|\u2013\u2014-]\s+")


def _outlets_part(part: str, outlet: str | None) -> bool:
    """The outlet's name, or its name and a section's: "CNN Politics", "Guardian sport"."""
    words = normalise(part).casefold().split()
    named = normalise(outlet or "").casefold().split()
    return bool(named) and words[: len(named)] == named and all(word in _SECTIONS for word in words[len(named) :])


# What names a web archive's copy of a page, where the page itself names no outlet.
ARCHIVES = frozenset({"web.archive.org", "archive.org", "wayback machine", "archive.ph", "archive.today", "archive.is"})


def _titled_outlet(html: str, headline: str | None) -> str | None:
    """The outlet a page's <title> adds to its headline, where nothing else names it: "Ottawa cuts already
    vacant positions - The Globe and Mail"."""
    title = _TITLE.search(html)
    parts = _TITLE_PARTS.split(" ".join(markup.unescape(title.group(1)).split())) if title else []
    if headline and len(parts) == 2 and normalise(parts[0]).casefold() == normalise(headline).casefold():
        return parts[1] if len(parts[1].split()) <= 5 and parts[1].casefold() not in _SECTIONS else None
    return None


_SECTIONS = frozenset(
    re.findall(
        r"\S+",
        "opinion news world politics business sport sports analysis video live culture technology science health "
        "entertainment lifestyle local national international editorial comment features blog blogs home",
    )
)
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)


def _absolute(link: str | None, base: str | None) -> str | None:
    """A link as an address: a canonical link written "/post/..." is on the site of the page's og:url."""
    if not link or urllib.parse.urlsplit(link).scheme:
        return link
    return urllib.parse.urljoin(base, link) if base and urllib.parse.urlsplit(base).scheme else None


def _newsrooms_day(timestamp: str | None, url_day: str | None) -> str | None:
    """The day of the page's own time of publication; but where that time is given in UTC and the page's
    address says the day before, the address's: "2023-12-13T02:12:54Z" of ".../2023/12/12/..." was the
    evening of the 12th where the newsroom is."""
    day = _day(timestamp)
    if day and url_day and re.search(r"(?:Z|[+-]00:?00)$", timestamp or ""):
        before = datetime.date.fromisoformat(day) - datetime.timedelta(days=1)
        return url_day if url_day == before.isoformat() else day
    return day


_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


def _url_day(url: str | None) -> str | None:
    """The date a page's own address gives: ".../2016/08/25/...", "/en/20150512-bangladesh-..."."""
    # and CNN's old ".../2010/POLITICS/08/13/...", with the section between the year and the month
    found = re.search(
        r"/((?:19|20)\d\d)(?:/[A-Z]+/|[/-]?)(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?=[/-]|$)", url or ""
    )
    # The Verge's /2015/4/6/
    found = found or re.search(r"/((?:19|20)\d\d)/([1-9]|1[0-2])/([1-9]|[12]\d|3[01])/", url or "")
    named = re.search(r"/((?:19|20)\d\d)/([a-z]{3})/(0[1-9]|[12]\d|3[01])/", url or "")  # the Guardian's /2023/nov/06/
    if named and named.group(2) in _MONTHS:
        return _day(f"{named.group(1)}-{_MONTHS.index(named.group(2)) + 1:02d}-{named.group(3)}")
    if not found:
        return None
    try:  # "/2015/02/31/": no day
        return datetime.date(*map(int, found.groups())).isoformat()
    except ValueError:
        return None


def _rejoined(lines: list[str]) -> list[str]:
    """Lines that a link in the markup cut out of their paragraph, put back: "He is due to meet Xi,
    Chinese premier" / "Li Keqiang" / "and National People's Congress chief ..." is one paragraph."""
    joined: list[list[str]] = []  # each paragraph's pieces, joined once at the end
    lines = [line for line in lines if line]  # a link's text can sit between blank lines
    for at, line in enumerate(lines):
        after = lines[at + 1] if at + 1 < len(lines) else ""
        before = joined[-1] if joined else []
        # a sentence under way (not a heading: "The mayor's response" / "de Blasio said ...")
        open_ended = sum(len(piece.split()) for piece in before) >= 8 and before[-1][-1:] not in _ENDS
        cut = line[:1].islower() or (len(line.split()) <= 4 and after[:1].islower())  # "Li Keqiang" / "and .."
        if line and open_ended and cut:
            before.append(line)
        else:
            joined.append([line])
    return [" ".join(pieces) for pieces in joined]


_ENDS = frozenset(".!?:;\"\u201d\u2019')]\u2026")


# A date the page prints by its label: "Published: 9 October 2019", "Updated: Oct 9, 2019, 11:05 IST".
_STAMPED = re.compile(
    r"\b(?P<label>published|posted|updated|first published|online since)(?:\s+on)?\s*:?\s*"
    r"(?:[A-Z][a-z]+day,?\s+|[A-Z][a-z]{2}\.\s+)?"  # "Article online since January 10th 2008"
    r"(?P<date>[A-Z][a-z]{2,8}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]{2,8}\.? \d{4})",
    re.IGNORECASE,
)


def _stamped_day(html: str) -> str | None:
    """The day the page's own text says it was published, else updated, where its metadata says
    nothing: the last resort, as an update may come a day after the article."""
    stamps = list(_STAMPED.finditer(re.sub(r"<[^>]+>", " ", html)))
    for stamp in sorted(stamps, key=lambda stamp: stamp.group("label").lower() == "updated"):  # published first
        bare = re.sub(r"(?<=\d)(?:st|nd|rd|th)\b", "", stamp.group("date"))
        bare = bare.replace(".", "").replace(",", "").replace("Sept ", "Sep ")
        for form in ("%b %d %Y", "%B %d %Y", "%d %b %Y", "%d %B %Y"):
            try:
                return datetime.datetime.strptime(bare, form).date().isoformat()
            except ValueError:
                continue
    return None


def _words(lines: list[str]) -> int:
    return sum(len(line.split()) for line in lines)


def without_scripts(html: str) -> str:
    """The page without its scripts (but JSON-LD), styles, drawings and comments: what may hold text."""
    return _SCRIPTS.sub("", html)


# A wire's dateline opening the article: "(Reuters) - ", "WASHINGTON (AP) — ", "Tripoli, Libya (CNN) -- ".
_WIRE_OPENING = re.compile(
    r"(?:[A-Z][\w .,'/-]{0,60}\s)?\((?:Reuters|AP|AFP|CNN|Bloomberg|UPI|dpa)\)\s*(?:--?|\u2013|\u2014)\s"
)
STANDFIRST = 2  # lines a page may set above the dateline that are the article's: a standfirst


def clean(paragraphs: list[str], headlines: list[str], author: str | None, outlet: str | None = None) -> list[str]:
    """Paragraphs without the headline, bylines, 'Read more' and 'Related' lines and share buttons."""
    if outlet and paragraphs and _credited(paragraphs[-1]) in {_credited(outlet)} - {""}:
        paragraphs = paragraphs[:-1]  # the page's credit of its own story: "Stuff"
    headings = {normalise(headline).casefold() for headline in headlines}
    authors = [name for name in re.split(r",\s*|\s+(?:and|&)\s+", author or "") if _a_persons_byline(name, outlet)]
    bylines = {_credited(name) for name in [author or "", *authors]} - {""}  # "A and B", "A", "B"
    site = _credited(re.sub(r"(?i)\.(?:com|co\.uk|org|net)$", "", outlet)) if outlet else ""  # "CNBC.com" is CNBC
    opening = next((at for at, paragraph in enumerate(paragraphs) if _WIRE_OPENING.match(paragraph)), 0)
    if opening > STANDFIRST:  # "(Reuters) - The ..." opens the article: more lines before it are the page's
        paragraphs = paragraphs[opening:]
    # A line in capitals among lines that are not: a link to another story ("PUTIN OVERSEES RUSSIAN
    # MILITARY DRILL ...: REPORTS", "CLICK HERE TO GET THE FOX NEWS APP").
    shouted = {paragraph for paragraph in paragraphs if _shouted(paragraph)}
    if len(shouted) > len(paragraphs) / 2:
        shouted = set()  # a wire's copy all in capitals
    pulled = {paragraph for paragraph in paragraphs if _pulled_quote(paragraph, paragraphs)}
    kept: list[str] = []
    listed = False  # after "Read more:", the links it heads
    for at, paragraph in enumerate(paragraphs):
        if listed and _LISTED.match(paragraph):
            continue
        listed = bool(_ASIDE.fullmatch(paragraph) or _MORE_LINKS.fullmatch(paragraph))
        listing = at + 1 < len(paragraphs) and _LISTED.match(paragraphs[at + 1]) is not None
        ends = bool(_MORE_STORIES.fullmatch(paragraph) or _MORE_LINKS.fullmatch(paragraph))
        opens_with_site = bool(site) and _credited(paragraph.split()[0]) == site  # not "Timeline of" for TIME
        ends = ends or (listing and opens_with_site)  # "CNBC HIGHLIGHTS", then a list
        linked = at + 1 < len(paragraphs) and _dangling(paragraphs[at + 1])  # a link's title, not the remarks
        ends = ends or bool(_READ_ON.fullmatch(paragraph) and linked and len(paragraphs) - at <= 4)  # not a letter
        if at >= len(paragraphs) / 2 and len(paragraph.split()) <= 6 and ends:
            break  # "Most read", "Read more:": the page's list of other stories, to the end
        if at >= len(paragraphs) / 2 and len(paragraph.split()) <= 15 and _RELEASE_END.fullmatch(paragraph):
            break
        if _COMMENTS.fullmatch(paragraph) and _words(kept) >= 100:
            break  # however many the readers wrote
        credited = at + 1 < len(paragraphs) and _BARE_CREDIT.fullmatch(paragraphs[at + 1])
        if credited and len(paragraph.split()) <= 20 and not _PHOTO_CREDIT.fullmatch(paragraph):
            continue  # the caption above "Photo: Pavel Rahman"
        folded = normalise(paragraph).casefold()
        if folded in headings or _credited(paragraph) in bylines:
            continue
        if at >= len(paragraphs) / 2 and any(paragraph.startswith(f"{name} is ") for name in authors):
            continue  # the reporter's biography: "Jane Roe is the business reporter for ..."
        bare = paragraph.lstrip("-\u2013\u2022\u00b7>\u00bb ")  # a list of links: "- From the section", ">> READ ON"
        if (
            _ASIDE.match(bare)
            or (_ASIDE_SHORT.match(bare) and len(paragraph.split()) <= 12)
            or _SHARE.fullmatch(bare)
            or _COUNTER.fullmatch(bare)
            or _DATE_LINE.fullmatch(paragraph)
            or (_STAMP.fullmatch(paragraph) and len(paragraph.split()) <= 8)
            or _BRACKETED.fullmatch(paragraph)  # "[Read: Tunisia sends most foreign fighters to ...]"
            or _PHOTO_CREDIT.fullmatch(paragraph)
            or paragraph in shouted
            or paragraph.startswith((">>", "\u00bb"))  # ">> READ ON THE OBSERVERS: ...": a link elsewhere
            or _EMPTY_STAMP.fullmatch(paragraph)
            or (paragraph in pulled and not (at and paragraphs[at - 1].endswith(":")))  # "The minister told MPs:"
            or _END_MARK.fullmatch(paragraph)
            or (_COPYRIGHT.match(paragraph.lstrip("\u2122\u00ae& ")) and len(paragraph.split()) <= 15)  # "™ & © 2013"
            or (len(_STAMP_LABEL.findall(paragraph)) >= 2 and re.search(r"\d{4}", paragraph) is not None)
            or (_SOURCE_CREDIT.fullmatch(paragraph) and len(paragraph.split()) <= 8)
            or (_MADE_BY.fullmatch(paragraph) and len(paragraph.split()) <= 10)
            or (bare != paragraph and _SOURCE_RUN_IN.fullmatch(bare) and len(paragraph.split()) <= 8)
            or _tags(paragraph)
            or (_POINTER.fullmatch(paragraph) and len(paragraph.split()) <= 10)
            or _CLOCK.fullmatch(paragraph)  # "12/03/2026", "10:42": a stamp, never the article's words
            or not any(char.isalnum() for char in paragraph)  # "-", "***"
            or (not kept and re.fullmatch(r"\d{1,5}", paragraph) is not None and not 1500 <= int(paragraph) <= 2100)
            or (_ASKS.match(paragraph) and len(paragraph.split()) <= 30)
            or (_PROMOTION.search(paragraph) and len(paragraph.split()) <= 30)
            or (_CONTACT.fullmatch(paragraph) and len(paragraph.split()) <= 40)
            or (not kept and at + 1 < len(paragraphs) and _SECTION.fullmatch(paragraph))  # "Tech" above the lede
        ):
            continue
        if (_BYLINE.match(paragraph.lstrip("(")) and len(paragraph.split()) <= 16) or _CREDIT.fullmatch(paragraph):
            continue
        if _credited(paragraph.split(" | ")[0]) in bylines and len(paragraph.split()) <= 12:
            continue  # "Gursharan Bhalla | Aug 14, 2022, 10:47 IST": the byline and its stamp
        closing = at >= len(paragraphs) / 2 and (_VISIT.fullmatch(paragraph) or _DISCLOSURE.fullmatch(paragraph))
        staff = _STAFF.fullmatch(paragraph) and (paragraph[:5].lower() == "from " or at <= 1)  # at the top
        if closing or staff:
            continue
        if _CREDITS.fullmatch(paragraph):
            continue
        kept.append(paragraph)
    if len(kept) > 3 and _dangling(kept[-1]):
        kept.pop()  # a heading with nothing under it: another story's link ("Storm prompts airlines to ...")
    return kept


def _tags(line: str) -> bool:
    """A list of the page's tags: "Topics: olympics-summer, swimming, australia"; not "Topics: immigration,
    the economy and health care" (a debate's), nor one topic."""
    listed = _TOPICS.fullmatch(line)
    tags = [tag.strip() for tag in listed.group("tags").split(",")] if listed else []
    return len(tags) >= 2 and all(0 < len(tag.split()) <= 3 and not re.search(r"\b(?:and|the)\b", tag) for tag in tags)


def _a_persons_byline(name: str, outlet: str | None) -> bool:
    """A byline's name that is a person's, whose biography a line may give: not "The Associated Press",
    "Bloomberg News" or the outlet's own."""
    words = name.split()
    newsroom = {"news", "press", "wire", "staff", "agency", "reuters", "media", "bureau"}  # not "Alex Post"
    return (
        len(words) >= 2
        and words[0] != "The"
        and not newsroom & {word.lower() for word in words}
        and (_credited(name) != _credited(outlet or ""))
    )


def _credited(line: str) -> str:
    """A credit's name, whatever its spelling: "The-CNN-Wire", "By CNN Wire" and "CNN Wire" are one."""
    return re.sub(r"\W+|_", "", re.sub(r"^\W*(?:the|by)\b", "", normalise(line).casefold()))


def _dangling(line: str) -> bool:
    numbered = re.match(r"\d{1,2}[.)]\s", line)  # "2. Freeze your accounts"
    return len(line.split()) <= 12 and line[-1:] not in _ENDS and not _LISTED.match(line) and not numbered


# A quotation set apart, with who said it or not: "“ It is what taxpayers want us to do ... ”— Stockwell Day".
_PULL_QUOTE = re.compile(r"[\"\u201c]\s*(?P<words>.{20,}?)\s*[\"\u201d](?:\s*[\u2014\u2013-]+\s*(?:\S+\s*){1,5})?")


def _pulled_quote(line: str, paragraphs: list[str]) -> bool:
    """A pull quote: a quotation the page sets apart from the article, which quotes it again."""
    quote = _PULL_QUOTE.fullmatch(line)
    words = normalise(quote.group("words")).casefold().rstrip(".,!?") if quote else ""  # quoted again mid-sentence
    return bool(words) and any(words in normalise(other).casefold() for other in paragraphs if other != line)


def _shouted(line: str) -> bool:
    letters = [char for char in line if char.isalpha()]
    quoted = line.lstrip()[:1] in ('"', "\u201c")  # someone's post in capitals, quoted
    return len(line.split()) >= 5 and all(char.isupper() for char in letters) and not quoted


# A wire's mark at the end of its story: "Enditem/", "-30-", "###"; the page's copyright line.
_END_MARK = re.compile(r"end\s?item/?|-\s?30\s?-|#{3}|\(?ends?\)?", re.IGNORECASE)
_COPYRIGHT = re.compile(r"\u00a9|copyright\s+(?:\u00a9|\d{4})|all rights reserved", re.IGNORECASE)
_STAMP_LABEL = re.compile(r"\b(?:published|last updated|updated|posted) on\b", re.IGNORECASE)


def _restore_repeats(paragraphs: list[str], blocks: list[str]) -> list[str]:
    """trafilatura drops a paragraph that repeats the one before; the page has it twice, so the text does too."""
    missing = Counter(blocks)
    missing.subtract(paragraphs)
    restored: list[str] = []
    for paragraph in paragraphs:
        restored += [paragraph] * (1 + max(0, missing.pop(paragraph, 0)))
    return restored


def _day(value: str | None) -> str | None:
    """'2019-05-28T14:00:00+02:00' -> '2019-05-28'; None unless it starts with a date."""
    match = re.match(r"\d{4}-\d{2}-\d{2}", value or "")
    return match.group() if match else None


class _Meta(HTMLParser):
    """The page's own metadata, and the text of its paragraphs outside navigation and asides."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.properties: dict[str, str] = {}
        self.canonical: str | None = None
        self.language: str | None = None
        self.blocks: list[str] = []
        self._scripts: list[str] = []
        self._skipping = 0
        self._in_json = False
        self._paragraph: list[str] | None = None
        self.headings: list[str] = []  # the text of each <h1>: the headline, as the page shows it

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        named = {key: value or "" for key, value in attrs}
        if tag == "html" and named.get("lang"):
            self.language = named["lang"]
        elif tag == "meta" and (content := named.get("content") or named.get("value")):  # value=: some saved copies
            self.properties.setdefault((named.get("property") or named.get("name") or "").lower(), content)
        elif tag == "link" and "canonical" in named.get("rel", "").lower().split() and named.get("href"):
            self.canonical = self.canonical or named["href"]
        elif tag == "script" and named.get("type", "").lower() == "application/ld+json":
            self._in_json = True
            self._scripts.append("")
        if tag in _SKIPPED:
            self._skipping += 1
        if tag in ("p", "h1") or tag in _SKIPPED:
            self._end_paragraph()
        if tag == "h1" or (tag == "p" and not self._skipping):
            self._paragraph = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "p":
            self._end_paragraph()
        elif tag == "h1" and self._paragraph is not None:
            self.headings.append(" ".join("".join(self._paragraph).split()))
            self._paragraph = None
        if tag in _SKIPPED and self._skipping:
            self._skipping -= 1
        if tag == "script":
            self._in_json = False

    def handle_data(self, data: str) -> None:
        if self._in_json:
            self._scripts[-1] += data
        elif self._paragraph is not None:
            self._paragraph.append(data)

    def _end_paragraph(self) -> None:
        if self._paragraph is not None and (text := " ".join("".join(self._paragraph).split())):
            self.blocks.append(text)
        self._paragraph = None

    @property
    def article(self) -> dict[str, Any]:
        """The first JSON-LD object that describes an article, or {}."""
        for script in self._scripts:
            try:
                found = _find_article(json.loads(script))
            except ValueError:
                continue
            if found:
                return found
        return {}

    @property
    def title(self) -> str | None:
        return _text(self.article.get("headline")) or self.properties.get("og:title")

    @property
    def author(self) -> str | None:
        return _name(self.article.get("author")) or self.properties.get("author")

    @property
    def published_at(self) -> str | None:
        return _text(self.article.get("datePublished")) or self.properties.get("article:published_time")

    @property
    def url(self) -> str | None:
        entity = self.article.get("mainEntityOfPage")
        return _text(self.article.get("url")) or _text(entity.get("@id") if isinstance(entity, dict) else entity)

    @property
    def outlet(self) -> str | None:
        """The outlet as the page names itself: The New York Times' 'cre', an application name (the
        Guardian's is capitalised where its site name is not), the site name, the JSON-LD publisher, the
        Dublin Core publisher (the ABC's "Australian Broadcasting Corporation")."""
        application = self.properties.get("application-name")
        if application and application.islower():
            application = None  # the site's own code name: TIME's pages call their app "nextgen"
        named = (self.properties.get("cre"), application, self.properties.get("og:site_name"))
        dublin_core = self.properties.get("dc.publisher.corporatename") or self.properties.get("dc.publisher")
        return next(filter(None, named), None) or _name(self.article.get("publisher")) or dublin_core


def _meta(html: str) -> _Meta:
    parser = _Meta()
    parser.feed(html)
    parser.close()
    return parser


def _find_article(value: Any) -> dict[str, Any] | None:
    """The first object of a JSON-LD value (a list, a @graph) whose @type is an article's."""
    if isinstance(value, list):
        return next((found for item in value if (found := _find_article(item))), None)
    if not isinstance(value, dict):
        return None
    types = value.get("@type")
    if _ARTICLES & set(types if isinstance(types, list) else [types]):
        return value
    return _find_article(value.get("@graph"))


def _name(value: Any) -> str | None:
    """A person's or organisation's name from JSON-LD: a text, an object with a name, or a list of them."""
    if isinstance(value, list):
        names = [name for item in value if (name := _name(item))]
        return ", ".join(names) or None
    return _text(value.get("name")) if isinstance(value, dict) else _text(value)


SCRIPTED_BELOW = 80  # words: an extraction this short may have missed an article the page's script holds
PREVIEW_BELOW = 300  # words: and one this short may be a preview (Bloomberg's: 140 words of 5,800)
_JSON_STRING = re.compile(r'"((?:[^"\\]|\\.){300,})"')
_SCRIPT = re.compile(r"<script\b[^>]*>(.*?)</script\s*>", re.IGNORECASE | re.DOTALL)
_PARAGRAPH_END = re.compile(r"</(?:p|h[1-6]|li|blockquote)\s*>|\{/p\}|<br\s*/?>|\n", re.IGNORECASE)
_INLINE = re.compile(r"</?(?:a|em|strong|b|i|u|span|meta|sup|sub|abbr|time|cite|q)\b[^>]*>", re.IGNORECASE)


def _held_by_script(html: str, hints: str) -> list[str]:
    """The article a page's script holds as data (a CMS's state, a framework's props): of the long strings
    of its scripts that read as paragraphs of prose, the one sharing most words with the headline and
    description; none where no string shares three."""
    wanted = set(re.findall(r"\w{4,}", hints.lower()))
    best: tuple[int, list[str]] = (2, [])
    for script in _SCRIPT.finditer(html):
        for literal in _JSON_STRING.finditer(script.group(1)):
            try:
                value = json.loads(f'"{literal.group(1)}"')
            except ValueError:
                continue
            value = _SCRIPTS.sub(" ", value)  # an advertisement's script inside the article's markup
            parts = [_as_text(part) for part in _PARAGRAPH_END.split(value)]
            lines = [line for part in parts if len((line := " ".join(part.split())).split()) >= 5]
            shared = len(wanted & set(re.findall(r"\w{4,}", " ".join(lines).lower())))
            if _words(lines) >= SCRIPTED_BELOW and shared > best[0] and shared >= len(wanted) / 2:
                best = (shared, lines)
    return best[1]


def _opening_words(lines: list[str], count: int = 12) -> str:
    return " ".join(re.findall(r"\w+", " ".join(lines).lower())[:count])


def _as_text(markup_part: str) -> str:
    """A paragraph's markup as its words: a link or an emphasis is part of its sentence ("(The deal is ...")."""
    return markup.unescape(re.sub(r"<[^>]+>|\{/?\w+\}", " ", _INLINE.sub("", markup_part)))


def _text_block(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _text(value: Any) -> str | None:
    return " ".join(value.split()) or None if isinstance(value, str) else None
