"""Temporal expressions: found by the project's own rules, normalised as TimeML does.

``find_dates(text, published)`` returns :class:`DateMention` s with character
offsets, a TimeML type (DATE, TIME, DURATION, SET), a normalised value
(``2014-09-24``, ``2014-09``, ``2014-W39``, ``2014-Q3``, ``P3D``, ``PRESENT_REF`` …)
and a precision. Finding is one compiled regular expression over the text;
normalising is arithmetic on the publication date. (dateparser reads articles'
own publication dates, in ``flows/articles.py``; mentions in the text are the
rules' alone.)

A bare weekday is resolved by the tense around it: in reporting ("said
Wednesday") it is the most recent such day on or before publication; after a
future marker ("will meet on Friday", "next Friday") the next one.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

from schema.records import DateMention

MONTHS: Final = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS: Final = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip
NUMBERS: Final = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "twenty-four": 24, "twenty four": 24, "forty-eight": 48, "half a": 0.5, "a half": 0.5,
}  # fmt: skip
VAGUE: Final = {"several", "few", "a few", "many", "some", "recent", "coming", "past"}
UNITS: Final = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "weekend": "WE",
    "month": "M", "year": "Y", "decade": "DE", "century": "CE", "quarter": "Q",
}  # fmt: skip
ORDINALS: Final = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3,
            "4th": 4}  # fmt: skip
SEASONS: Final = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
PARTS_OF_DAY: Final = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}

_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"  # noqa: E501
_WEEKDAY: Final = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_NUMWORD: Final = (
    r"(?:\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[- ]four)?|"
    r"thirty|forty(?:-eight)?|fifty|sixty|seventy|eighty|ninety|hundred|several|a few|few|"
    r"many|some)"
)
_UNIT: Final = r"(?:second|minute|hour|day|week|weekend|month|year|decade|century|quarter)s?"
_YEAR: Final = r"(?:1[5-9]\d\d|20\d\d)"
_DAYNUM: Final = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_PARTDAY: Final = r"(?:morning|afternoon|evening|night)"
_SEASON: Final = r"(?:spring|summer|fall|autumn|winter)"

_RULES: Final[list[tuple[str, str]]] = [
    # Explicit calendar dates.
    ("iso", rf"\b{_YEAR}-[01]\d-[0-3]\d\b"),
    ("numeric", r"\b[0-3]?\d[/.][01]?\d[/.](?:\d{4}|\d{2})\b"),
    ("mdy", rf"\b{_MONTH} {_DAYNUM},? {_YEAR}\b"),
    ("dmy", rf"\b{_DAYNUM} (?:of )?{_MONTH},? {_YEAR}\b"),
    ("weekday_md", rf"\b{_WEEKDAY},? {_MONTH} {_DAYNUM}(?:,? {_YEAR})?\b"),
    ("md", rf"\b{_MONTH} {_DAYNUM}\b(?!,? ?\d)"),
    ("dm", rf"\b{_DAYNUM} (?:of )?{_MONTH}(?! ?\d)"),
    ("my", rf"\b(?:(?:early|mid|late)[- ])?{_MONTH},? {_YEAR}\b"),
    ("decade", r"\b(?:the )?(?:mid-|early |late )?(?:1[5-9]|20)\d0'?s\b"),
    ("fiscal", rf"\bfiscal(?: year)? {_YEAR}\b"),
    (
        "quarter_year",
        rf"\b(?:the )?(?:first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter(?: of)? {_YEAR}\b",
    ),  # noqa: E501
    ("quarter", r"\b(?:the )?(?:first|second|third|fourth)[- ]quarter\b"),
    (
        "quarter_rel",
        r"\b(?:the )?(?:latest|last|previous|current|year-ago|year-earlier|same) (?:quarter|period)\b",  # noqa: E501
    ),  # noqa: E501
    ("the_quarter", r"\bthe quarter\b"),
    # Times of day.
    ("clock", r"\b(?:[01]?\d|2[0-3])(?::[0-5]\d)? ?(?:a\.m\.|p\.m\.|am\b|pm\b)(?: [A-Z]{2,4}T\b)?"),
    ("clock24", r"\b(?:[01]?\d|2[0-3]):[0-5]\d\b(?: [A-Z]{2,4}T\b)?"),
    ("noon", r"\b(?:noon|midnight|midday)\b"),
    ("tonight", r"\b(?:tonight|this (?:morning|afternoon|evening))\b"),
    ("weekday_part", rf"\b(?:(?:last|next|this|on|early|late) )?{_WEEKDAY} {_PARTDAY}\b"),
    ("yesterday_part", rf"\b(?:yesterday|tomorrow) {_PARTDAY}\b|\blast night\b"),
    # Relative dates.
    ("ago", rf"\b{_NUMWORD}(?: more)? {_UNIT} (?:ago|earlier|before)\b"),
    ("later", rf"\b{_NUMWORD}(?: more)? {_UNIT} (?:later|from now|hence)\b"),
    ("edge_rel", r"\b(?:earlier|later|early|late) (?:this|last|next) (?:week|month|year|decade)\b"),  # noqa: E501
    (
        "rel_unit",
        r"\b(?:last|next|this|past|previous|coming|following) (?:week|weekend|month|year|decade|century)\b",  # noqa: E501
    ),  # noqa: E501
    ("rel_season", rf"\b(?:last|next|this|early|late) {_SEASON}\b"),
    ("rel_month", rf"\b(?:last|next|this|early|late|mid-) ?{_MONTH}(?![\w.])"),
    ("weekday", rf"\b(?:(?:last|next|this|on|early|late) )?{_WEEKDAY}\b"),
    (
        "yesterday",
        r"\b(?:yesterday|today|tomorrow|the day before yesterday|the day after tomorrow)\b",
    ),  # noqa: E501
    ("year_earlier", r"\b(?:a year (?:ago|earlier)|year-(?:earlier|ago))\b"),
    (
        "ref",
        r"\b(?:now|currently|current|at present|nowadays|presently|recently|recent|"
        r"(?:in )?the past|(?:in )?the future|soon|formerly|previously|lately|these days|"
        r"(?:in )?recent (?:years|months|weeks|days)|future)\b",
    ),
    ("month", rf"\b{_MONTH}(?![\w.])"),
    (
        "year",
        rf"\b(?:(?:in|since|by|of|during|until|from|to|before|after|early|late|mid-) ?)?{_YEAR}\b(?!\s*(?:percent|%|people|troops|tons|miles))",  # noqa: E501
    ),  # noqa: E501
    ("the_year", r"\bthe (?:year|week|month|day)\b"),
    # Durations and sets.
    (
        "set",
        rf"\b(?:every|each|per) (?:{_NUMWORD} )?{_UNIT}\b|\b(?:daily|weekly|monthly|annually|yearly|quarterly|hourly|twice a (?:day|week|month|year))\b",  # noqa: E501
    ),  # noqa: E501
    (
        "duration",
        rf"\b(?:(?:the|for|over|in|within|during) )?(?:(?:the )?(?:first|last|past|next|coming|previous|following) )?(?:{_NUMWORD}(?:[- ](?:and[- ]a[- ]half[- ])?)){_UNIT}(?:-long| long)?\b",  # noqa: E501
    ),  # noqa: E501
    ("vague_duration", r"\b(?:for |in )?(?:years|months|weeks|days|decades|hours)\b"),
]
_PATTERN: Final = re.compile("|".join(f"(?P<{name}>{rx})" for name, rx in _RULES), re.IGNORECASE)
_FUTURE: Final = re.compile(
    r"\b(?:will|won't|'ll|shall|next|plans? to|planned|scheduled|expected to|expects? to|"
    r"is to|are to|due to|going to|would|upcoming|intends? to|"
    # news writes a scheduled act in the present: "Baldrige leaves on Saturday"
    r"(?:leaves|arrives|departs|begins|opens|convenes|resumes|travels|flies) on)\b",
    re.IGNORECASE,
)
_LEADING: Final = re.compile(
    r"^(?:in|since|by|of|during|until|from|to|before|after|on|for|over|within) ", re.I
)  # noqa: E501


def _num(word: str) -> float | None:
    w = word.lower().replace("-", " ").strip()
    if w in NUMBERS:
        return NUMBERS[w]
    if w.replace(" ", "-") in NUMBERS:
        return NUMBERS[w.replace(" ", "-")]
    try:
        return float(w)
    except ValueError:
        return None


def _month_key(word: str) -> str:
    w = word.lower().rstrip(".")
    if w in MONTHS:
        return w
    return w[:3]


def _day_of(token: str) -> int:
    return int(re.sub(r"(st|nd|rd|th)$", "", token, flags=re.I))


def _iso(day: dt.date) -> str:
    return day.isoformat()


def _week(day: dt.date) -> str:
    y, w, _ = day.isocalendar()
    return f"{y}-W{w:02d}"


def _quarter(day: dt.date) -> str:
    return f"{day.year}-Q{(day.month - 1) // 3 + 1}"


def _shift_months(day: dt.date, months: int) -> dt.date:
    m = day.month - 1 + months
    y = day.year + m // 12
    return dt.date(y, m % 12 + 1, 1)


def _future_context(text: str, start: int) -> bool:
    """Whether the clause before ``start`` speaks of the future."""
    left = text[max(0, start - 80) : start]
    cut = max(left.rfind("."), left.rfind(";"))
    return bool(_FUTURE.search(left[cut + 1 :]))


def _weekday_date(published: dt.date, weekday: int, direction: str) -> dt.date:
    delta = (published.weekday() - weekday) % 7
    if direction == "future":
        ahead = (weekday - published.weekday()) % 7 or 7
        return published + dt.timedelta(days=ahead)
    if direction == "last":
        return published - dt.timedelta(days=delta or 7)
    return published - dt.timedelta(days=delta)


def _duration(number: float | None, unit: str) -> str:
    code = UNITS.get(unit.lower().rstrip("s"), "")
    if unit.lower().rstrip("s") == "weekend":
        code = "WE"
    amount = "X" if number is None else (str(int(number)) if number == int(number) else str(number))
    if code in ("H", "S") or (code == "M" and unit.lower().startswith("minute")):
        return f"PT{amount}{code}"
    return f"P{amount}{code}"


def _normalise(
    kind: str, surface: str, text: str, start: int, pub: dt.date
) -> tuple[str, str, str] | None:  # noqa: E501, C901
    """(TimeML type, value, precision) of one match, or None to drop it."""
    s = surface.lower()
    words = s.replace(",", "").split()
    if kind == "iso":
        try:
            return "DATE", dt.date.fromisoformat(s).isoformat(), "day"
        except ValueError:
            return None
    if kind == "numeric":
        a, b, c = re.split(r"[/.]", s)
        yr = int(c) + (2000 if len(c) == 2 and int(c) < 50 else 1900 if len(c) == 2 else 0)
        for mm, dd in ((int(a), int(b)), (int(b), int(a))):  # US order first
            try:
                return "DATE", dt.date(yr, mm, dd).isoformat(), "day"
            except ValueError:
                continue
        return None
    if kind in ("mdy", "dmy", "weekday_md", "md", "dm"):
        month = day = year = None
        for w in words:
            w = w.strip(".,")
            if _month_key(w) in MONTHS and month is None and w not in ("of",):
                month = MONTHS[_month_key(w)]
            elif re.fullmatch(r"\d{4}", w):
                year = int(w)
            elif re.fullmatch(r"\d{1,2}(st|nd|rd|th)?", w):
                day = _day_of(w)
        if month is None or day is None:
            return None
        if year is None:
            year = pub.year
            # "Dec. 30" in a January article is last year's.
            if month - pub.month > 6:
                year -= 1
            elif pub.month - month > 6 and _future_context(text, start):
                year += 1
        try:
            return "DATE", dt.date(year, month, day).isoformat(), "day"
        except ValueError:
            return None
    if kind == "my":
        month = next(
            MONTHS[_month_key(w.strip("."))]
            for w in words
            if _month_key(w.strip(".").split("-")[-1]) in MONTHS
            and not w.strip(".").isdigit()
            or _month_key(w.strip(".")) in MONTHS
        )  # noqa: E501
        year = int(re.search(r"\d{4}", s).group(0))  # type: ignore[union-attr]
        return "DATE", f"{year}-{month:02d}", "month"
    if kind == "decade":
        digits = re.search(r"(\d{3})0", s).group(1)  # type: ignore[union-attr]
        return "DATE", digits, "decade"
    if kind == "fiscal":
        return "DATE", re.search(r"\d{4}", s).group(0), "year"  # type: ignore[union-attr]
    if kind in ("quarter_year", "quarter"):
        q = next(ORDINALS[w] for w in re.split(r"[- ]", s) if w in ORDINALS)
        m = re.search(r"\d{4}", s)
        year = int(m.group(0)) if m else pub.year
        if not m and (pub.month - 1) // 3 + 1 < q and not _future_context(text, start):
            year -= 1
        return "DATE", f"{year}-Q{q}", "quarter"
    if kind in ("quarter_rel", "the_quarter"):
        last_done = _shift_months(dt.date(pub.year, ((pub.month - 1) // 3) * 3 + 1, 1), -3)
        if "year-ago" in s or "year-earlier" in s:
            last_done = dt.date(last_done.year - 1, last_done.month, 1)
        if "current" in s:
            last_done = pub
        return "DATE", _quarter(last_done), "quarter"
    if kind == "clock":
        m = re.match(r"(\d{1,2})(?::(\d\d))?", s)
        assert m
        hour = int(m.group(1)) % 12 + (12 if "p" in s else 0)
        return "TIME", f"{pub.isoformat()}T{hour:02d}:{m.group(2) or '00'}", "time"
    if kind == "clock24":
        return "TIME", f"{pub.isoformat()}T{s[:5].zfill(5)}", "time"
    if kind == "noon":
        return "TIME", f"{pub.isoformat()}T{'12:00' if s != 'midnight' else '24:00'}", "time"
    if kind == "tonight":
        part = "NI" if s == "tonight" else PARTS_OF_DAY[words[-1]]
        return "TIME", f"{pub.isoformat()}T{part}", "time"
    if kind == "yesterday_part":
        if s == "last night":
            return "TIME", f"{(pub - dt.timedelta(days=1)).isoformat()}TNI", "time"
        other = pub + dt.timedelta(days=-1 if words[0] == "yesterday" else 1)
        return "TIME", f"{other.isoformat()}T{PARTS_OF_DAY[words[1]]}", "time"
    if kind == "weekday_part":
        wd = next(WEEKDAYS[w] for w in words if w in WEEKDAYS)
        when = _weekday_date(pub, wd, _direction(words, text, start))
        return "TIME", f"{when.isoformat()}T{PARTS_OF_DAY[words[-1]]}", "time"
    if kind == "weekday":
        wd = next(WEEKDAYS[w] for w in words if w in WEEKDAYS)
        return "DATE", _weekday_date(pub, wd, _direction(words, text, start)).isoformat(), "day"
    if kind == "yesterday":
        offset = {"yesterday": -1, "today": 0, "tomorrow": 1}.get(s, -2 if "before" in s else 2)
        return "DATE", (pub + dt.timedelta(days=offset)).isoformat(), "day"
    if kind == "year_earlier":
        return "DATE", str(pub.year - 1), "year"
    if kind in ("ago", "later"):
        sign = -1 if kind == "ago" else 1
        m = re.match(rf"({_NUMWORD})(?: more)? ({_UNIT})", s)
        if not m:
            return None
        number = _num(m.group(1))
        unit = m.group(2).rstrip("s")
        if number is None:
            return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", "none"
        n = int(number * sign)
        if unit == "day":
            return "DATE", (pub + dt.timedelta(days=n)).isoformat(), "day"
        if unit in ("week", "weekend"):
            return "DATE", _week(pub + dt.timedelta(weeks=n)), "week"
        if unit == "month":
            return "DATE", _shift_months(pub, n).isoformat()[:7], "month"
        if unit == "year":
            return "DATE", str(pub.year + n), "year"
        if unit == "decade":
            return "DATE", str(pub.year + 10 * n)[:3], "decade"
        if unit == "quarter":
            return "DATE", _quarter(_shift_months(pub, 3 * n)), "quarter"
        return None
    if kind in ("edge_rel", "rel_unit"):
        rel = next(
            w
            for w in words
            if w in ("last", "next", "this", "past", "previous", "coming", "following")
        )  # noqa: E501
        unit = words[-1]
        step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1}.get(
            rel, 0
        )  # noqa: E501
        if unit == "week":
            return "DATE", _week(pub + dt.timedelta(weeks=step)), "week"
        if unit == "weekend":
            return "DATE", _week(pub + dt.timedelta(weeks=step)) + "-WE", "week"
        if unit == "month":
            return "DATE", _shift_months(pub, step).isoformat()[:7], "month"
        if unit == "year":
            return "DATE", str(pub.year + step), "year"
        if unit == "decade":
            return "DATE", str(pub.year + 10 * step)[:3], "decade"
        return "DATE", str(pub.year + 100 * step)[:2], "decade"
    if kind == "rel_season":
        season = SEASONS[words[-1]]
        year = pub.year + (-1 if words[0] == "last" else 1 if words[0] == "next" else 0)
        return "DATE", f"{year}-{season}", "quarter"
    if kind in ("rel_month", "month"):
        name = words[-1].strip(".").removeprefix("mid-")
        if _month_key(name) not in MONTHS:
            return None
        if kind == "month" and surface[0].islower():
            return None  # "may", "march" as words
        month = MONTHS[_month_key(name)]
        year = pub.year
        if words[0] == "last" or (month > pub.month and not _future_context(text, start)):
            year -= 1 if month >= pub.month or words[0] == "last" else 0
        elif words[0] == "next" and month <= pub.month:
            year += 1
        return "DATE", f"{year}-{month:02d}", "month"
    if kind == "ref":
        if any(w in s for w in ("now", "current", "present", "these days", "nowadays")):
            return "DATE", "PRESENT_REF", "none"
        if "future" in s or s == "soon":
            return "DATE", "FUTURE_REF", "none"
        return "DATE", "PAST_REF", "none"
    if kind == "year":
        return "DATE", re.search(r"\d{4}", s).group(0), "year"  # type: ignore[union-attr]
    if kind == "the_year":
        unit = words[-1]
        if unit == "year":
            return "DATE", str(pub.year), "year"
        if unit == "month":
            return "DATE", pub.isoformat()[:7], "month"
        if unit == "week":
            return "DATE", _week(pub), "week"
        return "DATE", pub.isoformat(), "day"
    if kind == "set":
        m = re.search(_UNIT, s)
        unit = (
            m.group(0).rstrip("s")
            if m
            else {
                "daily": "day",
                "weekly": "week",
                "monthly": "month",
                "annually": "year",
                "yearly": "year",
                "quarterly": "quarter",
                "hourly": "hour",
            }.get(s.split()[-1], "day")
        )  # noqa: E501
        return "SET", _duration(1, unit), "none"
    if kind == "duration":
        m = re.search(rf"({_NUMWORD})(?:[- ](?:and[- ]a[- ]half[- ])?)({_UNIT})", s)
        if not m:
            return None
        number = _num(m.group(1))
        if m.group(1) in VAGUE or m.group(1) in ("a few", "few", "several", "many", "some"):
            number = None
        return "DURATION", _duration(number, m.group(2)), "none"
    if kind == "vague_duration":
        return "DURATION", _duration(None, words[-1]), "none"
    return None


def _direction(words: list[str], text: str, start: int) -> str:
    if "last" in words:
        return "last"
    if "next" in words or "this" in words and _future_context(text, start):
        return "future"
    if _REPORTED.search(text, max(0, start - 30), start):
        # "…next week, the group said Wednesday": the report's own day is past.
        return "past"
    return "future" if _future_context(text, start) else "past"


# A past reporting verb right before the expression: "said Wednesday", "told reporters on".
_REPORTED: Final = re.compile(
    r"\b(?:said|told \w+|announced|reported|added|stated|confirmed|declared)\s+(?:on\s+)?$",
    re.IGNORECASE,
)


def find_dates(text: str, published: dt.date) -> list[DateMention]:
    """Temporal expressions in ``text``, resolved against the publication date."""
    if isinstance(published, dt.datetime):
        published = published.date()
    out: list[DateMention] = []
    for m in _matches(text):
        kind = m.lastgroup
        if kind is None:
            continue
        start, end = m.span()
        surface = m.group(0)
        lead = _LEADING.match(surface)
        if lead:
            # "in 1998", "on Friday": the preposition is not part of the expression.
            start += lead.end()
            surface = text[start:end]
        try:
            norm = _normalise(kind, surface, text, start, published)
        except (ValueError, KeyError, StopIteration, OverflowError):
            norm = None
        if norm is None:
            continue
        ktype, value, precision = norm
        out.append(DateMention(start, end, text[start:end], ktype, value, precision))
    return out


# Words without which no temporal expression exists: the full pattern runs only near them.
_ANCHOR: Final = re.compile(
    # Digits anchor only what the rules can use: years and decades, numeric
    # dates, clock times. A bare "\d" would anchor every price in a market report.
    r"\b(?:1[5-9]|20)\d\d|\d[/.:]\d|\d ?(?:a\.m|p\.m|am\b|pm\b)|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|"
    r"yesterday|today|tonight|tomorrow|now|current|recent|past|future|soon|former|previous|"
    r"lately|present|week|month|year|decade|centur|quarter|day|hour|minute|second|daily|"
    r"annual|noon|midnight|midday|morning|afternoon|evening|night|spring|summer|fall|"
    r"autumn|winter|period)",
    re.IGNORECASE,
)
_WORD_START: Final = re.compile(r"\b\w")
_REACH_BEFORE: Final = 40
_REACH_AFTER: Final = 40


def _matches(text: str) -> list[re.Match[str]]:
    """Matches of the full pattern, searched only in windows around anchor words."""
    windows: list[list[int]] = []
    for a in _ANCHOR.finditer(text):
        lo, hi = max(0, a.start() - _REACH_BEFORE), min(len(text), a.end() + _REACH_AFTER)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], hi)
        else:
            windows.append([lo, hi])
    found: list[re.Match[str]] = []
    last_end = 0
    for lo, hi in windows:
        # Start each window at a word boundary so no match begins mid-word.
        while lo > 0 and (text[lo - 1].isalnum() or text[lo - 1] in "'.-"):
            lo -= 1
        # Every rule starts with a word character at a word boundary, so the full
        # pattern is tried only there (what finditer would find, without trying
        # every alternative at every character).
        for w in _WORD_START.finditer(text, max(lo, last_end), hi):
            at = w.start()
            if at < last_end:
                continue
            m = _PATTERN.match(text, at, hi)
            if m is not None:
                found.append(m)
                last_end = m.end()
    return found


def first_day_of(mention: DateMention) -> dt.date | None:
    """The first day of a month ("2004-04"), ISO week ("2005-W09") or year ("2003") a DATE
    mention names, else None."""
    if mention.kind != "DATE":
        return None
    value = mention.value
    try:
        if re.fullmatch(r"\d{4}-\d{2}", value):
            return dt.date(int(value[:4]), int(value[5:7]), 1)
        if re.fullmatch(r"\d{4}-W\d{2}", value):
            return dt.date.fromisocalendar(int(value[:4]), int(value[6:8]), 1)
        if re.fullmatch(r"\d{4}", value):
            return dt.date(int(value), 1, 1)
    except ValueError:
        return None
    return None


def date_of(mention: DateMention) -> dt.date | None:
    """The calendar day a DATE or TIME mention pins down, else None."""
    if mention.kind not in ("DATE", "TIME"):
        return None
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", mention.value)
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None
