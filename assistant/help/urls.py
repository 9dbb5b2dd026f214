from django.urls import path

from assistant.help import views

app_name = "help"
urlpatterns = [
    path("call-now/", views.call_now, name="call_now"),
    path("directory/", views.directory, name="directory"),
    path("apr-check/", views.apr_check, name="apr_check"),
]
