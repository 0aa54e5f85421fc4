"""The theme's menu (its primary navigation) made in Python: the markup Material 9.8.1's
partials/nav-item.html makes for this site's features (navigation.indexes, navigation.prune; no tabs,
sections or expand), tag for tag and attribute for attribute, without its indentation.

The menu is on every page and its template was most of the time MkDocs spent on a page (five Jinja
macro calls and a URL filter for each of some fifty items, on each of thousands of pages). The current
page's table of contents is still the theme's template (`toc`, given by overrides/partials/nav.html).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup
from mkdocs.structure.pages import Page
from mkdocs.utils import normalize_url

_ICON = '<span class="md-nav__icon md-icon"></span>'


@dataclass(frozen=True)
class _Context:
    page: Page | None
    base_url: str
    toc: Callable[[Any], str]  # the current page's table of contents, by the theme's template

    def url(self, url: str) -> str:
        """What the theme's `url` filter makes of a link: relative to the page (or the site's base)."""
        return normalize_url(str(url), page=self.page, base=self.base_url)


def primary_nav(items: Iterable[Any], page: Page | None, base_url: str, toc: Callable[[Any], str]) -> Markup:
    """The menu's items, each as partials/nav-item.html's `render(nav_item, path, 1)` makes it."""
    context = _Context(page, base_url, toc)
    return Markup("".join(_item(item, f"__nav_{at}", 1, context) for at, item in enumerate(items, 1)))


def _item(item: Any, path: str, level: int, context: _Context) -> str:
    if item.children:
        return _section(item, path, level, context)
    active = " md-nav__item--active" if getattr(item, "active", False) else ""
    if context.page is not None and item == context.page:
        inside = _current(item, context)
    else:
        # a section with nothing in it has no address: the theme's template links it to "" as well
        inside = f'<a href="{context.url(getattr(item, "url", ""))}" class="md-nav__link">{_content(item)}</a>'
    return f'<li class="md-nav__item{active}">{inside}</li>'


def _section(item: Any, path: str, level: int, context: _Context) -> str:
    """A section: on the page's path, open with its items; elsewhere pruned, a link to its first page."""
    if not item.active:
        return f'<li class="md-nav__item md-nav__item--pruned md-nav__item--nested">{_pruned(item, item, context)}</li>'
    index = next((child for child in item.children if getattr(child, "is_index", False)), None)
    toggle = f'for="{path}" id="{path}_label" tabindex="0"'
    if index is None:
        heading = f'<label class="md-nav__link" {toggle}>{_content(item)}{_ICON}</label>'
    else:
        current = "md-nav__link--active" if index == context.page else ""
        heading = (
            '<div class="md-nav__link md-nav__container">'
            f'<a href="{context.url(index.url)}" class="md-nav__link {current}">{_content(item)}</a>'
            + (f'<label class="md-nav__link {current}" {toggle}>{_ICON}</label>' if len(item.children) > 1 else "")
            + "</div>"
        )
    items = "".join(
        _item(child, f"{path}_{at}", level + 1, context) for at, child in enumerate(item.children, 1) if child != index
    )
    return (
        '<li class="md-nav__item md-nav__item--active md-nav__item--nested">'
        f'<input class="md-nav__toggle md-toggle " type="checkbox" id="{path}" checked>{heading}'
        f'<nav class="md-nav" data-md-level="{level}" aria-labelledby="{path}_label" aria-expanded="true">'
        f'<label class="md-nav__title" for="{path}">{_ICON}{item.title}</label>'
        f'<ul class="md-nav__list" data-md-scrollfix>{items}</ul></nav></li>'
    )


def _current(item: Any, context: _Context) -> str:
    """The current page's item, with its table of contents (for the menu of small screens)."""
    contents = item.toc
    first = next(iter(contents), None)
    if first is not None and first.level == 1:
        contents = first.children
    label = f'<label class="md-nav__link md-nav__link--active" for="__toc">{_content(item)}{_ICON}</label>'
    return (
        '<input class="md-nav__toggle md-toggle" type="checkbox" id="__toc">'
        f"{label if contents else ''}"
        f'<a href="{context.url(item.url)}" class="md-nav__link md-nav__link--active">{_content(item)}</a>'
        f"{context.toc(item) if contents else ''}"
    )


def _pruned(item: Any, shown: Any, context: _Context) -> str:
    """A pruned section as a link to its first page, named as the section (`render_pruned`)."""
    first = item.children[0]
    if first.children:
        return _pruned(first, shown, context)
    return f'<a href="{context.url(getattr(first, "url", ""))}" class="md-nav__link">{_content(shown)}{_ICON}</a>'


def _content(item: Any) -> str:
    return f'<span class="md-ellipsis">{item.title}</span>'


# The theme's features the menu is made for, and those it is not (the theme's template makes the menu then).
FEATURES = frozenset({"navigation.indexes", "navigation.prune"})
OTHER_FEATURES = frozenset({"navigation.tabs", "navigation.sections", "navigation.expand"})
# What a page's metadata may add to its item, which only the theme's template makes.
_ITEM_META = frozenset({"icon", "subtitle", "status"})


def supported(features: Iterable[str], pages: Iterable[Page]) -> bool:
    """Whether this module makes the menu as the theme would, for these features and pages."""
    chosen = set(features)
    return chosen >= FEATURES and not OTHER_FEATURES & chosen and not any(_ITEM_META & set(page.meta) for page in pages)
