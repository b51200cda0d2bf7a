"""The application layer: what a user does with a file, without a window.

Open, import, export and the paper and preset an export uses are decided here once, and both
front ends call it: ``cli.py`` with arguments, ``ui/`` from its dialogs. It imports the
layers below it (model, conventions, storage, formats) and never Qt, so every path a dialog
takes can be tested, and run, without a display.
"""
