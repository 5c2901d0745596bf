// Typeset math with the site's own copy of MathJax (assets/mathjax, see hooks/mathjax_files.py).
// MathJax is fetched only when a page has math, after the page is shown, and pages
// reached by instant navigation are typeset too.
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

  function mathElements() {
    return Array.prototype.slice.call(document.querySelectorAll(".arithmatex, .jp-RenderedMarkdown"));
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

  function typeset() {
    if (!mathElements().length) {
      document.documentElement.setAttribute("data-math", "none");
      return;
    }
    document.documentElement.removeAttribute("data-math");
    if (!document.getElementById("mathjax-script")) {
      var tag = document.createElement("script");
      tag.id = "mathjax-script";
      tag.async = true;
      tag.src = base + "/startup.js";
      document.head.appendChild(tag);  // typesets the page once loaded (startup.ready)
    } else if (window.MathJax.typesetPromise) {
      typesetInSteps();
    }
  }

  if (typeof document$ !== "undefined") {
    document$.subscribe(typeset);  // every page, including instant navigation
  } else {
    document.addEventListener("DOMContentLoaded", typeset);
  }
})();
