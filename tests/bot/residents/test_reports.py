"""Demand report: counts from anonymous events, small-number suppression incl. secondary, CSV, SVG."""

import csv
import io
from fractions import Fraction

import pytest

from bot.residents import analytics, reports

from tests.bot.records_fixtures import add_events, engine, factory, session, slot, tracker, user  # noqa: F401


def _rank(rows):
    """Rank of a small rational matrix (Gaussian elimination with Fractions)."""
    m = [[Fraction(x) for x in row] for row in rows]
    rank, cols = 0, len(m[0]) if m else 0
    for c in range(cols):
        pivot = next((r for r in range(rank, len(m)) if m[r][c] != 0), None)
        if pivot is None:
            continue
        m[rank], m[pivot] = m[pivot], m[rank]
        for r in range(len(m)):
            if r != rank and m[r][c] != 0:
                factor = m[r][c] / m[rank][c]
                m[r] = [a - factor * b for a, b in zip(m[r], m[rank])]
        rank += 1
    return rank


def solvable(values, shown, row_totals=True, col_totals=True):
    """The "<5" cells a reader could work out exactly from the shown numbers and totals: a cell is
    derivable when its unit vector lies in the span of the table's equations over the unknowns."""
    rows, cols = len(values), len(values[0])
    unknown = [k for k, v in shown.items() if v in (reports.SMALL, reports.HIDDEN)]
    equations = []
    if row_totals:
        equations += [[("cell", i, j) for j in range(cols)] + [("row", i)] for i in range(rows)]
        equations.append([("row", i) for i in range(rows)] + [("all",)])
    if col_totals:
        equations += [[("cell", i, j) for i in range(rows)] + [("col", j)] for j in range(cols)]
        equations.append([("col", j) for j in range(cols)] + [("all",)])
    # Each equation: sum(cells) - total = 0; only the unknowns' coefficients matter for derivability.
    matrix = [[(-1 if k[0] != "cell" else 1) if k in eq else 0 for k in unknown] for eq in equations]
    matrix = [row for row in matrix if any(row)]
    base = _rank(matrix) if matrix else 0
    derivable = set()
    for index, key in enumerate(unknown):
        if shown[key] != reports.SMALL:
            continue
        unit = [1 if i == index else 0 for i in range(len(unknown))]
        if _rank(matrix + [unit]) == base:
            derivable.add(key)
    return derivable


def test_primary_suppression_shows_small_numbers_as_less_than_five():
    shown = reports.suppress([[12, 7], [30, 9]])
    assert shown[("cell", 0, 0)] == "12" and shown[("all",)] == "58"
    shown = reports.suppress([[0, 7], [30, 9]])
    assert shown[("cell", 0, 0)] == "<5"


def test_secondary_suppression_so_totals_cannot_reveal_a_small_cell():
    values = [[12, 3, 20], [15, 12, 30]]
    shown = reports.suppress(values)
    assert shown[("cell", 0, 1)] == "<5"
    for i in range(2):  # no row with exactly one hidden number
        assert sum(shown[("cell", i, j)] in ("<5", "hidden") for j in range(3)) != 1
    for j in range(3):
        assert sum(shown[("cell", i, j)] in ("<5", "hidden") for i in range(2)) != 1
    assert "hidden" in shown.values()
    assert solvable(values, shown) == set()


def test_without_secondary_suppression_the_small_cell_would_be_revealed():
    values = [[12, 3, 20], [15, 12, 30]]
    primary_only = {("cell", i, j): str(v) for i, row in enumerate(values) for j, v in enumerate(row)}
    primary_only.update({("row", 0): "35", ("row", 1): "57", ("col", 0): "27", ("col", 1): "15",
                         ("col", 2): "50", ("all",): "92", ("cell", 0, 1): reports.SMALL})
    assert solvable(values, primary_only) == {("cell", 0, 1)}  # so the check above can fail


def test_small_totals_are_suppressed_too_and_one_dimensional_tables():
    shown = reports.suppress([[1, 2], [30, 40]])
    assert shown[("row", 0)] == "<5"
    shown = reports.suppress([[3], [40], [50]], row_totals=False)
    assert shown[("cell", 0, 0)] == "<5" and shown[("cell", 1, 0)] == "hidden"
    assert shown[("col", 0)] == "93"


