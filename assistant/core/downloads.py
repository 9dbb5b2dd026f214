"""Serving a borrower's stored file (call evidence, a lender's reply) to whoever may see it."""

from django.http import FileResponse, Http404


def private_download(stored_file, filename, content_type):
    """`stored_file` as a download that the browser never shows, runs or caches; 404 if gone.

    The caller has already checked who may see it. Files are kept under random names outside
    the web root, so this is their only way out.
    """
    try:
        handle = stored_file.open("rb")
    except FileNotFoundError as error:
        raise Http404 from error
    response = FileResponse(
        handle, as_attachment=True, filename=filename, content_type=content_type
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["Cache-Control"] = "private, no-store"
    return response
