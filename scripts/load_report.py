"""Print the load run's totals from locust's CSV files; exit 1 if any request failed.

python scripts/load_report.py locust_stats.csv locust_failures.csv
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


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
