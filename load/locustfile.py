"""`make load`: 100 borrowers using the site at once, each in their own browser session.

Each simulated visitor restores one of the demo cases from its case file (as someone coming
back with their export would), then goes through the main journeys with a few seconds of
reading between pages: the home page, their case, the call log (logging a new call), a
letter (with its PDF now and then), the rights pages and search, the intake wizard, and
signing up. Every response is checked: a wrong status or page counts as an error.

Run by scripts/load.sh against gunicorn on 127.0.0.1 only.
"""

import random
import re
from datetime import datetime, timedelta
from pathlib import Path

from locust import HttpUser, between, task

DEMO = sorted((Path(__file__).resolve().parents[1] / "assistant/cases/demo").glob("*.case.json"))
CASE_FILES = [path.read_bytes() for path in DEMO]
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
RIGHTS = re.compile(r'href="(/zh-hans/rights/[a-z0-9-]+/)"')
LETTER = re.compile(r'href="(/zh-hans/cases/\d+/letters/new/[a-z_]+/)"')
SEARCH_TERMS = ["催收", "征信", "利息", "投诉", "家人", "法院"]


class Borrower(HttpUser):
    wait_time = between(1, 3)

    def on_start(self):
        self.client.headers["Accept-Language"] = "zh-hans"
        self.signed_up = False
        token = self._token("/zh-hans/account/")
        with self.client.post(
            "/zh-hans/account/import/",
            files={"case_file": ("case.json", random.choice(CASE_FILES), "application/json")},
            data={"csrfmiddlewaretoken": token},
            allow_redirects=False,
            name="import a case file",
            catch_response=True,
        ) as response:
            if response.status_code != 302:
                response.failure(f"import answered {response.status_code}")
                self.case_url = None
                return
        self.case_url = response.headers["Location"]
        self.rights = None

    def _token(self, url, name=None):
        response = self.client.get(url, name=name or url)
        found = CSRF.search(response.text)
        return found.group(1) if found else ""

    def _page(self, url, name, expect=200, must=None):
        with self.client.get(url, name=name, catch_response=True) as response:
            if response.status_code != expect:
                response.failure(f"{response.status_code}")
            elif must and must not in response.text:
                response.failure(f"{must!r} missing")
            return response

    @task(4)
    def home(self):
        self._page("/zh-hans/", "home", must="安心")

    @task(4)
    def case_page(self):
        if self.case_url:
            self._page(self.case_url, "case page", must="<h1")

    @task(1)
    def case_list(self):
        self._page("/zh-hans/cases/", "case list")

    @task(3)
    def log_a_call(self):
        if not self.case_url:
            return
        calls = f"{self.case_url}calls/"
        token = self._token(f"{calls}new/", name="call entry form")
        at = datetime.now() - timedelta(minutes=random.randint(5, 60 * 24 * 5))
        data = {
            "csrfmiddlewaretoken": token,
            "at": at.strftime("%Y-%m-%dT%H:%M"),
            "channel": random.choice(["phone", "sms", "wechat"]),
            "answered": "yes",
            "duration_minutes": str(random.randint(1, 20)),
            "summary": random.choice(
                ["说要告诉我家人", "晚上十一点打电话", "威胁上门", "态度还好"]
            ),
        }
        with self.client.post(
            f"{calls}new/", data=data, name="log a call", catch_response=True
        ) as response:
            if response.status_code != 200 or "/calls/" not in response.url:
                response.failure(f"{response.status_code} {response.url}")
        self._page(calls, "call list")

    @task(1)
    def letter(self):
        if not self.case_url:
            return
        page = self._page(self.case_url, "case page")
        kinds = LETTER.findall(page.text)
        if not kinds:
            return
        form = random.choice(kinds)
        token = self._token(form, name="letter form")
        with self.client.post(
            form,
            data={"csrfmiddlewaretoken": token, "sender_name": "李明华"},
            name="write a letter",
            catch_response=True,
        ) as response:
            if response.status_code != 200:
                response.failure(f"{response.status_code}")
                return
            if not re.search(r"/letters/\d+/$", response.url):
                return  # some kinds need more answers: the form comes back, not an error
        if random.random() < 0.3:
            self._page(f"{response.url}pdf/", "letter PDF")

    @task(3)
    def rights(self):
        if self.rights is None:
            self.rights = RIGHTS.findall(self._page("/zh-hans/rights/", "rights index").text)
        if self.rights:
            self._page(random.choice(self.rights), "rights page")

    @task(1)
    def rights_search(self):
        self._page(f"/zh-hans/rights/?q={random.choice(SEARCH_TERMS)}", "rights search")

    @task(1)
    def call_now(self):
        self._page("/zh-hans/help/call-now/", "call-now help")

    @task(1)
    def wizard(self):
        steps = [
            ("lender", {"lender_name": "花呗", "lender_type": ""}),
            (
                "money",
                {
                    "principal": "8000",
                    "amount_demanded": "9500",
                    "first_missed_due_date": "2026-10-15",
                },
            ),
            ("events", {"third_party_collector": "yes", "contacts_reached": "no"}),
            ("finances", {}),
            ("loan", {}),
        ]
        for step, answers in steps:
            token = self._token(f"/zh-hans/cases/new/?step={step}", name="wizard step")
            self.client.post(
                "/zh-hans/cases/new/",
                data={"csrfmiddlewaretoken": token, "step": step, **answers},
                name="wizard answer",
            )
        token = self._token("/zh-hans/cases/new/?step=review", name="wizard step")
        with self.client.post(
            "/zh-hans/cases/new/",
            data={"csrfmiddlewaretoken": token, "step": "review"},
            name="wizard finish",
            catch_response=True,
        ) as response:
            if not re.search(r"/cases/\d+/$", response.url):
                response.failure(f"ended at {response.url}")

    @task(1)
    def sign_up_and_back(self):
        if self.signed_up or random.random() > 0.2:
            return  # a person signs up once
        self.signed_up = True
        name = f"load-{random.getrandbits(48):x}"
        token = self._token("/zh-hans/account/sign-up/")
        password = "quiet-river-42-load"
        with self.client.post(
            "/zh-hans/account/sign-up/",
            data={
                "csrfmiddlewaretoken": token,
                "username": name,
                "password1": password,
                "password2": password,
            },
            name="sign up",
            catch_response=True,
        ) as response:
            # Sign-up lands on the borrower's debts, which the account now keeps (issue 16).
            if not response.url.endswith("/zh-hans/cases/"):
                response.failure(f"ended at {response.url}")
        # The session's cases moved to the account; the case page is still theirs.
        if self.case_url:
            self._page(self.case_url, "case page (signed in)")


