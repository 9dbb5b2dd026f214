from django.urls import path

from assistant.rights import views

app_name = "rights"
urlpatterns = [
    path("", views.index, name="index"),
    path("glossary/", views.glossary, name="glossary"),
    path("<slug:slug>/", views.detail, name="detail"),
]
