from django.urls import path

from assistant.sharing import views

app_name = "sharing"
urlpatterns = [
    path("code/", views.create_code, name="create_code"),
    path("code/cancel/", views.cancel_codes, name="cancel_codes"),
    path("<int:pk>/revoke/", views.revoke, name="revoke"),
    path("log/", views.log, name="log"),
    path("notes/", views.add_note, name="add_note"),
]
