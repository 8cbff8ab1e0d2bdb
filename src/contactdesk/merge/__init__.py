"""Mail merge: Word letters per contact, a combined print document, PDF and e-mail drafts. No Qt here.

The engine, module by module (each has one main class or function):
- fields.py          FIELDS: every merge field, documented once (README, check and context use it)
- context.py         ContextBuilder / LetterRequest: one context per letter, built set-wise from the database
- formatting.py      dates, amounts, address blocks, salutations in the letter's language; pick_language()
- template_check.py  TemplateCheck: all problems of a template at once, and the "worst" recipients to preview
- render.py          PreparedTemplate: prepare a .docx once, render any number of letters (sandboxed)
- parallel.py        LetterRun: many letters on all cores, with progress, cancel and a time limit
- worker_guard.py    guard_worker(): a render worker ends with its parent and drops the parent's files
- temporaries.py     temporary file names, and removing those a killed merge left behind
- names.py           LetterNames: safe, unique `<number> - <name>.docx` names inside one folder
- combine.py         combine_letters(): one document, one section per letter, page numbers from 1
- pdf.py             convert_to_pdf(): LibreOffice headless, own profile per call, time limit
- email_draft.py     EmailDraft: an .eml draft with the letter attached
- template_fields.py the fields a template uses, found in one pass (for the check)
- deliver.py         log_and_deliver() / deliver_logged(): log a segment, then write and keep its letters
- deliver_result.py  DeliverResult: what that did; ProgressGuard: Cancel after logging stops, never undoes
- kept_letters.py    keep_letters(): each letter kept inside the database with its entry

This package imports nothing on purpose: worker processes import only the modules they need.
"""
