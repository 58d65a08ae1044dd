"""One self-contained HTML dashboard of the warehouse: works offline, escapes all text.

The data are aggregated in SQL and embedded as JSON in a ``<script
type="application/json">`` block with ``<``, ``>`` and ``&`` escaped, so no
article title can close the block; the page's own script inserts every text
with ``textContent``, never as HTML.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from warehouse.connection import Warehouse

_QUERIES = {
    "daily": "SELECT CAST(event_date AS VARCHAR) AS day, quad_class AS quad, count(*) AS n, "
    "round(avg(goldstein), 3) AS g FROM events WHERE event_date IS NOT NULL "
    "GROUP BY ALL ORDER BY day",
    "dyads": "SELECT source_country AS s, target_country AS t, events AS n, mean_goldstein AS g "
    "FROM dyads ORDER BY events DESC LIMIT 15",
    "types": "SELECT e.cameo_code AS code, coalesce(c.name, '') AS name, count(*) AS n "
    "FROM events e LEFT JOIN cameo_codes c ON c.code = e.cameo_code "
    "GROUP BY ALL ORDER BY n DESC LIMIT 15",
    "places": "SELECT location_name AS name, location_country AS country, latitude AS lat, "
    "longitude AS lon, events AS n FROM event_locations ORDER BY events DESC LIMIT 300",
    "recent": "SELECT CAST(event_date AS VARCHAR) AS day, source_code AS s, target_code AS t, "
    "cameo_code AS code, coalesce(source_country, '') AS sc, coalesce(target_country, '') AS tc, "
    "coalesce(doc_title, '') AS title FROM events_named ORDER BY event_date DESC NULLS LAST "
    "LIMIT 200",
}


def dashboard_data(wh: Warehouse) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for key, sql in _QUERIES.items():
        cols, rows = wh.query(sql)
        data[key] = [dict(zip(cols, r, strict=True)) for r in rows]
    return data


def embed(data: dict[str, Any]) -> str:
    """JSON that cannot break out of a script block."""
    text = json.dumps(data, default=str)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def write_dashboard(wh: Warehouse, out: Path) -> int:
    """Write the page; return the number of events it summarises."""
    data = dashboard_data(wh)
    total = sum(int(r["n"]) for r in data["daily"])
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(_PAGE.replace("__DATA__", embed(data)), encoding="utf-8")
    return total


_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>newsevents dashboard</title>
<style>
body{font:14px system-ui,sans-serif;margin:1.5em;color:#222}
h1{font-size:1.4em}h2{font-size:1.1em;margin-top:1.5em}
.row{display:flex;gap:2em;flex-wrap:wrap}.card{flex:1 1 460px}
table{border-collapse:collapse;font-size:13px}td,th{padding:2px 8px;border-bottom:1px solid #ddd;text-align:left}
svg{background:#fafafa;border:1px solid #ddd}.q1{fill:#4a90d9}.q2{fill:#2e7d32}.q3{fill:#f0a030}.q4{fill:#c62828}
label{margin-right:1em}
</style></head><body>
<h1>newsevents</h1>
<div><label>Country <select id="country"><option value="">all</option></select></label>
<label>From <input id="from" type="date"></label><label>To <input id="to" type="date"></label></div>
<div class="row">
<div class="card"><h2>Events per day by quad class</h2><svg id="daily" width="560" height="220"></svg>
<div>■ <span class="legend">1 verbal coop. 2 material coop. 3 verbal conflict 4 material conflict</span></div></div>
<div class="card"><h2>Goldstein trend (daily mean)</h2><svg id="trend" width="560" height="220"></svg></div>
</div>
<div class="row">
<div class="card"><h2>Map of event locations</h2><svg id="map" width="560" height="280"></svg></div>
<div class="card"><h2>Most frequent event types</h2><table id="types"></table></div>
</div>
<div class="row">
<div class="card"><h2>Top dyads</h2><table id="dyads"></table></div>
<div class="card"><h2>Recent events</h2><table id="recent"></table></div>
</div>
<script type="application/json" id="data">__DATA__</script>
<script>
"use strict";
const D = JSON.parse(document.getElementById("data").textContent);
const NS = "http://www.w3.org/2000/svg";
function el(tag, attrs, parent){const e=document.createElementNS(NS,tag);for(const k in attrs)e.setAttribute(k,attrs[k]);parent.appendChild(e);return e;}
function clear(node){while(node.firstChild)node.removeChild(node.firstChild);}
function table(id, head, rows){const t=document.getElementById(id);clear(t);const tr=t.insertRow();
 head.forEach(h=>{const th=document.createElement("th");th.textContent=h;tr.appendChild(th);});
 rows.forEach(r=>{const row=t.insertRow();r.forEach(v=>{row.insertCell().textContent=(v===null||v===undefined)?"":String(v);});});}
function inRange(day){const f=document.getElementById("from").value,t=document.getElementById("to").value;return(!f||day>=f)&&(!t||day<=t);}
function draw(){
 const c=document.getElementById("country").value;
 const daily=D.daily.filter(r=>inRange(r.day));
 const days=[...new Set(daily.map(r=>r.day))].sort();
 const svg=document.getElementById("daily");clear(svg);
 const byDay={};daily.forEach(r=>{(byDay[r.day]=byDay[r.day]||{})[r.quad]=r.n;});
 const max=Math.max(1,...days.map(d=>Object.values(byDay[d]).reduce((a,b)=>a+b,0)));
 const w=540/Math.max(1,days.length);
 days.forEach((d,i)=>{let y=210;[1,2,3,4].forEach(q=>{const n=(byDay[d]||{})[q]||0;const h=n/max*190;
  if(h>0){el("rect",{x:10+i*w,y:y-h,width:Math.max(1,w-1),height:h,class:"q"+q},svg);y-=h;}});});
 const tr=document.getElementById("trend");clear(tr);
 el("line",{x1:10,x2:550,y1:110,y2:110,stroke:"#999"},tr);
 const g={};daily.forEach(r=>{const a=g[r.day]||[0,0];a[0]+=r.g*r.n;a[1]+=r.n;g[r.day]=a;});
 const pts=days.map((d,i)=>[10+i*w+w/2,110-(g[d][0]/g[d][1])*10]);
 if(pts.length)el("polyline",{points:pts.map(p=>p.join(",")).join(" "),fill:"none",stroke:"#333"},tr);
 const map=document.getElementById("map");clear(map);
 for(let lon=-180;lon<=180;lon+=30)el("line",{x1:(lon+180)/360*560,x2:(lon+180)/360*560,y1:0,y2:280,stroke:"#e0e0e0"},map);
 for(let lat=-90;lat<=90;lat+=30)el("line",{x1:0,x2:560,y1:(90-lat)/180*280,y2:(90-lat)/180*280,stroke:"#e0e0e0"},map);
 D.places.filter(p=>!c||p.country===c).forEach(p=>{const dot=el("circle",{cx:(p.lon+180)/360*560,cy:(90-p.lat)/180*280,r:Math.min(12,2+Math.sqrt(p.n)),fill:"#c62828","fill-opacity":0.6},map);
  const t=el("title",{},dot);t.textContent=p.name+" ("+p.country+"): "+p.n;});
 table("types",["code","event type","events"],D.types.map(r=>[r.code,r.name,r.n]));
 table("dyads",["source","target","events","mean Goldstein"],D.dyads.filter(r=>!c||r.s===c||r.t===c).map(r=>[r.s,r.t,r.n,r.g]));
 table("recent",["date","source","code","target","article"],D.recent.filter(r=>(!c||r.sc===c||r.tc===c)&&(!r.day||inRange(r.day))).slice(0,40).map(r=>[r.day,r.s,r.code,r.t,r.title]));
 document.body.setAttribute("data-rendered","yes");
}
const countries=[...new Set(D.dyads.flatMap(r=>[r.s,r.t]).concat(D.places.map(p=>p.country)))].filter(Boolean).sort();
const sel=document.getElementById("country");
countries.forEach(x=>{const o=document.createElement("option");o.value=x;o.textContent=x;sel.appendChild(o);});
["country","from","to"].forEach(id=>document.getElementById(id).addEventListener("change",draw));
draw();
</script></body></html>
"""
