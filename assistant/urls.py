from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from assistant.core import views as core

# The visitor's language, never asking the database (400, 403 and 404 use Django's handlers
# with templates/400.html, 403.html, 404.html; a CSRF failure uses 403_csrf.html).
handler500 = "assistant.core.views.server_error"

urlpatterns = [
    path("healthz", core.healthz, name="healthz"),
    path("i18n/", include("django.conf.urls.i18n")),
]

urlpatterns += i18n_patterns(
    path("", core.home, name="home"),
    path("help/", include("assistant.help.urls")),
    path("cases/", include("assistant.cases.urls")),
    path("", include("assistant.calls.urls")),
    path("cases/<int:case_pk>/sharing/", include("assistant.sharing.urls")),
    path("", include("assistant.letters.urls")),
    path("", include("assistant.followup.urls")),
    path("account/", include("assistant.accounts.urls")),
    path("rights/", include("assistant.rights.urls")),
    path("volunteer/", include("assistant.volunteers.urls")),
    path("admin/", admin.site.urls),
)
