"""The demand report for the combined authority: demand without people.

Built from the anonymous analytics events (bot/residents/analytics.py) and, for drop-off, from where
conversations in the tracker store went quiet. Every count under 5 is shown as "<5". Where a table
shows totals, secondary suppression then hides ("hidden") the next smallest value in any row, column
or total line that has exactly one hidden number, repeating until no total can be used to work a
small number out. Charts are inline SVG drawn from the same suppressed values.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Tuple

from sqlalchemy import func, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from bot.language import vocab
from bot.residents import analytics, audit, tracker_db
from bot.residents.records import analytics_events
from bot.language.words import ENGLISH

THRESHOLD = 5
SMALL = "<5"
HIDDEN = "hidden"
Key = Tuple  # ("cell", i, j) | ("row", i) | ("col", j) | ("all",)

OUTCOME_WORDS = ENGLISH.table("report_outcome")
CHANNEL_WORDS = ENGLISH.table("report_channel")
QUESTION_WORDS = ENGLISH.table("report_question")


def suppress(values: Sequence[Sequence[int]], *, row_totals: bool = True,
             col_totals: bool = True) -> Dict[Key, str]:
    """Display strings for every cell and total: the number, "<5" or "hidden"."""
    rows, cols = len(values), len(values[0]) if values else 0
    number: Dict[Key, int] = {("cell", i, j): int(values[i][j]) for i in range(rows) for j in range(cols)}
    equations: List[List[Key]] = []
    if row_totals:
        for i in range(rows):
            number[("row", i)] = sum(values[i])
            equations.append([("cell", i, j) for j in range(cols)] + [("row", i)])
    if col_totals:
        for j in range(cols):
            number[("col", j)] = sum(values[i][j] for i in range(rows))
            equations.append([("cell", i, j) for i in range(rows)] + [("col", j)])
    if row_totals or col_totals:
        number[("all",)] = sum(map(sum, values))
        if row_totals:
            equations.append([("row", i) for i in range(rows)] + [("all",)])
        if col_totals:
            equations.append([("col", j) for j in range(cols)] + [("all",)])
    hidden: Dict[Key, str] = {k: SMALL for k, v in number.items() if v < THRESHOLD}
    changed = True
    while changed:
        changed = False
        for equation in equations:
            if sum(1 for k in equation if k in hidden) != 1:
                continue
            # The one hidden number = total minus the rest: hide the smallest other value too,
            # preferring a cell to a total (totals are what a reader most wants to see).
            others = [k for k in equation if k not in hidden]
            if not others:
                continue
            pick = min(others, key=lambda k: (k[0] != "cell", number[k]))
            hidden[pick] = HIDDEN
            changed = True
    return {k: hidden.get(k, str(v)) for k, v in number.items()}


@dataclass
class Table:
    key: str
    title: str
    row_heading: str
    rows: List[str]
    cols: List[str]
    values: List[List[int]]
    row_totals: bool = True
    col_totals: bool = True
    note: str = ""
    chart: bool = False
    shown: Dict[Key, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.shown = suppress(self.values, row_totals=self.row_totals and len(self.cols) > 1,
                              col_totals=self.col_totals) if self.rows else {}

    @property
    def has_row_totals(self) -> bool:
        return self.row_totals and len(self.cols) > 1

    def cell(self, i: int, j: int) -> str:
        return self.shown[("cell", i, j)]

    def row_total(self, i: int) -> str:
        return self.shown[("row", i)] if self.has_row_totals else self.shown[("cell", i, 0)]

    def col_total(self, j: int) -> str:
        return self.shown[("col", j)]

    @property
    def grand_total(self) -> str:
        return self.shown.get(("all",), "")

    def bars(self) -> List[Tuple[str, str]]:
        """(label, shown value) per row: what a chart of this table draws."""
        return [(label, self.row_total(i)) for i, label in enumerate(self.rows)]


@dataclass
class Report:
    since: Optional[dt.date]
    until: Optional[dt.date]
    tables: List[Table]


def _counts(session: Session, event: str, dims: Sequence[str], since, until) -> Dict[tuple, int]:
    columns = [analytics_events.c[d] for d in dims]
    query = select(*columns, func.count()).where(analytics_events.c.event == event).group_by(*columns)
    if since:
        query = query.where(analytics_events.c.day >= since)
    if until:
        query = query.where(analytics_events.c.day <= until)
    return {tuple(row[:-1]): int(row[-1]) for row in session.execute(query).all()}


def _order(seen, vocabulary: Sequence[str]) -> List[str]:
    known = [v for v in vocabulary if v in seen]
    return known + sorted(str(v) for v in seen if v not in vocabulary)


def _label(value, words: Dict[str, str]) -> str:
    if value is None:
        return "Not known"
    if value in words:
        return words[value]
    if value in vocab.LOCAL_AUTHORITIES:
        return str(value)
    return str(value).replace("_", " ").capitalize()


def build(session: Session, tracker_engine: Optional[Engine] = None, *, since: Optional[dt.date] = None,
          until: Optional[dt.date] = None) -> Report:
    tables: List[Table] = []
    areas = tuple(vocab.LOCAL_AUTHORITIES) + ("outside_area",)
    outcome_cols = list(analytics.OUTCOMES)
    for key, dim, vocabulary, title, heading in (
            ("area", "local_authority", areas, "Residents by local authority, and whether anything open was found",
             "Local authority"),
            ("background", "background", vocab.BACKGROUNDS, "Residents by background", "Background")):
        counts = _counts(session, "recommended", (dim, "outcome"), since, until)
        rows = _order({k[0] for k in counts}, vocabulary)
        values = [[counts.get((r, o), 0) for o in outcome_cols] for r in rows]
        tables.append(Table(key, title, heading, [_label(r, {"outside_area": "Outside the area"}) for r in rows],
                            [OUTCOME_WORDS[o] for o in outcome_cols], values, chart=True,
                            note="Unmet demand: 'Only waitlisted' and 'Nothing eligible' are gaps in provision."))
    for key, event, dim, vocabulary, words, title, heading in (
            ("channel", "conversation_started", "channel", analytics.CHANNELS, CHANNEL_WORDS,
             "Conversations by channel", "Channel"),
            ("kind", "pathway_recommended", "kind", vocab.KINDS, {}, "Kinds of pathway recommended", "Kind")):
        counts = _counts(session, event, (dim,), since, until)
        rows = _order({k[0] for k in counts}, vocabulary)
        tables.append(Table(key, title, heading, [_label(r, words) for r in rows], ["Count"],
                            [[counts[(r,)]] for r in rows], chart=True))
    counts = _counts(session, "referral_status", ("kind", "status"), since, until)
    rows = _order({k[0] for k in counts}, vocab.KINDS)
    statuses = list(analytics.REFERRAL_STATUSES)
    tables.append(Table("referrals", "Referrals and outcomes (how many reached each step)", "Kind",
                        [_label(r, {}) for r in rows], [s.capitalize() for s in statuses],
                        [[counts.get((r, s), 0) for s in statuses] for r in rows], row_totals=False,
                        col_totals=False, note="A referral that started is also counted as referred, "
                        "contacted and enrolled, so there are no totals."))
    asked = _counts(session, "question_asked", ("question",), since, until)
    answered = _counts(session, "question_answered", ("question",), since, until)
    stopped = tracker_db.stopped_at(tracker_engine) if tracker_engine is not None else {}
    questions = _order({k[0] for k in asked} | {k[0] for k in answered} | set(stopped), analytics.QUESTIONS)
    tables.append(Table("dropoff", "Drop-off per intake question", "Question",
                        [_label(q, QUESTION_WORDS) for q in questions], ["Asked", "Answered", "Stopped here"],
                        [[asked.get((q,), 0), answered.get((q,), 0), stopped.get(q, 0)] for q in questions],
                        row_totals=False, col_totals=False,
                        note="'Stopped here' counts conversations still kept (see retention) whose last open "
                        "question this was."))
    shown = [row for row in audit.counts(session, since=since, until=until) if row[3] == audit.RECOMMENDED]
    shown.sort(key=lambda r: (r[0], r[1]))
    tables.append(Table("pathway_versions", "Recommendations per pathway and catalogue version", "Pathway",
                        [f"{pid} (catalogue {version})" for pid, _cid, version, _as, _n in shown], ["Times shown"],
                        [[n] for *_rest, n in shown],
                        note="From the audit record of advice; a forgotten resident's recommendations stay "
                        "counted here, with nothing that links them to the person."))
    return Report(since, until, tables)


# --- output ---------------------------------------------------------------------------------------------
def _safe(value: str) -> str:
    """No spreadsheet formulas from a CSV cell."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def to_csv(report: Report) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["Waymark demand report", f"from {report.since or 'the start'}",
                     f"to {report.until or 'today'}", f"counts under {THRESHOLD} shown as {SMALL}"])
    for table in report.tables:
        writer.writerow([])
        writer.writerow([_safe(table.title)])
        header = [table.row_heading] + table.cols + (["Total"] if table.has_row_totals else [])
        writer.writerow([_safe(h) for h in header])
        for i, label in enumerate(table.rows):
            row = [label] + [table.cell(i, j) for j in range(len(table.cols))]
            writer.writerow([_safe(v) for v in row + ([table.row_total(i)] if table.has_row_totals else [])])
        if table.col_totals and table.rows:
            totals = ["Total"] + [table.col_total(j) for j in range(len(table.cols))]
            writer.writerow(totals + ([table.grand_total] if table.has_row_totals else []))
    return out.getvalue()


