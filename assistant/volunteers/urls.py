from django.urls import path

from assistant.sharing import views as sharing
from assistant.volunteers import views

app_name = "volunteer"

urlpatterns = [
    path("", sharing.dashboard, name="dashboard"),
    path("second-factor/", views.enrol, name="enrol"),
    path("second-factor/recovery-codes/", views.recovery_codes, name="recovery_codes"),
    path("verify/", views.verify, name="verify"),
    path("patterns/", views.patterns, name="patterns"),
    path("reviews/", views.reviews, name="reviews"),
]
