"""`mkdocs build` renders the theme around its pages on every core, where MkDocs renders them one after
another on one.

Once MkDocs has read every page, cleaned the site's folder and written the theme's own files, at the
first page it renders, the build forks a worker for each other core. A fork starts with all MkDocs has
read, so nothing is sent or read twice. Each worker renders every n-th page with MkDocs' own page
builder, writes it and exits; the main process renders the rest, the workers' pages through an empty
template (MkDocs writes no file for an empty page), checks every page's anchors as before, and waits
for the workers before the search index reads the site. Each page is rendered from the state one
process would render it from: the site is the same, byte for byte.

`mkdocs serve` keeps one process (its server's threads make forking unsafe, and a rebuild renders a
few pages), as do machines with one core and systems where Python cannot fork safely.
"""

from __future__ import annotations

import gc
import logging
import os
import signal
import sys
import traceback
from collections.abc import Sequence
from dataclasses import dataclass, field

import jinja2
from mkdocs.commands.build import _build_page
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from .render import forking_cores

log = logging.getLogger("mkdocs.hooks.explainer")

FAILED = 255  # a worker's exit status when a page failed; below it, how many warnings it logged


def shares(pages: Sequence[File], workers: int) -> list[Sequence[File]]:
    """Every (workers + 1)-th page to each worker, from the second on: the main process keeps the first,
    whose rendering forks the workers."""
    return [pages[worker :: workers + 1] for worker in range(1, workers + 1)]


class _SkippedPages(logging.Filter):
    """MkDocs reports each page that renders empty: here the workers' pages, on purpose."""

    def __init__(self, messages: set[str]) -> None:
        super().__init__()
        self.messages = messages

    def filter(self, record: logging.LogRecord) -> bool:
        return record.getMessage() not in self.messages


@dataclass
class _Plan:
    config: MkDocsConfig
    pages: Sequence[File]
    env: jinja2.Environment
    dirty: bool
    shares: list[Sequence[File]]
    templates: dict[str, str]  # each of the workers' pages' own template
    skipped: _SkippedPages
    started: bool = False  # in a worker too, whose pages go through the same hooks
    pids: list[int] = field(default_factory=list)


_plan: _Plan | None = None
_BUILDER_LOG = logging.getLogger("mkdocs.commands.build")


def prepare(config: MkDocsConfig, files: Files, env: jinja2.Environment, dirty: bool) -> jinja2.Environment:
    """Once MkDocs has read every page (on_env): share the pages out, the workers' rendering empty here."""
    global _plan
    workers = forking_cores() - 1
    pages = files.documentation_pages(inclusion=InclusionLevel.is_included)
    if workers < 1 or len(pages) < 2:
        return env
    templates: dict[str, str] = {}
    planned = shares(pages, workers)
    nothing = env.from_string("")  # MkDocs takes a page's `template:` as Jinja does, a name or a template
    for file in (file for share in planned for file in share):
        assert file.page is not None
        templates[file.src_uri] = file.page.meta.get("template", "main.html")
        file.page.meta["template"] = nothing
    skipped = _SkippedPages({f"Page skipped: '{uri}'. Generated empty output." for uri in templates})
    _BUILDER_LOG.addFilter(skipped)
    _plan = _Plan(config, pages, env, dirty, planned, templates, skipped)
    log.info("Rendering the pages on %d cores", workers + 1)
    return env


def start(nav: Navigation, page: Page) -> None:
    """At the first page MkDocs renders (on_page_context), after it cleaned the site's folder and wrote the
    theme's files: fork the workers."""
    if _plan is None or _plan.started:
        return
    _plan.started = True
    gc.freeze()  # what all the processes share stays out of the collector's reach, so it is not copied
    for share in _plan.shares:
        pid = os.fork()
        if pid == 0:
            page.active = False  # forked while the main process renders it
            _render(_plan, share, nav)
        _plan.pids.append(pid)
    gc.unfreeze()


def _render(plan: _Plan, share: Sequence[File], nav: Navigation) -> None:
    """A worker: render its pages, then exit with how many warnings they logged, or FAILED."""
    warnings = _Counter()
    logging.getLogger("mkdocs").addHandler(warnings)
    status = FAILED
    try:
        for file in share:
            assert file.page is not None
            file.page.meta["template"] = plan.templates[file.src_uri]
            # MkDocs' `excluded`, a draft's, is never so: a build leaves drafts out of its pages.
            _build_page(file.page, plan.config, plan.pages, nav, plan.env, plan.dirty)
        status = min(warnings.count, FAILED - 1)
    except BaseException:
        traceback.print_exc()  # after MkDocs' own line naming the page, as one process would show it
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(status)


class _Counter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


def finish() -> None:
    """Before the search index reads the site (on_post_build): wait for every worker, and report theirs
    as one process would have: a failed page fails the build, a warning counts in a strict build."""
    global _plan
    if _plan is None:
        return
    plan, _plan = _plan, None
    _BUILDER_LOG.removeFilter(plan.skipped)
    statuses = [os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) for pid in plan.pids]
    if any(status < 0 or status >= FAILED for status in statuses):
        raise Abort("A page could not be rendered (the error is above); the site is incomplete.")
    if warnings := sum(statuses):
        log.warning("%d of the warnings above came from pages rendered on other cores", warnings)


def stop() -> None:
    """The build failed (on_build_error): no worker goes on writing pages."""
    global _plan
    if _plan is None:
        return
    plan, _plan = _plan, None
    _BUILDER_LOG.removeFilter(plan.skipped)
    for pid in plan.pids:
        os.kill(pid, signal.SIGTERM)
        os.waitpid(pid, 0)