def svg_bars(table: Table, *, width: int = 640) -> Dict[str, object]:
    """Geometry for an accessible horizontal bar chart (the template draws it with text labels).

    Hidden values get no bar at all: a bar's length would give away what the label hides."""
    bars = table.bars()
    numbers = [int(v) for _, v in bars if v.isdigit()]
    top = max(numbers, default=0) or 1
    label_w, value_w, row_h = 190, 70, 34
    span = width - label_w - value_w
    items = []
    for i, (label, shown) in enumerate(bars):
        length = round(span * int(shown) / top) if shown.isdigit() else 0
        items.append({"label": label, "value": shown, "y": i * row_h, "width": max(length, 0),
                      "text_x": label_w + max(length, 0) + 6})
    biggest = max(((label, int(v)) for label, v in bars if v.isdigit()), key=lambda x: x[1], default=None)
    summary = (f"Largest: {biggest[0]}, {biggest[1]}." if biggest else "No numbers large enough to show.")
    return {"items": items, "height": max(len(items), 1) * row_h, "width": width, "label_w": label_w,
            "row_h": row_h, "bar_h": row_h - 10, "summary": summary}


__all__ = ["HIDDEN", "Report", "SMALL", "THRESHOLD", "Table", "build", "suppress", "svg_bars", "to_csv"]
