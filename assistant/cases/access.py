"""Who may see a case. Every view that touches a case goes through these functions.

Anything that is not yours is a 404, never a 403: a 403 would confirm that the case exists.
A volunteer the owner shared a case with also gets it from `get_case_for` (and each such
request is written to the case's audit log); `cases_for` and `owner_only=True` are only
ever the owner's.
"""

import functools
import secrets

from django.db import connections, router
from django.db.models import prefetch_related_objects
from django.http import Http404
from django.utils.crypto import constant_time_compare

from assistant.cases.models import Case
from assistant.sharing.access import shared_case_for

SESSION_OWNER_KEY = "anxin_owner"


def owner_token(request, *, create=False):
    """The anonymous owner token of this browser session (made on first use when `create`)."""
    token = request.session.get(SESSION_OWNER_KEY, "")
    if not token and create:
        token = secrets.token_hex(16)
        request.session[SESSION_OWNER_KEY] = token
    return token


def cases_for(request):
    """The cases this visitor owns: their account's, or their browser session's."""
    if request.user.is_authenticated:
        return Case.objects.filter(user=request.user)
    token = owner_token(request)
    if not token:
        return Case.objects.none()
    return Case.objects.filter(user__isnull=True, owner_token=token)


PRELOAD = ("repayments", "calls")
LARGEST_ID = 2**63  # a 64-bit primary key; a larger number in a URL is no case


def get_case_for(request, pk, *, owner_only=False, preload=PRELOAD):
    """The case `pk` if this visitor owns it, with its schedule and calls preloaded; else 404.

    Unless `owner_only`, a volunteer with an active share of the case gets it too, and the
    look is recorded in the audit log. The preloading exists because every case page
    assesses the whole case at once; a page that loads only some calls (the call list of a
    case with thousands) passes `preload=()`.

    The returned case carries `viewer_is_owner`, so `is_owner` need not ask again.
    """
    case = _own_case(request, pk)
    if case is not None:
        case.viewer_is_owner = True
        prefetch_related_objects([case], *preload)
    elif not owner_only:
        case = shared_case_for(request, pk, Case.objects.prefetch_related(*preload))
        if case is not None:
            case.viewer_is_owner = False
    if case is None:
        raise Http404
    return case


def _own_case(request, pk):
    """The case `pk` if this visitor owns it (as `cases_for` says), else None.

    Every case URL asks this first. Building the ORM's query cost more than running it (a
    third of a kept case page's time, issue 18), so the row is read by its primary key with
    a fixed statement and the owner is checked here, the same way `cases_for` filters.
    """
    if not 0 < pk < LARGEST_ID:
        return None
    case = _read_case(pk)
    if case is None:
        return None
    if request.user.is_authenticated:
        return case if case.user_id == request.user.pk else None
    token = owner_token(request)
    mine = token and case.user_id is None and constant_time_compare(case.owner_token, token)
    return case if mine else None


def _read_case(pk):
    """Case `pk` from its row, or None. What `Case.objects.raw` works out on every call (the
    columns, the converters from database values) is worked out once per connection: it was
    most of the cost of reading the case (0.17 ms of a kept page's 2.2)."""
    connection = connections[router.db_for_read(Case)]
    statement, names, compiler, converters = _case_reader(connection)
    with connection.cursor() as cursor:
        cursor.execute(statement, [pk])
        rows = cursor.fetchall()
    if not rows:
        return None
    if converters:
        rows = compiler.apply_converters(rows, converters)
    return Case.from_db(connection.alias, names, next(iter(rows)))


@functools.lru_cache(maxsize=32)  # a connection per thread
def _case_reader(connection):
    fields = Case._meta.concrete_fields
    table, quote = Case._meta.db_table, connection.ops.quote_name
    columns = ", ".join(quote(field.column) for field in fields)
    statement = f"SELECT {columns} FROM {quote(table)} WHERE {quote(Case._meta.pk.column)} = %s"
    compiler = connection.ops.compiler("SQLCompiler")(Case.objects.none().query, connection, None)
    converters = compiler.get_converters([field.get_col(table) for field in fields])
    return statement, [field.attname for field in fields], compiler, converters


def is_owner(request, case):
    """Whether this visitor owns `case`: as `get_case_for` found it, else asked of the database."""
    known = getattr(case, "viewer_is_owner", None)
    if known is not None:
        return known
    return cases_for(request).filter(pk=case.pk).exists()


def claim_for(request, case):
    """Make `case` belong to this visitor (used when a case is created)."""
    if request.user.is_authenticated:
        case.user = request.user
        case.owner_token = ""
    else:
        case.owner_token = owner_token(request, create=True)


def move_session_cases_to(request, user):
    """Give `user` the cases of this browser session (on sign-up or log-in); how many moved.

    The owner token is then dropped from the session: the cases are reached through the
    account from now on, and a later visitor of this browser after log-out starts empty.
    """
    token = request.session.pop(SESSION_OWNER_KEY, "")
    if not token:
        return 0
    return Case.objects.filter(user__isnull=True, owner_token=token).update(
        user=user, owner_token=""
    )
