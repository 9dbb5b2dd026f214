"""Print the load run's totals from locust's CSV files; exit 1 if any request failed.

python scripts/load_report.py locust_stats.csv locust_failures.csv
python scripts/load_report.py --compare alone_stats.csv beside_stats.csv
    the borrowers' p95 beside a hostile visitor against their p95 alone; exit 1 past 2×
"""

import csv
import sys


def read(path):
    with open(path, encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def main(stats_path, failures_path):
    rows = read(stats_path)
    print(f"{'request':<28}{'n':>7}{'fail':>6}{'req/s':>8}{'p50':>7}{'p95':>7}{'p99':>7}  ms")
    for row in rows:
        name = row["Name"] if row["Name"] != "Aggregated" else "ALL"
        print(
            f"{name[:27]:<28}{row['Request Count']:>7}{row['Failure Count']:>6}"
            f"{float(row['Requests/s']):>8.1f}{row['50%']:>7}{row['95%']:>7}{row['99%']:>7}"
        )
    total = next(row for row in rows if row["Name"] == "Aggregated")
    failures = int(total["Failure Count"])
    print(
        f"\nrequests/s {float(total['Requests/s']):.1f}   p50 {total['50%']} ms   "
        f"p95 {total['95%']} ms   p99 {total['99%']} ms   errors {failures} "
        f"of {total['Request Count']}"
    )
    if failures:
        for row in read(failures_path):
            print(f"  {row['Occurrences']} × {row['Method']} {row['Name']}: {row['Error']}")
    return 1 if failures else 0


MOST_SLOWDOWN = 2


def compare(alone_path, beside_path):
    alone, beside = (
        next(row for row in read(path) if row["Name"] == "Aggregated")
        for path in (alone_path, beside_path)
    )
    ratio = float(beside["95%"]) / max(float(alone["95%"]), 1)
    verdict = "within" if ratio <= MOST_SLOWDOWN else "PAST"
    print(
        f"borrowers' p95: {alone['95%']} ms alone, {beside['95%']} ms beside the hostile "
        f"visitor: {ratio:.2f}×, {verdict} the {MOST_SLOWDOWN}× allowed"
    )
    return 0 if ratio <= MOST_SLOWDOWN else 1


if __name__ == "__main__":
    if sys.argv[1] == "--compare":
        sys.exit(compare(*sys.argv[2:4]))
    sys.exit(main(*sys.argv[1:3]))