_screenshot = []


def busy_screenshot():
    """A phone screenshot (1170 × 2532 pixels) of 60 lines of numbers and times: what OCR
    reads slowest among the images the site takes in one piece."""
    if not _screenshot:
        import io

        from PIL import Image, ImageDraw, ImageFont

        image = Image.new("RGB", (1170, 2532), "white")
        draw = ImageDraw.Draw(image)
        font = ImageFont.load_default(size=34)
        for line in range(60):
            text = f"170 8821 {6630 + line}   11-{line % 28 + 1:02d} 22:{line % 60:02d}   3m12s"
            draw.text((40, 30 + line * 41), text, fill="black", font=font)
        out = io.BytesIO()
        image.save(out, "PNG")
        _screenshot.append(out.getvalue())
    return _screenshot[0]


def largest_case_file():
    """The largest case file the site takes (limits.json calls_per_case, under 2 MB): every
    call at night, flagged, with something said."""
    import json

    most = json.loads(
        (Path(__file__).resolve().parents[1] / "assistant/assessment/data/limits.json").read_text()
    )["limits"]["calls_per_case"]["value"]
    start = datetime(2026, 9, 1, 22, 30)
    calls = [
        {
            "at": (start + timedelta(minutes=17 * n)).strftime("%Y-%m-%dT%H:%M:00+08:00"),
            "channel": "phone",
            "summary": "说今晚不还就联系你家人和单位，还要上门",
            "conduct": ["threat_contact_third_party", "threat_visit"],
        }
        for n in range(most)
    ]
    data = {
        "format": "anxin.case/1",
        "lender": {"type": "online_platform", "name": "某平台"},
        "first_missed_due_date": "2026-08-15",
        "calls": calls,
    }
    return json.dumps(data, ensure_ascii=False).encode()


class HostileVisitor(HttpUser):
    """One visitor doing the most work the site allows, without pause: restores the largest
    case file allowed (again and again: the hourly limit answers 429), downloads every part
    of its evidence PDF, its CSV and its pages, and has tall screenshots read.
    scripts/load.sh runs it beside the borrowers in a second locust, so the borrowers'
    figures are theirs alone. A 429, or a 503 (a PDF part or a screenshot stopped at its
    time limit, the page instead) is the site holding, not failing."""

    wait_time = between(0, 0.1)
    case_file = None

    def on_start(self):
        HostileVisitor.case_file = HostileVisitor.case_file or largest_case_file()
        self.case_url = None
        self.parts = 1

    def _restore(self):
        token = self.client.get("/zh-hans/account/", name="hostile: my data").text
        found = CSRF.search(token)
        with self.client.post(
            "/zh-hans/account/import/",
            files={"case_file": ("case.json", self.case_file, "application/json")},
            data={"csrfmiddlewaretoken": found.group(1) if found else ""},
            allow_redirects=False,
            name="hostile: restore the largest case file",
            catch_response=True,
        ) as response:
            if response.status_code == 302:
                self.case_url = response.headers["Location"]
            elif response.status_code == 429:
                response.success()
            else:
                response.failure(f"{response.status_code}")

    @task(1)
    def restore(self):
        self._restore()

    @task(6)
    def evidence(self):
        if not self.case_url:
            return self._restore()
        part = random.randint(1, self.parts)
        with self.client.get(
            f"{self.case_url}calls/evidence.pdf?part={part}",
            name="hostile: evidence PDF part",
            catch_response=True,
        ) as response:
            if response.status_code in (200, 429, 503):
                response.success()
        page = self.client.get(f"{self.case_url}calls/evidence/", name="hostile: evidence page")
        self.parts = max(
            int(n) for n in ["1", *re.findall(r"evidence\.pdf\?part=(\d+)", page.text)]
        )

    @task(2)
    def screenshot(self):
        """A tall screenshot full of text, read by OCR until the hourly limit answers 429."""
        if not self.case_url:
            return self._restore()
        url = f"{self.case_url}calls/from-screenshot/"
        found = CSRF.search(self.client.get(url, name="hostile: screenshot page").text)
        with self.client.post(
            url,
            files={"image": ("shot.png", busy_screenshot(), "image/png")},
            data={"csrfmiddlewaretoken": found.group(1) if found else ""},
            name="hostile: read a screenshot",
            catch_response=True,
        ) as response:
            if response.status_code in (200, 400, 429, 503):
                response.success()

    @task(2)
    def csv_and_pages(self):
        if not self.case_url:
            return self._restore()
        self.client.get(f"{self.case_url}calls/export.csv", name="hostile: CSV")
        self.client.get(self.case_url, name="hostile: case page")
        self.client.get(f"{self.case_url}calls/", name="hostile: call list")
