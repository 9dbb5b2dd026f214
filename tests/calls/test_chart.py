from datetime import date, timedelta

from assistant.calls.chart import HEIGHT, MAX_DAYS, chart_of_days


def call(day, flagged=False):
    """One call on `day` of November 2026, as listing.py gives it: (date ordinal, flagged)."""
    return (date(2026, 11, day).toordinal(), flagged)


def test_days_without_calls_are_shown_as_empty_days():
    days = chart_of_days([call(1), call(3)])["days"]
    assert [d.calls for d in days] == [1, 0, 1]
    assert [d.day for d in days] == ["2026-11-01", "2026-11-02", "2026-11-03"]


def test_the_busiest_day_fills_the_chart_and_flagged_calls_are_counted():
    chart = chart_of_days([call(1), call(2), call(2, flagged=True), call(2, flagged=True)])
    days = chart["days"]
    assert days[1].height == HEIGHT
    assert days[1].flagged == 2
    assert days[0].height == round(HEIGHT / 3)
    assert chart["busiest"] == 3


def test_only_the_latest_days_are_drawn_for_a_long_log():
    start = date(2026, 1, 1)
    days = chart_of_days([((start + timedelta(days=n)).toordinal(), False) for n in range(100)])
    assert len(days["days"]) == MAX_DAYS
    assert days["days"][-1].date == start + timedelta(days=99)
    assert days["days"][0].x == 0


def test_no_calls_no_chart():
    assert chart_of_days([])["days"] == []


def test_one_day_is_a_bar_not_the_whole_chart():
    chart = chart_of_days([call(5), call(5)])
    assert chart["width"] > 3 * chart["bar_width"]
    assert chart["first"].day == "2026-11-05" and chart["last"] is None


def test_the_first_and_last_days_are_named_under_the_bars():
    chart = chart_of_days([call(1), call(3)])
    assert (chart["first"].day, chart["last"].day) == ("2026-11-01", "2026-11-03")
