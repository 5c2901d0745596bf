// Typeset math with the site's own copy of MathJax (assets/mathjax, see hooks/mathjax_files.py).
// MathJax is fetched only when a page has math and the reader gets near it (see load()),
// and pages reached by instant navigation are typeset too.
//
// Rather than the all-in-one tex-chtml.js (264 KB gzipped, two fifths of it the context
// menu), the loader fetches only the parts this site uses (about 170 KB gzipped):
// TeX input, HTML output with its fonts, and hidden MathML for screen readers.
(function () {
  var script = document.currentScript;
  var base = new URL("../assets/mathjax/", script.src).href.replace(/\/$/, "");

  window.MathJax = {
    loader: {
      paths: { mathjax: base },
      load: ["input/tex", "output/chtml", "a11y/assistive-mml"]
    },
    tex: {
      inlineMath: [["\\(", "\\)"], ["$", "$"]],
      displayMath: [["\\[", "\\]"], ["$$", "$$"]],
      processEscapes: true,
      processEnvironments: true
    },
    chtml: { fontURL: base + "/output/chtml/fonts/woff-v2" },
    options: {
      enableMenu: false,
      // Only arithmatex spans (Markdown pages) and rendered notebook Markdown hold math;
      // this keeps "$" in code and prose elsewhere from being read as TeX.
      ignoreHtmlClass: ".+",
      processHtmlClass: "arithmatex|jp-RenderedMarkdown"
    },
    startup: {
      typeset: false,
      ready: function () {
        window.MathJax.startup.defaultReady();
        typesetInSteps();
      }
    }
  };

  // Formulas: arithmatex spans, and rendered notebook Markdown cells that contain TeX.
  var TEX = /\$|\\\(|\\\[|\\begin\{/;
  function mathElements() {
    return Array.prototype.filter.call(
      document.querySelectorAll(".arithmatex, .jp-RenderedMarkdown"),
      function (element) {
        return element.classList.contains("arithmatex") || TEX.test(element.textContent);
      }
    );
  }

  // One element at a time, yielding to the browser in between, so that typesetting a long
  // page never blocks scrolling or clicks for long.
  var generation = 0;
  function typesetInSteps() {
    var MathJax = window.MathJax;
    var mine = ++generation;
    var queue = mathElements();
    MathJax.startup.output.clearCache();
    MathJax.typesetClear();
    MathJax.texReset();
    function step() {
      if (mine !== generation) return;  // a newer page replaced this one
      if (!queue.length) {
        document.documentElement.setAttribute("data-math", "done");
        return;
      }
      var element = queue.shift();
      MathJax.typesetPromise([element]).then(function () { setTimeout(step, 0); });
    }
    step();
  }

  // MathJax is fetched when it is needed: as soon as a formula is on screen, at the reader's
  // first scroll, key or touch, before printing, or else once the page has been idle for a
  // few seconds. A page whose formulas are further down is thus ready to use sooner.
  var requested = false;
  var observer = null;
  var TRIGGERS = ["scroll", "wheel", "keydown", "pointerdown", "touchstart", "beforeprint"];

  function load() {
    if (requested) return;
    requested = true;
    if (observer) observer.disconnect();
    TRIGGERS.forEach(function (name) { window.removeEventListener(name, load, true); });
    var tag = document.createElement("script");
    tag.id = "mathjax-script";
    tag.async = true;
    tag.src = base + "/startup.js";
    document.head.appendChild(tag);  // typesets the page once loaded (startup.ready)
  }

  function loadWhenNeeded(elements) {
    if ("IntersectionObserver" in window) {
      if (observer) observer.disconnect();
      observer = new IntersectionObserver(function (entries) {
        if (entries.some(function (entry) { return entry.isIntersecting; })) load();
      });
      elements.forEach(function (element) { observer.observe(element); });
    } else {
      load();
    }
    TRIGGERS.forEach(function (name) {
      window.addEventListener(name, load, { capture: true, passive: true });
    });
    setTimeout(function () {
      (window.requestIdleCallback || setTimeout)(load);
    }, 3000);
  }

  function typeset() {
    var elements = mathElements();
    if (!elements.length) {
      document.documentElement.setAttribute("data-math", "none");
      return;
    }
    document.documentElement.removeAttribute("data-math");
    if (window.MathJax.typesetPromise) {
      typesetInSteps();  // loaded on an earlier page (instant navigation)
    } else if (!requested) {
      loadWhenNeeded(elements);
    }  // else: loading, and startup.ready will typeset this page
  }

  if (typeof document$ !== "undefined") {
    document$.subscribe(typeset);  // every page, including instant navigation
  } else {
    document.addEventListener("DOMContentLoaded", typeset);
  }
})();
