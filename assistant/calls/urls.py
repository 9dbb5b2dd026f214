from django.urls import path

from assistant.calls import views

app_name = "calls"
urlpatterns = [
    path("", views.call_list, name="list"),
    path("new/", views.new, name="new"),
    path("new/suggest/", views.suggest, name="suggest"),
    path("<int:pk>/confirm/", views.confirm, name="confirm"),
    path("export.csv", views.export_csv, name="export_csv"),
]
