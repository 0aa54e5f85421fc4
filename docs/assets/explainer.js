// Tooltips: a term's definition (its link's title) and a citation's source (its footnote), shown on
// hover and keyboard focus, in the theme's markup and style. The theme's own set up every link of a
// page as it loaded, which kept a phone's main thread busy for a third of a second on a page of many
// citations; these are made only when a reader points at or focuses a link, by one listener.
(() => {
  const HOSTS = "article a.footnote-ref, article a[title]";
  let open = null; // { host, tip, restore, timer }
  let made = 0;

  function tooltipOf(host) {
    const tip = document.createElement("div");
    const inner = document.createElement("div");
    tip.className = "md-tooltip2";
    tip.id = `tooltip-${made++}`;
    inner.className = "md-tooltip2__inner md-typeset";
    tip.append(inner);
    if (host.classList.contains("footnote-ref")) {
      const note = document.getElementById(decodeURIComponent(host.hash.slice(1)));
      if (!note) return null;
      inner.append(...note.cloneNode(true).children);
      // A dialog, so it gets a name; the link says it opens one.
      tip.setAttribute("role", "dialog");
      tip.setAttribute("aria-label", "Source of this statement");
      host.setAttribute("aria-controls", tip.id);
      host.setAttribute("aria-haspopup", "dialog");
      return { tip, restore: () => ["aria-controls", "aria-haspopup"].forEach((name) => host.removeAttribute(name)) };
    }
    const title = host.getAttribute("title");
    inner.textContent = title;
    // It describes its link, which works while it is aria-hidden, so it stays out of the page's
    // landmarks (axe's "region" rule); the title moves to it so that the browser shows no second one.
    tip.setAttribute("role", "tooltip");
    tip.setAttribute("aria-hidden", "true");
    host.removeAttribute("title");
    host.setAttribute("aria-describedby", tip.id);
    return {
      tip,
      restore: () => {
        host.setAttribute("title", title);
        host.removeAttribute("aria-describedby");
      },
    };
  }

  // Where the theme puts its tooltips: under a link, or above a citation in the lower half of the screen.
  function place(host, tip) {
    const box = host.getBoundingClientRect();
    const set = (name, pixels) => tip.style.setProperty(name, `${pixels}px`);
    set("--md-tooltip-host-x", box.x + scrollX);
    set("--md-tooltip-host-y", box.y + scrollY);
    set("--md-tooltip-x", box.width / 2);
    let y = 8 + box.height;
    if (tip.getAttribute("role") === "tooltip") {
      set("--md-tooltip-width", tip.firstChild.getBoundingClientRect().width);
      set("--md-tooltip-tail", 0);
    } else {
      y = box.y >= innerHeight / 2 ? -16 - tip.getBoundingClientRect().height : 16 + box.height;
    }
    set("--md-tooltip-y", y);
    tip.classList.toggle("md-tooltip2--top", y < 0);
    tip.classList.toggle("md-tooltip2--bottom", y >= 0);
  }

  function show(host) {
    if (open?.host === host) return clearTimeout(open.timer);
    hide();
    const tooltip = tooltipOf(host);
    if (!tooltip) return;
    document.body.append(tooltip.tip);
    place(host, tooltip.tip);
    open = { host, ...tooltip, timer: 0 };
    requestAnimationFrame(() => tooltip.tip.classList.add("md-tooltip2--active"));
  }

  function hide() {
    if (!open) return;
    clearTimeout(open.timer);
    open.restore();
    open.tip.remove();
    open = null;
  }

  const hostOf = (event) => (event.target instanceof Element ? event.target.closest(HOSTS) : null);
  const inside = (event) => open && (open.host.contains(event.target) || open.tip.contains(event.target));

  document.addEventListener("pointerover", (event) => {
    if (event.pointerType === "touch") return; // a tap follows the link
    const host = hostOf(event);
    if (host) show(host);
    else if (inside(event)) clearTimeout(open.timer); // a citation's source can be scrolled and copied
  });
  document.addEventListener("pointerout", (event) => {
    if (inside(event) && open.host !== document.activeElement) open.timer = setTimeout(hide, 250);
  });
  document.addEventListener("focusin", (event) => {
    const host = hostOf(event);
    if (host) show(host);
    else if (!inside(event)) hide();
  });
  // Focus leaving the link for anything but its tooltip closes it: a clicked citation marker keeps the
  // focus as the page moves to its note, and a click elsewhere (or on the page's body) takes it away.
  document.addEventListener("focusout", (event) => {
    const kept = open && (open.tip.contains(event.relatedTarget) || open.tip.matches(":hover")); // being read
    if (open && open.host === event.target && !kept) hide();
  });
  document.addEventListener("keydown", (event) => event.key === "Escape" && hide());
})();
