"""`python -m generator source add ID`: a source's text and record from a saved web page or a text file.

The text is written to data/sources/ID.txt in the form every source's text takes: UTF-8, one
paragraph per line, whitespace collapsed to single spaces, the words and typographic quotes as
the page has them (the quote checker makes quotes plain when it compares). Left out: the headline,
bylines, navigation, figure captions, "Read more", "Related" and "Subscribe" lines, share buttons,
scripts and styles. The record, data/sources/ID.yml, gets every field the page gives; a field it
does not give gets a FILL IN placeholder, which `check` reports until an editor replaces it.

A page saved as a single file (MHTML, as Chrome and Edge save one) is read as the page it holds.
Nothing is written unless both files can be; a file that cannot be read is one line of error.
"""

from __future__ import annotations

import codecs
import email
import email.policy
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter, ValidationError

from .. import models
from ..kinds import SOURCES
from ..models import ID_PATTERN, PLACEHOLDER, PartialDate
from ..problems import UsageError
from ..schema import schema_line
from ..yaml_writer import dump
from .article import Page, read_page, without_scripts
from .findings import review

MIN_WORDS = 30  # fewer words outside navigation, and the page holds no article
MAX_BYTES = 20_000_000  # a saved article is well under 5 MB, even with its scripts inlined
MAX_MARKUP = 4_000_000  # characters besides scripts and styles: a long article's page has a tenth of that
_DECLARED = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)""", re.I
)
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffd]")
_TAG = re.compile(r"<(html|head|body|p|div|article|main|meta|title)\b", re.I)
_URL = TypeAdapter(models.Url)
# A MIME message's header lines, one of them saying it holds a page and its parts: an MHTML file.
_MHTML = re.compile(rb"\A(?:[\w-]+:.*\r?\n(?:[ \t].*\r?\n)*)*?content-type:\s*multipart/related", re.I)
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(https?://[^\s>]+?)\s*-->", re.I)


@dataclass(frozen=True)
class Imported:
    """What `source add` writes, and what it asks the editor to look at."""

    text: str
    record: str
    findings: list[str]


@dataclass(frozen=True)
class Given:
    """What the command line gives; each value, when given, is used over the page's."""

    url: str | None = None
    archived: str | None = None
    outlet: str | None = None
    published: str | None = None


def add(root: Path, source_id: str, file: Path, html: bool, given: Given, force: bool = False) -> Imported:
    """Read `file`, write data/sources/ID.txt and ID.yml, and return what was written."""
    text_path, record_path = paths(root, source_id)
    if not force:
        for path in (text_path, record_path):
            if path.exists():
                raise UsageError(f"{path.relative_to(root)} already exists: choose another id, or add --force")
    data = read(file)
    content, location = unwrap(data, file) if html and _MHTML.match(data) else (decode(data, file), None)
    if html:
        if not _TAG.search(content[:100_000]):
            raise UsageError(f"{file} does not look like a web page: save the article's page as HTML")
        if len(without_scripts(content)) > MAX_MARKUP:
            raise UsageError(
                f"{file} holds over {MAX_MARKUP // 1_000_000} MB of markup besides its scripts: not one article"
            )
        page = read_page(content)
        saved_from = _SAVED_FROM.search(content[:5000])
        location = location or (saved_from[1] if saved_from else None)
        imported = from_page(replace(page, url=page.url or location), given)
        if (words := len(imported.text.split())) < MIN_WORDS:
            raise UsageError(f"no article found in {file} ({words} words of text): is it the article's own page?")
    else:
        imported = from_text(content, given)
        if not imported.text:
            raise UsageError(f"{file} holds no text")
    text_path.parent.mkdir(parents=True, exist_ok=True)
    text_path.write_text(imported.text, encoding="utf-8")
    record_path.write_text(imported.record, encoding="utf-8")
    return imported


def paths(root: Path, source_id: str) -> tuple[Path, Path]:
    if not re.fullmatch(ID_PATTERN, source_id):
        raise UsageError(f"'{source_id}' is not a valid id: use lower-case words joined by hyphens")
    folder = root / "data" / SOURCES.folder
    return folder / f"{source_id}.txt", folder / f"{source_id}.yml"


def read(file: Path) -> bytes:
    """The file's bytes, if it is there and not too large."""
    try:
        if file.stat().st_size > MAX_BYTES:
            raise UsageError(f"{file} is over {MAX_BYTES // 1_000_000} MB: save the article's page alone")
        return file.read_bytes()
    except FileNotFoundError:
        raise UsageError(f"{file} not found") from None
    except IsADirectoryError:
        raise UsageError(f"{file} is a folder, not a file") from None
    except OSError as error:
        raise UsageError(f"{file} cannot be read: {error.strerror}") from None