def seed(session, tracker):
    for _ in range(20):
        analytics.record(session, "recommended", local_authority="Birmingham", background="refugee",
                         channel="web", outcome="open")
    for _ in range(3):
        analytics.record(session, "recommended", local_authority="Walsall", background="refugee", channel="sms",
                         outcome="waitlist_only")
    for _ in range(8):
        analytics.record(session, "recommended", local_authority="Walsall", background="low_wage",
                         channel="sms", outcome="open")
    analytics.record(session, "recommended", local_authority="Lichfield <b>", background="x", channel="web",
                     outcome="none")
    for channel, n in (("web", 21), ("sms", 11), ("assisted", 2)):
        for _ in range(n):
            analytics.record(session, "conversation_started", channel=channel)
    for _ in range(6):
        analytics.record(session, "pathway_recommended", kind="bootcamp", local_authority="Walsall")
        analytics.record(session, "question_asked", question="age", channel="web")
    for status in ("referred", "contacted", "enrolled"):
        analytics.record(session, "referral_status", status=status, kind="bootcamp")
    for i in range(7):
        add_events(tracker, f"web-{i:032d}", [slot("requested_slot", "age" if i < 6 else "interest")])
    add_events(tracker, "web-" + "f" * 32, [slot("requested_slot", "age"), slot("requested_slot", None)])


def test_analytics_keeps_only_vocabulary_values():
    assert analytics.clean("local_authority", "Lichfield <b>") == "outside_area"
    assert analytics.clean("background", "my name is Ama") == "other"
    with pytest.raises(ValueError):
        analytics.record(None, "recommended", sender_id="web-1")


def test_report_tables_from_events_and_tracker(session, tracker):
    seed(session, tracker)
    report = reports.build(session, tracker)
    tables = {t.key: t for t in report.tables}
    area = tables["area"]
    assert area.rows == ["Birmingham", "Walsall", "Outside the area"]
    assert area.cols == ["Something open", "Only waitlisted", "Nothing eligible"]
    walsall = area.rows.index("Walsall")
    assert area.cell(walsall, 1) == "<5"
    # Birmingham's 0s, Walsall's 3 and the one resident from outside are small; the totals would then
    # give Walsall's 8 -> 3 away, and 32 - 20 - 11 the outside row's 1, so those are hidden as well.
    assert [area.cell(walsall, j) for j in range(3)] + [area.row_total(walsall)] == ["hidden", "<5", "<5", "hidden"]
    assert area.row_total(0) == "20" and area.grand_total == "32"
    assert solvable(area.values, area.shown) == set()
    channel = tables["channel"]
    assert dict(zip(channel.rows, (channel.cell(i, 0) for i in range(3)))) == {
        "Website chat": "21", "SMS": "hidden", "With a worker": "<5"}
    dropoff = tables["dropoff"]
    assert dropoff.rows == ["Age", "Interest"]
    assert dropoff.cell(0, 0) == "6" and dropoff.cell(0, 2) == "6" and dropoff.cell(1, 2) == "<5"


def test_csv_export_carries_the_suppressed_values_only(session, tracker):
    seed(session, tracker)
    text = reports.to_csv(reports.build(session, tracker))
    rows = list(csv.reader(io.StringIO(text)))
    assert ["Walsall", "hidden", "<5", "<5", "hidden"] in rows
    assert ["Total", "28", "<5", "<5", "32"] in rows
    assert not any(cell == "3" for row in rows for cell in row[1:])
    assert "Lichfield" not in text


def test_svg_bars_never_draw_a_hidden_value(session, tracker):
    seed(session, tracker)
    report = reports.build(session, tracker)
    channel = next(t for t in report.tables if t.key == "channel")
    chart = reports.svg_bars(channel)
    by_label = {i["label"]: i for i in chart["items"]}
    assert by_label["Website chat"]["width"] > 0 and by_label["Website chat"]["value"] == "21"
    assert by_label["SMS"]["width"] == 0 and by_label["With a worker"]["width"] == 0
    assert chart["summary"] == "Largest: Website chat, 21."
