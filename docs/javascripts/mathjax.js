// Typeset math with the site's own copy of MathJax (assets/mathjax, see hooks/mathjax_files.py).
// MathJax is fetched only when a page has math, after the page is shown, and pages
// reached by instant navigation are typeset too.
(function () {
  var script = document.currentScript;
  var src = new URL("../assets/mathjax/tex-chtml.js", script.src).href;

  window.MathJax = {
    tex: {
      inlineMath: [["\\(", "\\)"], ["$", "$"]],
      displayMath: [["\\[", "\\]"], ["$$", "$$"]],
      processEscapes: true,
      processEnvironments: true
    },
    options: {
      // Only arithmatex spans (Markdown pages) and rendered notebook Markdown hold math;
      // this keeps "$" in code and prose elsewhere from being read as TeX.
      ignoreHtmlClass: ".+",
      processHtmlClass: "arithmatex|jp-RenderedMarkdown"
    }
  };

  function hasMath() {
    return document.querySelector(".arithmatex, .jp-RenderedMarkdown") !== null;
  }

  function typeset() {
    if (!hasMath()) return;
    if (!document.getElementById("mathjax-script")) {
      var tag = document.createElement("script");
      tag.id = "mathjax-script";
      tag.async = true;
      tag.src = src;
      document.head.appendChild(tag);  // typesets the page itself once loaded
    } else if (window.MathJax.typesetPromise) {
      window.MathJax.startup.output.clearCache();
      window.MathJax.typesetClear();
      window.MathJax.texReset();
      window.MathJax.typesetPromise();
    }
  }

  if (typeof document$ !== "undefined") {
    document$.subscribe(typeset);  // every page, including instant navigation
  } else {
    document.addEventListener("DOMContentLoaded", typeset);
  }
})();