def unwrap(data: bytes, file: Path) -> tuple[str, str | None]:
    """The page an MHTML file holds, and the address it was saved from."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)
            content = payload if isinstance(payload, bytes) else b""
            return _decode_part(content, part.get_content_charset(), file), (
                message.get("Snapshot-Content-Location") or part.get("Content-Location")
            )
    raise UsageError(f"{file} is a page saved as a single file, but holds no page: save the article's page as HTML")


def _decode_part(content: bytes, charset: str | None, file: Path) -> str:
    try:
        return content.decode(_as_browsers_read(charset), "replace") if charset else decode(content, file)
    except LookupError:  # a charset Python does not know: read it as a page saved alone
        return decode(content, file)


def decode(data: bytes, file: Path) -> str:
    """Text from bytes: a byte-order mark, else the encoding the page declares, else UTF-8, else Windows-1252."""
    if data.startswith(b"bplist00"):
        raise UsageError(f"{file} is a Safari web archive: save the page as page source (HTML) instead")
    text = _decode(data)
    if len(_CONTROL.findall(text[:100_000])) > max(10, len(text[:100_000]) // 100):
        raise UsageError(f"{file} is not text (binary data or an unknown encoding)")
    return text


def _decode(data: bytes) -> str:
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(encoding, "replace").lstrip("\ufeff")
    sample = data[:1000]
    if len(sample) > 20 and sample[1::2].count(0) > len(sample) // 4:  # UTF-16 without a mark
        return data.decode("utf-16-le", "replace")
    if len(sample) > 20 and sample[0::2].count(0) > len(sample) // 4:
        return data.decode("utf-16-be", "replace")
    declared = _DECLARED.search(data[:5000])
    if declared:
        name = (declared.group(1) or declared.group(2)).decode("ascii").lower()
        try:
            if not codecs.lookup(name).name.startswith("utf-16"):  # a page saved as UTF-8 often still says UTF-16
                return data.decode(_as_browsers_read(name), "replace")
        except LookupError:
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace")


def _as_browsers_read(charset: str) -> str:
    """A page that says it is Latin-1 or ASCII is read as Windows-1252, as browsers read it (the WHATWG
    Encoding Standard): such pages hold its curly quotes and dashes ("Toronto\x92s")."""
    return "cp1252" if codecs.lookup(charset).name in ("iso8859-1", "ascii") else charset


def from_page(page: Page, given: Given) -> Imported:
    """The text and record of a page read with read_page."""
    paragraphs = list(page.paragraphs)
    fields = _fields(page.outlet, page.url, page.published, given)
    comments = []
    if page.title:
        fields = {"outlet": fields.pop("outlet"), "title": page.title, "title_from_page": True, **fields}
    if page.author or page.language:
        about = [f"byline {page.author!r}" if page.author else "", f"language {page.language}" if page.language else ""]
        comments.append("The page gives: " + ", ".join(part for part in about if part) + ".")
    findings = _missing(fields)
    if page.left_out:
        lines = ", ".join(f'"{line[:60]}"' for line in page.left_out)
        findings.append(f"left out as the page's furniture, not the article: {lines}; compare with the page")
    if page.title:
        findings.append("the headline is taken from the page: confirm it, then set title_from_page to false")
    return Imported(_text(paragraphs), _record(fields, comments), review(paragraphs) + findings)


def from_text(content: str, given: Given) -> Imported:
    """The text and record of a plain-text article: a paragraph per line, or blocks between blank lines."""
    lines = content.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    blocks = " ".join("\n" if not line.strip() else line for line in lines).split("\n")
    paragraphs = [" ".join(block.split()) for block in blocks] if "" in map(str.strip, lines[:-1]) else lines
    paragraphs = [" ".join(paragraph.split()) for paragraph in paragraphs if paragraph.strip()]
    fields = _fields(None, None, None, given)
    return Imported(_text(paragraphs), _record(fields, []), review(paragraphs) + _missing(fields))


def check_given(given: Given) -> None:
    """Refuse a web address or a date the command line gives in the wrong form."""
    for option, value in (("--url", given.url), ("--archived", given.archived)):
        if value is not None:
            try:
                _URL.validate_python(value)
            except ValidationError as error:
                raise UsageError(
                    f"{option} {value!r}: {error.errors()[0]['msg'].removeprefix('Value error, ')}"
                ) from None
    if given.published is not None:
        try:
            PartialDate.parse(given.published)
        except ValueError as error:
            raise UsageError(f"--published {given.published!r}: {error}") from None
    if given.outlet is not None and not given.outlet.strip():
        raise UsageError("--outlet must not be empty")


def _fields(outlet: str | None, url: str | None, published: str | None, given: Given) -> dict[str, Any]:
    url = given.url or url
    if url is not None:
        try:
            _URL.validate_python(url)
        except ValidationError:
            url = None  # a page's own address that is not a web address (a saved file's path)
    described = models.Source.model_fields
    archived = given.archived
    wayback = _WAYBACK.fullmatch(url or "")
    if wayback and not given.url:  # a page saved from the Wayback Machine: its own address, and the copy's
        url, archived = wayback.group("original"), archived or url
    fields: dict[str, Any] = {
        "outlet": given.outlet or outlet or f"{PLACEHOLDER}: {_lower(described['outlet'].description)}",
        "url": url or f"{PLACEHOLDER}: the article's web address, starting with https://",
    }
    if archived:
        fields["archived"] = archived
    fields["published"] = given.published or published or f"{PLACEHOLDER}: YYYY-MM-DD, YYYY-MM or YYYY"
    return fields


_WAYBACK = re.compile(r"https?://web\.archive\.org/web/\d{4,14}[a-z_]*/(?P<original>https?://\S+)")
_MEANING = {"outlet": "outlet's name", "url": "web address", "published": "publication date"}


def _missing(fields: dict[str, Any]) -> list[str]:
    return [
        f"no {_MEANING[name]} found: replace the {PLACEHOLDER} of '{name}' in the .yml, "
        "then run python -m generator check"
        for name, value in fields.items()
        if isinstance(value, str) and value.startswith(PLACEHOLDER)
    ]


def _record(fields: dict[str, Any], comments: list[str]) -> str:
    return dump(fields, [schema_line(SOURCES).removeprefix("# "), *comments])


def _text(paragraphs: list[str]) -> str:
    return "".join(paragraph + "\n" for paragraph in paragraphs)


def _lower(description: str | None) -> str:
    described = (description or "").rstrip(".")
    return described[:1].lower() + described[1:]
