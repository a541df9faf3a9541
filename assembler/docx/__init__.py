"""Word documents in and out at the file level: the one home for what every stage that
touches a .docx must agree on.

- ``ooxml``: the WordprocessingML namespace and the names the draft writes and reads back
  (the ``d_`` bookmark prefix);
- ``safety``: the checks on a .docx someone sends us, before any XML parser sees it
  (used by ``ingest.docx`` for minutes and by ``carry`` for an edited draft);
- ``readback``: an edited draft read back into its points' paragraphs (used by ``carry``).

Writing a draft is the render stage's job (``assembler.render``); reading minutes is the
ingest stage's (``assembler.ingest.docx``). Both use the names defined here.
"""
