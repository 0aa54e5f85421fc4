// The theme's tooltips are added to <body> when first shown. A footnote's tooltip is a dialog,
// so it gets a name; a link's tooltip describes its link (aria-describedby), which works while
// it is aria-hidden, so it stays out of the page's landmarks, as axe's "region" rule asks.
new MutationObserver(() => {
  for (const tip of document.querySelectorAll("body > .md-tooltip2[role=dialog]:not([aria-label])")) {
    tip.setAttribute("aria-label", "Source of this statement");
  }
  for (const tip of document.querySelectorAll("body > .md-tooltip2[role=tooltip]:not([aria-hidden])")) {
    tip.setAttribute("aria-hidden", "true");
  }
}).observe(document.body, { childList: true });
