from django.urls import path

from assistant.cases import views
from assistant.followup import views as followup

app_name = "cases"
urlpatterns = [
    path("", views.case_list, name="list"),
    path("new/", views.new, name="new"),
    path("new/lender-type/", views.lender_type_hint, name="lender_type_hint"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/details/", views.details, name="details"),
    path("<int:pk>/calendar.ics", followup.calendar, name="calendar"),
]
