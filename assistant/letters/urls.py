from django.urls import path

from assistant.letters import views

app_name = "letters"
urlpatterns = [
    path("cases/<int:case_pk>/letters/new/<slug:kind>/", views.new, name="new"),
    path("letters/<int:pk>/", views.detail, name="detail"),
    path("letters/<int:pk>/edit/", views.edit, name="edit"),
    path("letters/<int:pk>/preview/", views.preview, name="preview"),
    path("letters/<int:pk>/sent/", views.mark_sent, name="mark_sent"),
    path("letters/<int:pk>/pdf/", views.pdf, name="pdf"),
]
