"""Two gunicorn workers share sessions, log-in throttles and data (run by scripts/load.sh).

    python scripts/check_workers.py http://127.0.0.1:PORT ACCESS_LOG

Each check sends its requests on fresh connections, so both workers answer (the access log,
written with the worker's pid first, shows which one did), and asserts what a borrower would
notice: their case opens whichever worker answers, the sixth wrong password is refused on
either worker, and every call logged through either worker is in the list.
"""

import re
import secrets
import sys
from pathlib import Path

import requests

CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
DEMO = Path(__file__).resolve().parents[1] / "assistant/cases/demo/xinyongfei-day5.case.json"


def fresh(session):
    """Every request on a new connection, so the workers take turns."""
    session.headers["Connection"] = "close"
    return session


def token(session, base, path):
    return CSRF.search(session.get(base + path).text).group(1)


def pids_for(log, marker):
    pids = set()
    for line in Path(log).read_text().splitlines():
        if marker in line:
            pids.add(line.split(" ", 1)[0])
    return pids


def check_sessions(base, log):
    s = fresh(requests.Session())
    response = s.post(
        f"{base}/en/account/import/",
        files={"case_file": ("case.json", DEMO.read_bytes(), "application/json")},
        data={"csrfmiddlewaretoken": token(s, base, "/en/account/")},
        allow_redirects=False,
    )
    assert response.status_code == 302, response.status_code
    case = response.headers["Location"]
    for _ in range(30):
        assert s.get(f"{base}{case}?w").status_code == 200
    assert requests.get(f"{base}{case}?w").status_code == 404  # another visitor
    return case, s, pids_for(log, f"{case}?w")


def check_throttle(base, log):
    user = f"throttle-{secrets.token_hex(4)}"
    messages = []
    for _ in range(7):
        s = fresh(requests.Session())
        form = token(s, base, "/en/account/log-in/")
        response = s.post(
            f"{base}/en/account/log-in/?t={user}",
            data={"csrfmiddlewaretoken": form, "username": user, "password": "wrong"},
        )
        messages.append("Too many failed log-ins" in response.text)
    assert messages == [False] * 5 + [True] * 2, messages
    return pids_for(log, f"?t={user}")


def check_data(base, log, case, s):
    before = s.get(f"{base}{case}calls/export.csv").text.count("\n")
    for n in range(20):
        form = token(s, base, f"{case}calls/new/")
        response = s.post(
            f"{base}{case}calls/new/?d",
            data={
                "csrfmiddlewaretoken": form,
                "at": f"2026-11-{10 + n % 10:02d}T1{n % 10}:00",
                "channel": "phone",
                "answered": "yes",
                "summary": f"worker check {n}",
            },
        )
        assert response.status_code == 200, response.status_code
    after = s.get(f"{base}{case}calls/export.csv").text.count("\n")
    assert after - before == 20, (before, after)
    return pids_for(log, f"{case}calls/new/?d")


def main(base, log):
    case, session, pids = check_sessions(base, log)
    print(f"sessions: one borrower's case opened 30 times, by workers {sorted(pids)}")
    assert len(pids) == 2, pids
    pids = check_throttle(base, log)
    print(f"throttle: 6th and 7th wrong log-in refused, tries answered by {sorted(pids)}")
    assert len(pids) == 2, pids
    pids = check_data(base, log, case, session)
    print(f"data: 20 calls logged through workers {sorted(pids)}, all 20 in the export")
    assert len(pids) == 2, pids
    print("two workers share sessions, throttles and data: OK")


if __name__ == "__main__":
    main(*sys.argv[1:3])
