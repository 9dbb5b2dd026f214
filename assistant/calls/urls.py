from django.urls import include, path

from assistant.calls import screenshot_views, views

app_name = "calls"
case_patterns = [
    path("", views.call_list, name="list"),
    path("new/", views.new, name="new"),
    path("new/suggest/", views.suggest, name="suggest"),
    path("from-screenshot/", screenshot_views.from_screenshot, name="from_screenshot"),
    path("<int:pk>/confirm/", views.confirm, name="confirm"),
    path("<int:pk>/edit/", views.edit, name="edit"),
    path("<int:pk>/delete/", views.delete, name="delete"),
    path("<int:pk>/files/", views.attach, name="attach"),
    path("changes/<int:pk>/undo/", views.undo, name="undo"),
    path("files/<int:pk>/", views.evidence_file, name="evidence"),
    path("export.csv", views.export_csv, name="export_csv"),
    path("evidence.pdf", views.evidence_pdf, name="evidence_pdf"),
    path("evidence/", views.evidence_html, name="evidence_html"),
]

urlpatterns = [
    # No case yet: a call logged as it happens (the case is made from it).
    path("calls/quick/", views.quick, name="quick"),
    path("cases/<int:case_pk>/calls/", include(case_patterns)),
]
