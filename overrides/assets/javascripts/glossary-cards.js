/* Term cards: a glossary term in running text opens a small card with its names, definition,
   short formula and a link to the entry. hooks/glossary.py writes each linked term's data into
   the page (a hidden definition, which the link's aria-describedby gives screen readers, and a
   <template>), so nothing is fetched and the cards work from file:// too.
   Mouse: the card opens after a short hover and stays while the pointer is on the term or the
   card. Keyboard: it opens when the term gets focus; Escape closes it. Touch: the first tap opens
   it instead of following the link, a second tap on the term or a tap on the card's link goes to
   the entry, a tap elsewhere closes it. The card sits below the term's line (above it when there
   is no room below), so it never hides the line being read. */
(function () {
  "use strict"
  var OPEN_DELAY = 350, CLOSE_DELAY = 300, GAP = 6, MARGIN = 8
  var card = null, owner = null, openTimer = 0, closeTimer = 0, touching = false

  function termLink(target) {
    return target && target.closest ? target.closest("a.glossary-link[aria-describedby]") : null
  }
  function inCard(target) { return !!(card && target && card.contains(target)) }

  function build(link) {
    var id = link.getAttribute("aria-describedby")
    var definition = document.getElementById(id)
    var template = document.getElementById(id.replace("glossary-def-", "glossary-card-"))
    if (!definition || !template) return null
    var element = document.createElement("div")
    element.className = "glossary-card"
    // What the card says is already the link's description: read once, not twice.
    element.setAttribute("aria-hidden", "true")
    element.appendChild(template.content.cloneNode(true))
    var text = document.createElement("p")
    text.className = "glossary-card__definition"
    text.textContent = definition.textContent
    element.insertBefore(text, element.children[1] || null)
    element.querySelectorAll("a, [tabindex]").forEach(function (item) { item.tabIndex = -1 })
    return element
  }

  function place() {
    var root = document.documentElement
    var line = owner.getBoundingClientRect()
    var box = card.getBoundingClientRect()
    var header = document.querySelector(".md-header")
    var top = header ? header.getBoundingClientRect().bottom : 0
    var below = line.bottom + GAP, above = line.top - GAP - box.height
    var y = below + box.height > window.innerHeight - MARGIN && above >= top + MARGIN ? above : below
    var x = Math.max(MARGIN, Math.min(line.left, root.clientWidth - box.width - MARGIN))
    card.style.left = x + window.scrollX + "px"
    card.style.top = y + window.scrollY + "px"
    card.style.visibility = ""
  }

  function open(link) {
    clearTimeout(openTimer)
    clearTimeout(closeTimer)
    if (owner === link) return
    close()
    var element = build(link)
    if (!element) return
    card = element
    owner = link
    card.style.visibility = "hidden"  // measured at the page's corner first, then placed
    card.style.left = card.style.top = "0"
    document.body.appendChild(card)
    place()
  }

  function close() {
    clearTimeout(openTimer)
    clearTimeout(closeTimer)
    if (card) card.remove()
    card = owner = null
  }

  function later(action, delay, link) {
    clearTimeout(openTimer)
    clearTimeout(closeTimer)
    if (action === "open") openTimer = setTimeout(function () { open(link) }, delay)
    else closeTimer = setTimeout(close, delay)
  }

  document.addEventListener("pointerover", function (event) {
    if (event.pointerType !== "mouse") return
    var link = termLink(event.target)
    if (link && link !== owner) later("open", OPEN_DELAY, link)
    else if (link || inCard(event.target)) clearTimeout(closeTimer)
  })
  document.addEventListener("pointerout", function (event) {
    if (event.pointerType !== "mouse") return
    var from = termLink(event.target) || (inCard(event.target) ? card : null)
    if (!from || (event.relatedTarget && from.contains(event.relatedTarget))) return
    if (card) later("close", CLOSE_DELAY)
    else clearTimeout(openTimer)
  })

  document.addEventListener("pointerdown", function (event) {
    touching = event.pointerType !== "mouse"
    if (card && !inCard(event.target) && !owner.contains(event.target)) close()
  })
  document.addEventListener("click", function (event) {
    var link = termLink(event.target)
    // Chromium says which pointer clicked; elsewhere the last pointerdown tells (a key resets it).
    var touch = event.pointerType ? event.pointerType !== "mouse" : touching
    if (!link || !touch || link === owner) return  // a mouse, a key, or the second tap: follow
    event.preventDefault()
    open(link)
  })

  document.addEventListener("focusin", function (event) {
    var link = termLink(event.target)
    if (link && link.matches(":focus-visible")) open(link)
  })
  document.addEventListener("focusout", function (event) {
    if (owner && event.target === owner && !inCard(event.relatedTarget) && !touching) close()
  })
  document.addEventListener("keydown", function (event) {
    touching = false
    if (event.key === "Escape" && card) close()
  })
  window.addEventListener("resize", function () { if (card) place() })
})()
