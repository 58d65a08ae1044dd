"""Human-readable account of how the coder coded a sentence (``newsevents explain``)."""

from __future__ import annotations

import datetime as dt

from rich.markup import escape

from extractors.coder import EventCoder
from schema.records import Article


def render_explanation(coder: EventCoder, text: str, published: dt.date) -> str:
    """Actors with their entries, verb patterns with ids, decisions and events."""
    coded = coder.code_article(
        Article(doc_id="explain", text=text, published=published), explain=True
    )
    mode = "parsed (" + coder.roles.name + ")" if coder.parser is not None else "rules"
    lines = [f"lexicon {coder.lexicon.name}@{coder.lexicon.version}; roles: {mode}"]
    for trace in coded.traces:
        lines.append("")
        head = f"sentence {trace.index}" + (" [parsed]" if trace.parsed else "")
        lines.append(f"{head}: {escape(trace.text)}")
        for surface, code, entries in trace.actors:
            lines.append(f"  actor  {escape(surface)!s:<30} {code:<12} {', '.join(entries)}")
        for surface, code, pattern in trace.verbs:
            lines.append(f"  verb   {escape(surface)!s:<30} {code:<12} {pattern}")
        for decision in trace.decisions:
            lines.append(f"  decision: {escape(decision)}")
        for ev in trace.events:
            lines.append(
                f"  EVENT  {ev.source_code or '---'} -> {ev.target_code or '---'}  "
                f"{ev.cameo_code} (root {ev.root_code}, quad {ev.quad_class}, "
                f"goldstein {ev.goldstein:+.1f})  date {ev.event_date} "
                f"{escape(repr(ev.date_text)) if ev.date_text else ''}  "
                f"place {escape(ev.location_name) or '-'}  pattern {ev.pattern_id}"
            )
            for d in ev.decisions:
                lines.append(f"         · {escape(d)}")
    if not coded.events:
        lines.append("")
        lines.append("no events")
    return "\n".join(lines)
