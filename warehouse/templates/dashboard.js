// The dashboard's own script: embeds the Vega-Lite charts, turns clicks into filters,
// and fills the events table. Every text from the data goes in with textContent.
(function () {
"use strict";
const D = JSON.parse(document.getElementById("data").textContent);
const S = JSON.parse(document.getElementById("specs").textContent);
const M = D.meta;
const EV = D.events;
const COL = {};
EV.cols.forEach((c, i) => { COL[c] = i; });
const QUAD = {1: "Verbal cooperation", 2: "Material cooperation", 3: "Verbal conflict", 4: "Material conflict"};
const PAGE = 100;
const state = {country: "", actor: "", root: "", from: "", to: "", code: "", place: null, dyad: null};
let shown = PAGE;
const $ = (id) => document.getElementById(id);
const fmt = (n) => Number(n).toLocaleString("en");

function text(tag, value, cls) {
  const e = document.createElement(tag);
  e.textContent = value === null || value === undefined ? "" : String(value);
  if (cls) e.className = cls;
  return e;
}

function countryName(code) {
  const c = D.countries.find((x) => x.iso3 === code);
  return c ? c.name : code;
}

// ---- the charts -----------------------------------------------------------
const views = {};
function embed(id, spec) {
  const target = $(id);
  return vegaEmbed(target, spec, {actions: false, renderer: "svg"}).then((res) => {
    views[id] = res.view;
    res.view.addEventListener("click", (event, item) => { if (item && item.datum) clicked(id, item.datum); });
  }).catch((err) => {
    target.replaceChildren(text("p", "This chart could not be drawn: " + err, "error"));
  });
}

function mapSpec() {
  const shade = document.querySelector("input[name=shade]:checked").value;
  const extent = document.querySelector("input[name=extent]:checked").value;
  const spec = JSON.parse(JSON.stringify(shade === "events" ? S.map_events : S.map_goldstein));
  spec.layer.forEach((layer) => { if (layer.data && layer.data.values === "__world__") layer.data.values = D.world; });
  if (extent === "events" && S.fit) spec.projection.fit = S.fit;
  return spec;
}

function periodRange(period) {
  // Vega-Lite hands the period back parsed (a Date or a timestamp), or as the ISO day.
  const start = typeof period === "string" ? new Date(period + "T00:00:00Z") : new Date(period);
  const end = new Date(start);
  if (M.unit === "week") end.setUTCDate(end.getUTCDate() + 6);
  if (M.unit === "month") { end.setUTCMonth(end.getUTCMonth() + 1); end.setUTCDate(0); }
  return [start.toISOString().slice(0, 10), end.toISOString().slice(0, 10)];
}

function clicked(id, d) {
  if (id === "map") {
    if (d.properties && d.properties.iso3) { state.country = d.properties.iso3; ensureCountry(d.properties.iso3, d.properties.name); }
    else if (d.lat !== undefined) state.place = {name: d.name, country: d.country};
    else return;
  } else if (id === "types") {
    state.code = d.code;
  } else if (id === "dyads") {
    state.dyad = {s: d.s, t: d.t};
  } else if (id === "timeline" || id === "trend") {
    if (!d.period) return;
    [state.from, state.to] = periodRange(d.period);
  } else return;
  syncControls();
  update();
}

// ---- the filters ----------------------------------------------------------
function ensureCountry(code, name) {
  const sel = $("f-country");
  if (![...sel.options].some((o) => o.value === code)) {
    const o = text("option", (name || code) + " (" + code + ")"); o.value = code; sel.appendChild(o);
  }
}

function fillControls() {
  const codes = new Set();
  D.countries.forEach((c) => codes.add(c.iso3));
  EV.data.forEach((r) => { [r[COL.sc], r[COL.tc], r[COL.pc]].forEach((c) => { if (c) codes.add(c); }); });
  const names = {};
  D.countries.forEach((c) => { names[c.iso3] = c.name; });
  [...codes].sort((a, b) => (names[a] || a).localeCompare(names[b] || b)).forEach((c) => ensureCountry(c, names[c]));
  D.roots.forEach((r) => { const o = text("option", r.code + " " + r.name + " (" + fmt(r.n) + ")"); o.value = r.code; $("f-root").appendChild(o); });
  const actors = {};
  EV.data.forEach((r) => { [r[COL.s], r[COL.t]].forEach((a) => { if (a) actors[a] = (actors[a] || 0) + 1; }); });
  Object.entries(actors).sort((a, b) => b[1] - a[1]).slice(0, 200).forEach(([a]) => { const o = document.createElement("option"); o.value = a; $("actors").appendChild(o); });
  if (M.first) { $("f-from").min = $("f-to").min = String(M.first); $("f-from").max = $("f-to").max = String(M.last); }
  ["f-country", "f-root", "f-from", "f-to"].forEach((id) => $(id).addEventListener("change", readControls));
  $("f-actor").addEventListener("input", readControls);
  $("f-clear").addEventListener("click", () => {
    Object.assign(state, {country: "", actor: "", root: "", from: "", to: "", code: "", place: null, dyad: null});
    syncControls(); update();
  });
  $("more").addEventListener("click", () => { shown += PAGE; drawTable(); });
  document.querySelectorAll("input[name=shade], input[name=extent]").forEach((r) => r.addEventListener("change", () => embed("map", mapSpec())));
}

function readControls() {
  state.country = $("f-country").value; state.actor = $("f-actor").value.trim();
  state.root = $("f-root").value; state.from = $("f-from").value; state.to = $("f-to").value;
  update();
}

function syncControls() {
  $("f-country").value = state.country; $("f-actor").value = state.actor;
  $("f-root").value = state.root; $("f-from").value = state.from; $("f-to").value = state.to;
}

function chip(label, clear) {
  const c = text("span", label, "chip");
  const b = text("button", "×"); b.type = "button"; b.title = "remove this filter";
  b.addEventListener("click", () => { clear(); update(); });
  c.appendChild(b); $("chips").appendChild(c);
}

function drawChips() {
  $("chips").replaceChildren();
  if (state.code) chip("event type " + state.code + " " + (EV.names[state.code] || ""), () => { state.code = ""; });
  if (state.place) chip("place " + state.place.name + (state.place.country ? " (" + state.place.country + ")" : ""), () => { state.place = null; });
  if (state.dyad) chip("dyad " + state.dyad.s + " → " + state.dyad.t, () => { state.dyad = null; });
}

function matches(r) {
  if (state.country && r[COL.sc] !== state.country && r[COL.tc] !== state.country && r[COL.pc] !== state.country) return false;
  if (state.actor) {
    const a = state.actor.toLowerCase();
    if (![r[COL.s], r[COL.sn], r[COL.t], r[COL.tn]].some((v) => v && v.toLowerCase().includes(a))) return false;
  }
  if (state.root && r[COL.root] !== state.root) return false;
  if (state.code && r[COL.code] !== state.code) return false;
  if (state.place && (r[COL.place] !== state.place.name || r[COL.pc] !== state.place.country)) return false;
  if (state.dyad && (r[COL.s] !== state.dyad.s || r[COL.t] !== state.dyad.t)) return false;
  if (state.from && (!r[COL.day] || r[COL.day] < state.from)) return false;
  if (state.to && (!r[COL.day] || r[COL.day] > state.to)) return false;
  return true;
}

// ---- the table ------------------------------------------------------------
let rows = [];
function update() { shown = PAGE; drawChips(); rows = EV.data.filter(matches); drawTable(); }

function actorCell(code, name, country) {
  const td = text("td", code || "—", "actor");
  const sub = [name, country && country !== (code || "").slice(0, 3) ? country : ""].filter(Boolean).join(" · ");
  if (sub) td.appendChild(text("span", sub, "sub"));
  return td;
}

function drawTable() {
  const body = $("events").tBodies[0];
  const frag = document.createDocumentFragment();
  rows.slice(0, shown).forEach((r) => {
    const tr = document.createElement("tr");
    tr.appendChild(text("td", r[COL.day] || "undated", "day"));
    tr.appendChild(actorCell(r[COL.s], r[COL.sn], r[COL.sc]));
    const ev = document.createElement("td"); ev.className = "code";
    ev.appendChild(text("span", "", "q q" + (r[COL.quad] || 0)));
    ev.appendChild(document.createTextNode(r[COL.code]));
    ev.appendChild(text("span", (EV.names[r[COL.code]] || "") + (r[COL.g] !== null ? " · Goldstein " + r[COL.g] : ""), "sub"));
    ev.title = QUAD[r[COL.quad]] || "";
    tr.appendChild(ev);
    tr.appendChild(actorCell(r[COL.t], r[COL.tn], r[COL.tc]));
    const place = text("td", r[COL.place]);
    if (r[COL.pc]) place.appendChild(text("span", countryName(r[COL.pc]), "sub"));
    tr.appendChild(place);
    tr.appendChild(text("td", r[COL.text], "text"));
    const [title, path, url] = EV.docs[r[COL.doc]];
    const art = document.createElement("td"); art.className = "art";
    if (url && /^https?:\/\//i.test(url)) {
      const a = text("a", title || url); a.href = url; a.rel = "noopener noreferrer"; a.target = "_blank"; art.appendChild(a);
    } else art.appendChild(text("span", title || "(no title)"));
    art.appendChild(text("span", path, "sub"));
    tr.appendChild(art);
    frag.appendChild(tr);
  });
  body.replaceChildren(frag);
  $("more").hidden = rows.length <= shown;
  const capped = M.rows < M.events;
  $("status").textContent = fmt(rows.length) + " of " + fmt(M.rows) + " listed events match the filters" +
    (capped ? " (the table holds the newest " + fmt(M.rows) + " of " + fmt(M.events) + " events)." : ".") +
    (rows.length === 0 ? " Nothing matches: clear a filter, or query the warehouse with newsevents query." : "");
}

// ---- the page -------------------------------------------------------------
function describe() {
  const span = M.first ? ", dated " + M.first + " to " + M.last : "";
  $("summary").textContent = fmt(M.events) + " events from " + fmt(M.documents) + " articles" + span +
    (M.undated ? " (" + fmt(M.undated) + " undated)" : "") + ". " + fmt(M.located) + " events have a location.";
  const unit = {day: "day", week: "week", month: "month"}[M.unit];
  $("timeline-title").textContent = "Events per " + unit + " by quad class";
  $("timeline-note").textContent = M.window
    ? "Shown: " + M.lo + " to " + M.hi + " (2nd to 98th percentile of event dates)" +
      (M.outside ? "; " + fmt(M.outside) + " dated events fall outside." : ".") + " Click a bar to list its events."
    : "No dated events.";
  $("table-note").textContent = "Newest first. The page embeds at most " + fmt(M.cap) + " events (" + fmt(M.rows) +
    " here); the charts above count all " + fmt(M.events) + ". Sentences are cut at " + D.sentence_chars + " characters.";
  $("map-note").textContent = fmt(D.places.length) + " places shown" + (D.places_capped ? " (the most frequent)" : "") +
    "; " + fmt(M.events - M.located) + " events have no location and are not on the map.";
}

describe();
fillControls();
update();
Promise.all([
  embed("map", mapSpec()),
  embed("timeline", S.timeline),
  embed("trend", S.trend),
  embed("types", S.types),
  embed("dyads", S.dyads),
]).then(() => {
  // The time from navigation to every chart drawn, read by the scale measurement.
  document.body.dataset.readyMs = String(Math.round(performance.now()));
  document.body.dataset.ready = "yes";
});
})();
