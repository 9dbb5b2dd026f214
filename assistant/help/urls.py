from django.urls import path

from assistant.help import views

app_name = "help"
urlpatterns = [
    path("call-now/", views.call_now, name="call_now"),
]
