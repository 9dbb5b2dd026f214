from django.urls import path

from assistant.followup import views

app_name = "followup"
CASE = "cases/<int:case_pk>/follow-up/"
urlpatterns = [
    path(CASE, views.tracker, name="tracker"),
    path(f"{CASE}new/", views.new, name="new"),
    path(f"{CASE}<int:pk>/", views.edit, name="edit"),
    path(f"{CASE}<int:pk>/answer-file/", views.reply_file, name="reply_file"),
    path(f"{CASE}payment-order/", views.payment_order, name="payment_order"),
    path("reminders/", views.reminders, name="reminders"),
]
