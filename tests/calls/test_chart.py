from datetime import datetime, timedelta

from assistant.calls.chart import HEIGHT, MAX_DAYS, calls_per_day


def row(day, hour=10, flagged=False):
    return {"at": datetime(2026, 11, day, hour), "flags": ["x"] if flagged else []}


def test_days_without_calls_are_shown_as_empty_days():
    days = calls_per_day([row(1), row(3)])
    assert [d.calls for d in days] == [1, 0, 1]


def test_the_busiest_day_fills_the_chart_and_flagged_calls_are_counted():
    days = calls_per_day([row(1), row(2), row(2, flagged=True), row(2, 23, flagged=True)])
    assert days[1].height == HEIGHT
    assert days[1].flagged == 2
    assert days[0].height == round(HEIGHT / 3)


def test_only_the_latest_days_are_drawn_for_a_long_log():
    start = datetime(2026, 1, 1, 10)
    rows = [{"at": start + timedelta(days=n), "flags": []} for n in range(100)]
    days = calls_per_day(rows)
    assert len(days) == MAX_DAYS
    assert days[-1].date == (start + timedelta(days=99)).date()


def test_no_calls_no_chart():
    assert calls_per_day([]) == []
