"""Removing a stored upload (call evidence, a reply file) together with its random folder."""

import contextlib
import os


def remove_stored_file(field_file):
    """Delete `field_file` from its storage, then its folder if that is now empty.

    Uploads live under <kind>/<random>/<name>, one file to a folder, so the folder goes too.
    A storage without local paths, or a folder that is not empty, is left as it is.
    """
    if not field_file:
        return
    storage, name = field_file.storage, field_file.name
    field_file.delete(save=False)
    with contextlib.suppress(NotImplementedError, OSError):
        os.rmdir(os.path.dirname(storage.path(name)))
