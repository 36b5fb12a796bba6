/* kg explorer: the page of `kg serve`. Plain browser JavaScript, no build step.
 *
 * Every text shown here comes from scraped documents and is data: the DOM is built with createElement and
 * textContent only (never innerHTML), vis-network draws labels on a canvas as plain text, and no node or
 * edge gets a `title` (vis-network would parse a string title as HTML). The server's Content-Security-Policy
 * forbids inline script and any request to another host.
 */
(function () {
  "use strict";

  var FONT = '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif';
  var state = {
    meta: null, styles: {}, expanded: [], hoods: {}, edgeData: {}, pairCount: {}, selected: null,
    searchToken: 0, loadToken: 0, detailsToken: 0, stable: true
  };
  var nodes = null, edges = null, network = null;

  // ------------------------------------------------------------------------------------------- helpers
  function $(id) { return document.getElementById(id); }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

  function api(path, params, body) {
    var url = new URL(path, window.location.origin);
    Object.keys(params || {}).forEach(function (k) {
      var v = params[k];
      if (v !== undefined && v !== null) url.searchParams.set(k, String(v));
    });
    var opts = body === undefined ? {} :
      {method: "POST", headers: {"content-type": "application/json"}, body: JSON.stringify(body)};
    return fetch(url.toString(), opts).then(function (r) {
      return r.json().catch(function () { return {error: r.status + " " + r.statusText}; }).then(function (data) {
        if (!r.ok) throw new Error((data && data.error) || (r.status + " " + r.statusText));
        return data;
      });
    });
  }

  function badge(label) { return el("span", "badge " + label, label); }

  function styleOf(label) { return state.styles[label] || state.styles["?"] || {color: "#9c9c9c", shape: "dot"}; }

  function showTab(name) {
    document.querySelectorAll("#tabs button").forEach(function (b) {
      b.setAttribute("aria-selected", b.dataset.tab === name ? "true" : "false");
    });
    document.querySelectorAll(".tab").forEach(function (t) { t.hidden = t.id !== "tab-" + name; });
  }

  function status(text) { $("graph-status").textContent = text || ""; }

  /* The sentence as text nodes, with each occurrence of a term wrapped in <mark> (longest terms first,
     no overlaps). Terms are [text, class]. */
  function highlighted(sentence, terms) {
    var marks = [];
    terms.slice().sort(function (a, b) { return b[0].length - a[0].length; }).forEach(function (t) {
      if (!t[0]) return;
      var at = sentence.indexOf(t[0]);
      while (at >= 0) {
        var end = at + t[0].length;
        var free = marks.every(function (m) { return end <= m[0] || at >= m[1]; });
        if (free) marks.push([at, end, t[1]]);
        at = sentence.indexOf(t[0], end);
      }
    });
    marks.sort(function (a, b) { return a[0] - b[0]; });
    var p = el("p", "sentence"), pos = 0;
    marks.forEach(function (m) {
      if (m[0] > pos) p.appendChild(document.createTextNode(sentence.slice(pos, m[0])));
      p.appendChild(el("mark", m[2], sentence.slice(m[0], m[1])));
      pos = m[1];
    });
    if (pos < sentence.length) p.appendChild(document.createTextNode(sentence.slice(pos)));
    return p;
  }

  // -------------------------------------------------------------------------------------------- filters
  function checkedValues(cls) {
    var all = document.querySelectorAll("input." + cls), on = [];
    all.forEach(function (c) { if (c.checked) on.push(c.value); });
    return on.length === all.length ? null : on.join(",");   // null: no filter
  }

  function filterParams() {
    return {types: checkedValues("f-type"), relations: checkedValues("f-rel"),
            from: $("date-from").value.trim() || null, to: $("date-to").value.trim() || null};
  }

  function buildFilters(meta) {
    [["type-filters", "f-type", meta.labels], ["rel-filters", "f-rel", meta.relations]].forEach(function (spec) {
      var box = $(spec[0]);
      clear(box);
      Object.keys(spec[2]).forEach(function (name) {
        var label = el("label"), input = el("input", spec[1]);
        input.type = "checkbox"; input.value = name; input.checked = true;
        input.addEventListener("change", reload);
        label.appendChild(input);
        label.appendChild(document.createTextNode(" "));
        label.appendChild(spec[1] === "f-type" ? badge(name) : el("span", null, name));
        label.appendChild(el("span", "n", " " + spec[2][name]));
        box.appendChild(label);
      });
    });
    ["date-from", "date-to"].forEach(function (id) { $(id).addEventListener("change", reload); });
  }

  // -------------------------------------------------------------------------------------------- graph
  function visNode(n, expanded) {
    var s = styleOf(n.label);
    return {id: n.id, label: n.name, shape: s.shape, color: {background: s.color, border: expanded ? "#263238" : s.color},
            borderWidth: expanded ? 3 : 1, size: 10 + Math.min(20, 3 * Math.log(1 + (n.degree || 0)) * 2),
            font: {face: FONT, size: 14, color: "#222"}, kg: n};
  }

  function addHood(hood, origin) {
    var center = hood.center, pos = null;
    if (nodes.get(center.id) && network) pos = network.getPosition(center.id);
    var fresh = [];
    nodes.update([visNode(center, true)]);
    hood.nodes.forEach(function (n, i) {
      if (nodes.get(n.id)) return;
      var v = visNode(n, state.expanded.indexOf(n.id) >= 0);
      if (pos) {                                 // start new neighbours around the node they came from
        var a = 2 * Math.PI * i / Math.max(1, hood.nodes.length);
        v.x = pos.x + 120 * Math.cos(a); v.y = pos.y + 120 * Math.sin(a);
      }
      fresh.push(v);
    });
    nodes.update(fresh);
    var add = [];
    hood.edges.forEach(function (e) {
      state.edgeData[e.id] = e;
      if (edges.get(e.id)) return;
      var pair = [e.from, e.to].sort().join("\u0000");
      var i = state.pairCount[pair] = (state.pairCount[pair] || 0) + 1;
      var smooth = i === 1 ? {enabled: false} :
        {enabled: true, type: i % 2 ? "curvedCW" : "curvedCCW", roundness: 0.2 * Math.floor(i / 2)};
      add.push({id: e.id, from: e.from, to: e.to, label: e.relation, arrows: "to", smooth: smooth,
                width: 1 + Math.min(5, Math.log(e.weight || 1) * 1.5),
                font: {face: FONT, size: 12, align: "middle", strokeWidth: 3}, color: {color: "#90a4ae", highlight: "#263238"}});
    });
    edges.update(add);
    $("graph-empty").hidden = nodes.length > 0;
  }

  function fetchHood(id) {
    var params = filterParams();
    params.id = id;
    return api("/api/neighbourhood", params);
  }

  function expand(id) {
    if (state.expanded.indexOf(id) < 0) state.expanded.push(id);
    state.fitPending = true;                     // show the whole graph once the new nodes have settled
    var token = state.loadToken;
    status("loading…");
    return fetchHood(id).then(function (hood) {
      if (token !== state.loadToken) return;
      state.hoods[id] = hood;
      addHood(hood);
      status(hood.shown < hood.total ? "showing the " + hood.shown + " heaviest of " + hood.total + " relations of " +
             hood.center.name : nodes.length + " nodes, " + edges.length + " relations");
      if (state.selected === id) showDetails(id);
    }).catch(function (err) { status(err.message); $("date-error").hidden = false; $("date-error").textContent = err.message; });
  }

  function reload() {
    $("date-error").hidden = true;
    state.loadToken += 1;
    var ids = state.expanded.slice();
    nodes.clear(); edges.clear(); state.edgeData = {}; state.pairCount = {}; state.hoods = {};
    $("graph-empty").hidden = ids.length > 0;
    var token = state.loadToken;
    return Promise.all(ids.map(fetchHood)).then(function (hoods) {
      if (token !== state.loadToken) return;
      hoods.forEach(function (h) { state.hoods[h.center.id] = h; addHood(h); });
      status(nodes.length + " nodes, " + edges.length + " relations");
      if (state.selected) showDetails(state.selected);
    }).catch(function (err) { status(err.message); $("date-error").hidden = false; $("date-error").textContent = err.message; });
  }

  function openEntity(id) {
    state.expanded = [];
    state.loadToken += 1;
    nodes.clear(); edges.clear(); state.edgeData = {}; state.pairCount = {}; state.hoods = {};
    state.selected = id;
    history.replaceState(null, "", "#" + encodeURIComponent(id));
    return expand(id).then(function () {
      network.fit({animation: false});
      showDetails(id);
      showTab("details");
    });
  }

  // ------------------------------------------------------------------------------------------- details
  function fact(dl, key, value) {
    if (value === undefined || value === null || value === "" || (Array.isArray(value) && !value.length)) return;
    dl.appendChild(el("dt", null, key));
    dl.appendChild(el("dd", null, Array.isArray(value) ? value.join("、") : value));
  }

  function showDetails(id) {
    var hood = state.hoods[id];
    var box = $("tab-details");
    var render = function (info) {
      clear(box);
      var h = el("h3", null, info.name + " ");
      h.appendChild(badge(info.label));
      box.appendChild(h);
      var dl = el("dl", "facts");
      fact(dl, "id", info.id);
      fact(dl, "titles", info.titles);
      fact(dl, "also written", info.aliases);
      fact(dl, "mentions", info.mentions);
      fact(dl, "documents", info.docs);
      fact(dl, "relations", info.degree);
      box.appendChild(dl);
      var actions = el("div", "actions");
      if (state.expanded.indexOf(info.id) < 0) {
        var ex = el("button", "expand", "Expand");
        ex.type = "button";
        ex.addEventListener("click", function () { expand(info.id); });
        actions.appendChild(ex);
      }
      var centre = el("button", "centre", "Centre here");
      centre.type = "button";
      centre.addEventListener("click", function () { openEntity(info.id); });
      actions.appendChild(centre);
      if (info.dossier) {
        var d = el("button", "dossier", "Dossier");
        d.type = "button";
        d.addEventListener("click", function () { showDossier(info.id); });
        actions.appendChild(d);
      }
      box.appendChild(actions);
      if (hood) {
        box.appendChild(el("h4", null, "Relations" + (hood.shown < hood.total ? " (" + hood.shown + " of " + hood.total + ")" : "")));
        var ul = el("ul", "rels");
        hood.edges.forEach(function (e) {
          var out = e.from === info.id, other = out ? e.to : e.from;
          var otherNode = nodes.get(other);
          var li = el("li");
          li.dataset.edge = e.id;
          li.appendChild(el("span", "rel", out ? e.relation + " → " : "← " + e.relation + " "));
          li.appendChild(document.createTextNode(otherNode ? otherNode.kg.name : other));
          li.appendChild(el("span", "n", " ×" + e.weight + (e.dates.length ? " · " + e.dates.join("、") : "")));
          li.addEventListener("click", function () { network.selectEdges([e.id]); showEvidence(e.id); });
          ul.appendChild(li);
        });
        box.appendChild(ul);
      } else {
        box.appendChild(el("p", "hint", "Click the node in the graph, or Expand, to list its relations."));
      }
    };
    var token = ++state.detailsToken;           // a later call wins (the node's answer may come after its neighbourhood's)
    if (hood) render(hood.center);
    else api("/api/node", {id: id}).then(function (info) { if (token === state.detailsToken) render(info); })
      .catch(function (err) { if (token === state.detailsToken) { clear(box); box.appendChild(el("p", "error", err.message)); } });
  }

  // ------------------------------------------------------------------------------------------ evidence
  function spellings(n) { return [n.name].concat(n.aliases || []); }

  function showEvidence(edgeId) {
    var e = state.edgeData[edgeId];
    if (!e) return;
    var box = $("tab-evidence");
    showTab("evidence");
    clear(box);
    box.appendChild(el("p", "hint", "loading…"));
    api("/api/evidence", {from: e.from, to: e.to, relation: e.relation}).then(function (full) {
      clear(box);
      var h = el("h3");
      h.appendChild(el("span", null, full.source.name + " "));
      h.appendChild(el("span", "rel", full.relation));
      h.appendChild(el("span", null, " " + full.target.name));
      box.appendChild(h);
      box.appendChild(el("p", "hint", full.evidence_total + " evidence sentence" + (full.evidence_total === 1 ? "" : "s") +
                         " · weight " + full.weight + (full.confidence != null ? " · confidence " + full.confidence : "")));
      var terms = spellings(full.source).map(function (s) { return [s, "head"]; })
        .concat(spellings(full.target).map(function (s) { return [s, "tail"]; }));
      full.evidence.forEach(function (ev) {
        var div = el("div", "ev");
        div.appendChild(highlighted(ev.sentence || "", terms));
        var src = el("div", "src");
        if (ev.headline) { src.appendChild(el("span", "headline", ev.headline)); src.appendChild(el("br")); }
        var parts = [];
        if (ev.date) parts.push(ev.date);
        parts.push(ev.path || ev.doc || "?");
        if (ev.article !== null && ev.article !== undefined) parts.push("article " + ev.article);
        if (ev.start !== null && ev.start !== undefined) parts.push("characters " + ev.start + "–" + ev.end);
        src.appendChild(el("span", "where", parts.join(" · ")));
        div.appendChild(src);
        box.appendChild(div);
      });
    }).catch(function (err) { clear(box); box.appendChild(el("p", "error", err.message)); });
  }

  // ------------------------------------------------------------------------------------------- dossier
  function table(header, rows, note) {
    var t = el("table", "grid"), thead = el("thead"), tr = el("tr");
    header.forEach(function (c) { tr.appendChild(el("th", null, c)); });
    thead.appendChild(tr); t.appendChild(thead);
    var tbody = el("tbody");
    rows.forEach(function (row) {
      var r = el("tr");
      row.forEach(function (c) {
        var td = el("td", typeof c === "number" ? "num" : null, c === null || c === undefined ? "" :
                    typeof c === "object" ? JSON.stringify(c) : c);
        r.appendChild(td);
      });
      tbody.appendChild(r);
    });
    t.appendChild(tbody);
    return t;
  }

  function showDossier(id) {
    var box = $("tab-dossier");
    showTab("dossier");
    clear(box);
    box.appendChild(el("p", "hint", "loading…"));
    api("/api/dossier", {id: id}).then(function (d) {
      clear(box);
      var wrap = el("div", "dossier");
      wrap.appendChild(el("h3", null, d.title));
      d.blocks.forEach(function (b) {
        if (b.type === "heading") wrap.appendChild(el(b.level <= 2 ? "h4" : "h5", null, b.text));
        else if (b.type === "para") wrap.appendChild(el("p", null, b.text));
        else if (b.type === "facts") {
          var dl = el("dl", "facts");
          b.items.forEach(function (kv) { fact(dl, kv[0], kv[1]); });
          wrap.appendChild(dl);
        } else if (b.type === "table") {
          if (!b.rows.length) wrap.appendChild(el("p", "note", "none found"));
          else wrap.appendChild(table(b.header, b.rows));
          if (b.note) wrap.appendChild(el("p", "note", b.note));
        } else if (b.type === "image") {
          if (b.src && b.src.indexOf("data:image/png;base64,") === 0) {
            var img = el("img");
            img.alt = b.alt; img.src = b.src;
            wrap.appendChild(img);
          } else if (b.note) wrap.appendChild(el("p", "note", b.note));
        }
      });
      box.appendChild(wrap);
    }).catch(function (err) { clear(box); box.appendChild(el("p", "error", err.message)); });
  }

  // -------------------------------------------------------------------------------------------- cypher
  function runCypher() {
    var out = $("cypher-out"), st = $("cypher-status");
    var params = {};
    var raw = $("cypher-params").value.trim();
    clear(out);
    st.className = "";
    if (raw) {
      try { params = JSON.parse(raw); } catch (err) { st.className = "error"; st.textContent = "parameters: " + err.message; return; }
    }
    st.textContent = "running…";
    var started = performance.now();
    api("/api/cypher", undefined, {query: $("cypher").value, params: params}).then(function (res) {
      st.textContent = res.rows.length + " row" + (res.rows.length === 1 ? "" : "s") +
        (res.truncated ? " (first " + res.limit + " shown)" : "") + " · " + Math.round(performance.now() - started) + " ms";
      out.appendChild(table(res.columns, res.rows));
    }).catch(function (err) { st.className = "error"; st.textContent = err.message; });
  }

  // -------------------------------------------------------------------------------------------- search
  var searchTimer = null, active = -1;

  function results() { return Array.prototype.slice.call($("results").querySelectorAll("li[data-id]")); }

  function mark(i) {
    var items = results();
    active = items.length ? (i + items.length) % items.length : -1;
    items.forEach(function (li, j) { li.setAttribute("aria-selected", j === active ? "true" : "false"); });
    if (active >= 0) items[active].scrollIntoView({block: "nearest"});
  }

  function choose(id) {
    $("results").hidden = true;
    openEntity(id);
  }

  function search() {
    var q = $("search").value.trim(), token = ++state.searchToken;
    if (!q) { $("results").hidden = true; return; }
    api("/api/search", {q: q, limit: 30}).then(function (hits) {
      if (token !== state.searchToken) return;
      var ul = $("results");
      clear(ul);
      if (!hits.length) ul.appendChild(el("li", "none", "no entity matches " + q));
      hits.forEach(function (h) {
        var li = el("li");
        li.dataset.id = h.id;
        li.setAttribute("role", "option");
        li.appendChild(el("span", "name", h.name));
        if (h.alias) li.appendChild(el("span", "alias", "= " + h.alias));
        li.appendChild(badge(h.label));
        li.appendChild(el("span", "count", h.mentions + " mention" + (h.mentions === 1 ? "" : "s") + " · " + h.degree + " rel."));
        li.addEventListener("mousedown", function (ev) { ev.preventDefault(); choose(h.id); });
        ul.appendChild(li);
      });
      ul.hidden = false;
      mark(0);
    }).catch(function (err) { status(err.message); });
  }

  function wireSearch() {
    var box = $("search");
    box.addEventListener("input", function () { clearTimeout(searchTimer); searchTimer = setTimeout(search, 120); });
    box.addEventListener("keydown", function (ev) {
      if (ev.key === "ArrowDown") { mark(active + 1); ev.preventDefault(); }
      else if (ev.key === "ArrowUp") { mark(active - 1); ev.preventDefault(); }
      else if (ev.key === "Escape") { $("results").hidden = true; }
      else if (ev.key === "Enter") {
        var items = results();
        if (items.length && !$("results").hidden) choose(items[Math.max(0, active)].dataset.id);
        else search();
      }
    });
    box.addEventListener("blur", function () { setTimeout(function () { $("results").hidden = true; }, 150); });
    box.addEventListener("focus", function () { if (results().length) $("results").hidden = false; });
  }

  // ------------------------------------------------------------------------------------------- startup
  function start() {
    nodes = new vis.DataSet([]);
    edges = new vis.DataSet([]);
    network = new vis.Network($("graph"), {nodes: nodes, edges: edges}, {
      physics: {solver: "forceAtlas2Based", forceAtlas2Based: {gravitationalConstant: -140, springLength: 170, avoidOverlap: 0.6},
                stabilization: {iterations: 150, fit: false}, maxVelocity: 40, minVelocity: 1},
      interaction: {hover: true, tooltipDelay: 3600000, multiselect: false},
      edges: {selectionWidth: 2}, nodes: {chosen: true}
    });
    // Layout runs in bounded batches when nodes arrive, then physics stops: positions stay put (a click
    // lands where the node is) and "stable" does not wait on an animated simulation settling on a slow machine.
    function settled() {
      network.setOptions({physics: {enabled: false}});
      if (state.fitPending) { state.fitPending = false; network.fit({animation: false}); }
      state.stable = true;
    }
    nodes.on("add", function () {
      state.stable = false;
      network.setOptions({physics: {enabled: true}});
      network.stabilize(150);
    });
    network.on("stabilizationIterationsDone", settled);
    network.on("stabilized", settled);
    network.on("click", function (p) {
      if (p.nodes.length) {
        var id = p.nodes[0];
        state.selected = id;
        showTab("details");
        if (state.expanded.indexOf(id) < 0) expand(id);
        showDetails(id);
      } else if (p.edges.length) {
        showEvidence(p.edges[0]);
      }
    });
    document.querySelectorAll("#tabs button").forEach(function (b) {
      b.addEventListener("click", function () { showTab(b.dataset.tab); });
    });
    $("cypher-run").addEventListener("click", runCypher);
    $("cypher").addEventListener("keydown", function (ev) { if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey)) runCypher(); });
    $("reset").addEventListener("click", function () {
      state.expanded = []; state.selected = null; reload(); history.replaceState(null, "", "#");
    });
    wireSearch();
    api("/api/meta").then(function (meta) {
      state.meta = meta;
      state.styles = meta.styles || {};
      $("stats").textContent = (meta.folder ? meta.folder + " · " : "") + meta.nodes + " nodes · " + meta.edges + " relations" +
        (meta.database ? "" : " · no database: Cypher disabled");
      buildFilters(meta);
      var wanted = decodeURIComponent(window.location.hash.slice(1));
      if (wanted) openEntity(wanted);
    }).catch(function (err) { status(err.message); });
    window.kgExplorer = {                        // for tests and the browser console
      network: network, nodes: nodes, edges: edges, state: state,
      domPosition: function (id) {
        var p = network.canvasToDOM(network.getPosition(id)), r = $("graph").getBoundingClientRect();
        return {x: r.left + p.x, y: r.top + p.y};
      }
    };
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
