from django.urls import path

from assistant.accounts import views

app_name = "account"
urlpatterns = [
    path("", views.index, name="index"),
    path("sign-up/", views.sign_up, name="sign_up"),
    path("log-in/", views.LogInView.as_view(), name="log_in"),
    path("log-out/", views.LogOutView.as_view(), name="log_out"),
    path("password/", views.ChangePasswordView.as_view(), name="change_password"),
    path("password/changed/", views.PasswordChangedView.as_view(), name="password_changed"),
    path("export/", views.export, name="export"),
    path("import/", views.import_file, name="import"),
    path("delete/", views.delete, name="delete"),
    path("deleted/", views.deleted, name="deleted"),
]
