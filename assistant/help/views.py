from assistant.core.pages import render_page


def call_now(request):
    return render_page(request, "help/call_now.html")
