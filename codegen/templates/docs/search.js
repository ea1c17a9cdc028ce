/* Offline search over window.SEARCH_INDEX (search-index.js, loaded by a script tag so that it
   works over file://). Every query word must match; a word in the name counts most, then the
   summary, then the full text; operations come before types and guides on a tie. */
(function () {
  "use strict";
  var KIND_RANK = { operation: 0, type: 1, guide: 2 };
  function words(text) {
    return (text.toLowerCase().match(/[a-z0-9]+/g) || []);
  }
  function termScore(doc, term) {
    var best = 0, i, w;
    for (i = 0; i < doc.n.length; i++) {
      w = doc.n[i];
      if (w === term) { return 100; }
      if (w.indexOf(term) === 0) { best = Math.max(best, 60); }
    }
    if (best) { return best; }
    if (doc._s === undefined) { doc._s = " " + words(doc.s).join(" ") + " "; doc._w = " " + doc.w + " "; }
    if (doc._s.indexOf(" " + term + " ") >= 0) { return 10; }
    if (doc._s.indexOf(" " + term) >= 0) { return 6; }
    if (doc._w.indexOf(" " + term + " ") >= 0) { return 3; }
    if (doc._w.indexOf(" " + term) >= 0) { return 1; }
    return 0;
  }
  function search(query, limit) {
    var terms = words(query), hits = [], i, j, doc, score, s;
    if (!terms.length) { return hits; }
    for (i = 0; i < window.SEARCH_INDEX.length; i++) {
      doc = window.SEARCH_INDEX[i];
      score = 0;
      for (j = 0; j < terms.length; j++) {
        s = termScore(doc, terms[j]);
        if (!s) { score = 0; break; }
        score += s;
      }
      if (score) { hits.push({ doc: doc, score: score }); }
    }
    hits.sort(function (a, b) {
      return (b.score - a.score) ||
        (KIND_RANK[a.doc.k] - KIND_RANK[b.doc.k]) ||
        (a.doc.t.length - b.doc.t.length) ||
        (a.doc.t < b.doc.t ? -1 : a.doc.t > b.doc.t ? 1 : 0);
    });
    return hits.slice(0, limit || 50);
  }
  function render(query) {
    var list = document.getElementById("search-results");
    var status = document.getElementById("search-status");
    if (!list) { return; }
    var hits = search(query, 50);
    list.innerHTML = "";
    hits.forEach(function (hit) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = hit.doc.u;
      a.textContent = hit.doc.t;
      a.className = "result result-" + hit.doc.k;
      li.appendChild(a);
      li.appendChild(document.createTextNode(" (" + hit.doc.k + ") " + hit.doc.s));
      list.appendChild(li);
    });
    status.textContent = query ? hits.length + " results for \u201c" + query + "\u201d" : "";
  }
  window.tencentMpsSearch = search;
  var box = document.getElementById("search-box");
  var query = new URLSearchParams(window.location.search).get("q") || "";
  if (box) {
    box.value = query;
    box.setAttribute("value", query);
    box.addEventListener("input", function () { render(box.value); });
  }
  render(query);
}());
