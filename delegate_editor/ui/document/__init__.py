"""The continuous document editor (issue 23): the draft's paragraphs typed as one text,
the structure kept by the keys (``editor.py``), the numbers in a margin (``gutter.py``)."""
