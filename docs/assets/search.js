// Search with Pagefind, in the theme's search dialog (overrides/partials/search.html).
// Pagefind's index comes in small pieces: a reader downloads only those a query needs, and only
// once they search, however many explainers the site holds.
(() => {
  const dialog = document.getElementById("search");
  const toggle = document.getElementById("__search");
  if (!dialog || !toggle) return;
  const input = dialog.querySelector(".md-search__input");
  const meta = dialog.querySelector(".md-search-result__meta");
  const list = dialog.querySelector(".md-search-result__list");
  const shown = 10; // pages listed for a query
  let pagefind = null;
  let latest = 0;

  function load() {
    if (!pagefind) {
      const url = new URL(dialog.dataset.pagefind, document.baseURI);
      pagefind = import(url.href).then(async (module) => {
        // The site's root, so that result addresses work wherever the site is published.
        await module.options({ baseUrl: new URL("..", url).pathname });
        module.init();
        return module;
      });
    }
    return pagefind;
  }

  function open() {
    toggle.checked = true;
    toggle.dispatchEvent(new Event("change"));
    input.focus();
    load();
  }

  function close() {
    toggle.checked = false;
    toggle.dispatchEvent(new Event("change"));
    input.blur();
  }

  function count(n) {
    const text = n === 0 ? dialog.dataset.none : n === 1 ? dialog.dataset.one : dialog.dataset.other;
    return text.replace("#", n);
  }

  // Pagefind marks the words found with <mark> in text it has already escaped: keep only those marks.
  function excerpt(html) {
    const p = document.createElement("p");
    const template = document.createElement("template");
    template.innerHTML = html;
    for (const node of template.content.childNodes) {
      if (node.nodeName === "MARK") {
        const mark = document.createElement("mark");
        mark.textContent = node.textContent;
        p.append(mark);
      } else {
        p.append(node.textContent);
      }
    }
    return p;
  }

  function link(url, level, title, text) {
    const a = document.createElement("a");
    a.href = url;
    a.className = "md-search-result__link";
    const article = document.createElement("article");
    article.className = "md-search-result__article md-typeset";
    const heading = document.createElement(level);
    heading.textContent = title;
    article.append(heading, excerpt(text));
    a.append(article);
    return a;
  }

  async function search() {
    const query = input.value.trim();
    const current = ++latest;
    if (!query) {
      list.replaceChildren();
      delete list.dataset.query;
      meta.textContent = dialog.dataset.placeholder;
      return;
    }
    const module = await load();
    const found = await module.debouncedSearch(query, {}, 150);
    if (found === null || current !== latest) return; // a newer query is on its way
    const pages = await Promise.all(found.results.slice(0, shown).map((result) => result.data()));
    if (current !== latest) return;
    meta.textContent = count(found.results.length);
    list.replaceChildren(...pages.map((page) => {
      const item = document.createElement("li");
      item.className = "md-search-result__item";
      item.append(link(page.url, "h1", page.meta.title || page.url, page.excerpt));
      for (const section of page.sub_results.filter((sub) => sub.url !== page.url).slice(0, 3)) {
        item.append(link(section.url, "h2", section.title, section.excerpt));
      }
      return item;
    }));
    list.dataset.query = query; // what the list shows results of: typing shows those of each word typed so far
  }

  dialog.dataset.placeholder = meta.textContent.trim();
  input.addEventListener("focus", () => { if (!toggle.checked) open(); });
  input.addEventListener("input", search);
  dialog.querySelector("form").addEventListener("submit", (event) => {
    event.preventDefault();
    dialog.querySelector(".md-search-result__link")?.click();
  });
  dialog.querySelector("form").addEventListener("reset", () => setTimeout(search));
  toggle.addEventListener("change", () => { if (toggle.checked && document.activeElement !== input) input.focus(); });

  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const typing = event.target instanceof HTMLElement &&
      (event.target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(event.target.tagName));
    if (toggle.checked) {
      const links = [...list.querySelectorAll(".md-search-result__link")];
      const at = links.indexOf(document.activeElement);
      if (event.key === "Escape") {
        event.preventDefault();
        close();
      } else if (event.key === "ArrowDown" && links.length) {
        event.preventDefault();
        links[Math.min(at + 1, links.length - 1)].focus();
      } else if (event.key === "ArrowUp" && links.length) {
        event.preventDefault();
        (at <= 0 ? input : links[at - 1]).focus();
      }
    } else if (!typing && ["/", "s", "f"].includes(event.key)) {
      event.preventDefault();
      open();
    }
  });
})();
