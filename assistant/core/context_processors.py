from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info


def language_switch(request):
    """The current page's address in every language, for the switcher in base.html.

    Translated here, while the page's own language is active: set_language cannot always
    translate it later (it resolves the path under the browser's preferred language).
    """
    current = get_language()
    path = request.get_full_path()
    return {
        "language_choices": [
            {
                "code": code,
                "name": get_language_info(code)["name_local"],
                "url": translate_url(path, code),
                "current": code == current,
            }
            for code, _name in settings.LANGUAGES
        ]
    }
