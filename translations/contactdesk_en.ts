<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CampaignTexts</name>
    <message numerus="yes">
        <source>%n campaign(s)</source>
        <translation>
            <numerusform>%n campaign</numerusform>
            <numerusform>%n campaigns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s)</source>
        <translation>
            <numerusform>%n interaction</numerusform>
            <numerusform>%n interactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target contact(s) reached</source>
        <translation>
            <numerusform>%n target contact reached</numerusform>
            <numerusform>%n target contacts reached</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n response</numerusform>
            <numerusform>%n responses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n company(ies) in the target group</source>
        <translation>
            <numerusform>%n company in the target group</numerusform>
            <numerusform>%n companies in the target group</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n company(ies) are in its target group.</source>
        <translation>
            <numerusform>%n company is in its target group.</numerusform>
            <numerusform>%n companies are in its target group.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n company(ies) left its target group.</source>
        <translation>
            <numerusform>%n company left its target group.</numerusform>
            <numerusform>%n companies left its target group.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n campaign entry(ies) and their interaction log entries?</source>
        <translation>
            <numerusform>Restore %n campaign entry and its interaction log entries?</numerusform>
            <numerusform>Restore %n campaign entries and their interaction log entries?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n campaign entry(ies)? Their interaction log entries are canceled too and no longer count.</source>
        <translation>
            <numerusform>Cancel %n campaign entry? Its interaction log entries are canceled too and no longer count.</numerusform>
            <numerusform>Cancel %n campaign entries? Their interaction log entries are canceled too and no longer count.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n canceled campaign entry(ies) and their interaction log entries? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n canceled campaign entry and its interaction log entries? This cannot be undone.</numerusform>
            <numerusform>Delete %n canceled campaign entries and their interaction log entries? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n campaign entry(ies) deleted.</source>
        <translation>
            <numerusform>%n campaign entry deleted.</numerusform>
            <numerusform>%n campaign entries deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message numerus="yes">
        <source>Checking %n row(s)…</source>
        <translation>
            <numerusform>Checking %n row…</numerusform>
            <numerusform>Checking %n rows…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeTableTab</name>
    <message numerus="yes">
        <source>%n interaction group(s)</source>
        <translation>
            <numerusform>%n interaction group</numerusform>
            <numerusform>%n interaction groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n industry group(s)</source>
        <translation>
            <numerusform>%n industry group</numerusform>
            <numerusform>%n industry groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business relation(s)</source>
        <translation>
            <numerusform>%n business relation</numerusform>
            <numerusform>%n business relations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mailing group(s)</source>
        <translation>
            <numerusform>%n mailing group</numerusform>
            <numerusform>%n mailing groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job responsibility(-ies)</source>
        <translation>
            <numerusform>%n job responsibility</numerusform>
            <numerusform>%n job responsibilities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n territory(-ies)</source>
        <translation>
            <numerusform>%n territory</numerusform>
            <numerusform>%n territories</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n conflict to resolve</numerusform>
            <numerusform>%n conflicts to resolve</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n restored record(s) again? The next sync deletes them in the office too.</source>
        <translation>
            <numerusform>Delete %n restored record again? The next sync deletes it in the office too.</numerusform>
            <numerusform>Delete %n restored records again? The next sync deletes them in the office too.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactInteractionsTab</name>
    <message numerus="yes">
        <source>With its persons: %n interaction(s), cost %1, duration %2 min</source>
        <translation>
            <numerusform>With its persons: %n interaction, cost %1, duration %2 min</numerusform>
            <numerusform>With its persons: %n interactions, cost %1, duration %2 min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s), cost %1, duration %2 min</source>
        <translation>
            <numerusform>%n interaction, cost %1, duration %2 min</numerusform>
            <numerusform>%n interactions, cost %1, duration %2 min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactPickerDialog</name>
    <message numerus="yes">
        <source>Showing the first %1 of %n contact(s); type to narrow the list.</source>
        <translation>
            <numerusform>Showing the first %1 of %n contact; type to narrow the list.</numerusform>
            <numerusform>Showing the first %1 of %n contacts; type to narrow the list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsIoActions</name>
    <message numerus="yes">
        <source>%n contact(s) imported</source>
        <translation>
            <numerusform>%n contact imported</numerusform>
            <numerusform>%n contacts imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message numerus="yes">
        <source>%n contact(s) found</source>
        <translation>
            <numerusform>%n contact found</numerusform>
            <numerusform>%n contacts found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n person(s). What should happen to them?</source>
        <translation>
            <numerusform>%1 has %n person. What should happen to this person?</numerusform>
            <numerusform>%1 has %n persons. What should happen to them?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountTexts</name>
    <message numerus="yes">
        <source>%n contact(s) will be added.</source>
        <translation>
            <numerusform>%n contact will be added.</numerusform>
            <numerusform>%n contacts will be added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) will be removed.</source>
        <translation>
            <numerusform>%n line will be removed.</numerusform>
            <numerusform>%n lines will be removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) added.</source>
        <translation>
            <numerusform>%n line added.</numerusform>
            <numerusform>%n lines added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) removed.</source>
        <translation>
            <numerusform>%n line removed.</numerusform>
            <numerusform>%n lines removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Segment %1 already has %n criteria action(s). Reuse saved criteria anyway?</source>
        <translation>
            <numerusform>Segment %1 already has %n criteria action. Reuse saved criteria anyway?</numerusform>
            <numerusform>Segment %1 already has %n criteria actions. Reuse saved criteria anyway?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n selected line(s) from the segment? Go back can bring them back.</source>
        <translation>
            <numerusform>Remove %n selected line from the segment? Go back can bring it back.</numerusform>
            <numerusform>Remove %n selected lines from the segment? Go back can bring them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorTexts</name>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interaction log entr(y/ies)</source>
        <translation>
            <numerusform>%n interaction log entry</numerusform>
            <numerusform>%n interaction log entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interaction template(s)</source>
        <translation>
            <numerusform>%n interaction template</numerusform>
            <numerusform>%n interaction templates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n campaign entry(ies)</source>
        <translation>
            <numerusform>%n campaign entry</numerusform>
            <numerusform>%n campaign entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Company %1 has %n person(s). Choose whether to delete them too or keep them as persons without a company.</source>
        <translation>
            <numerusform>Company %1 has %n person. Choose whether to delete this person too or keep them as a person without a company.</numerusform>
            <numerusform>Company %1 has %n persons. Choose whether to delete them too or keep them as persons without a company.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>Exporting %n contact(s)…</source>
        <translation>
            <numerusform>Exporting %n contact…</numerusform>
            <numerusform>Exporting %n contacts…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) exported to %1.</source>
        <translation>
            <numerusform>%n contact exported to %1.</numerusform>
            <numerusform>%n contacts exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldLaptopsTab</name>
    <message numerus="yes">
        <source>%n field laptop(s)</source>
        <translation>
            <numerusform>%n field laptop</numerusform>
            <numerusform>%n field laptops</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldStatus</name>
    <message numerus="yes">
        <source>Field copy · %n change(s) to send</source>
        <translation>
            <numerusform>Field copy · %n change to send</numerusform>
            <numerusform>Field copy · %n changes to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlowTexts</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is empty for %n recipient(s), so their letters show nothing there: %2</source>
        <translation>
            <numerusform>“%1” is empty for %n recipient, so their letter shows nothing there: %2</numerusform>
            <numerusform>“%1” is empty for %n recipients, so their letters show nothing there: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) have no Word document in their language: %1. Attach a document to the interaction template under Setup.</source>
        <translation>
            <numerusform>%n line has no Word document in its language: %1. Attach a document to the interaction template under Setup.</numerusform>
            <numerusform>%n lines have no Word document in their language: %1. Attach a document to the interaction template under Setup.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail draft(s) had a line break in the name or subject, which was put on one line: %1. Correct the contact or the segment line.</source>
        <translation>
            <numerusform>%n e-mail draft had a line break in the name or subject, which was put on one line: %1. Correct the contact or the segment line.</numerusform>
            <numerusform>%n e-mail drafts had a line break in the name or subject, which was put on one line: %1. Correct the contact or the segment line.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail draft(s) were not written because the e-mail address holds a line break: %1. Their letter is written; correct the e-mail address on the contact card.</source>
        <translation>
            <numerusform>%n e-mail draft was not written because the e-mail address holds a line break: %1. Its letter is written; correct the e-mail address on the contact card.</numerusform>
            <numerusform>%n e-mail drafts were not written because the e-mail address holds a line break: %1. Their letters are written; correct the e-mail addresses on the contact card.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail line(s) have no e-mail address: %1. Their letter is written, but no e-mail draft.</source>
        <translation>
            <numerusform>%n e-mail line has no e-mail address: %1. Its letter is written, but no e-mail draft.</numerusform>
            <numerusform>%n e-mail lines have no e-mail address: %1. Their letters are written, but no e-mail drafts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) stop the merge. Correct the template in Word, attach it again under Setup → Interaction templates, and check again.</source>
        <translation>
            <numerusform>%n problem stops the merge. Correct the template in Word, attach it again under Setup → Interaction templates, and check again.</numerusform>
            <numerusform>%n problems stop the merge. Correct the template in Word, attach it again under Setup → Interaction templates, and check again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready to merge %n letter(s).</source>
        <translation>
            <numerusform>Ready to merge %n letter.</numerusform>
            <numerusform>Ready to merge %n letters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them also become an e-mail draft.</source>
        <translation>
            <numerusform>%n of them also becomes an e-mail draft.</numerusform>
            <numerusform>%n of them also become e-mail drafts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): look at them and at the preview; they do not stop the merge.</source>
        <translation>
            <numerusform>%n warning: look at it and at the preview; it does not stop the merge.</numerusform>
            <numerusform>%n warnings: look at them and at the preview; they do not stop the merge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This folder already holds %n Word document(s); a letter with the same name replaces it.</source>
        <translation>
            <numerusform>This folder already holds %n Word document; a letter with the same name replaces it.</numerusform>
            <numerusform>This folder already holds %n Word documents; a letter with the same name replaces it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) in %1</source>
        <translation>
            <numerusform>%n letter in %1</numerusform>
            <numerusform>%n letters in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail draft(s) in %1 — open them in your mail program to send them.</source>
        <translation>
            <numerusform>%n e-mail draft in %1 — open it in your mail program to send it.</numerusform>
            <numerusform>%n e-mail drafts in %1 — open them in your mail program to send them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The merge was canceled. %n letter(s) were finished and kept; no combined document and no e-mail drafts were made.</source>
        <translation>
            <numerusform>The merge was canceled. %n letter was finished and kept; no combined document and no e-mail drafts were made.</numerusform>
            <numerusform>The merge was canceled. %n letters were finished and kept; no combined document and no e-mail drafts were made.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The segment has %n line(s).</source>
        <translation>
            <numerusform>The segment has %n line.</numerusform>
            <numerusform>The segment has %n lines.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportTexts</name>
    <message numerus="yes">
        <source>%n row(s) checked.</source>
        <translation>
            <numerusform>%n row checked.</numerusform>
            <numerusform>%n rows checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems.</source>
        <translation>
            <numerusform>%n row with problems.</numerusform>
            <numerusform>%n rows with problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): those rows are imported with a default.</source>
        <translation>
            <numerusform>%n warning: that row is imported with a default.</numerusform>
            <numerusform>%n warnings: those rows are imported with a default.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s).</source>
        <translation>
            <numerusform>%n duplicate.</numerusform>
            <numerusform>%n duplicates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new company(ies) will be created.</source>
        <translation>
            <numerusform>%n new company will be created.</numerusform>
            <numerusform>%n new companies will be created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) will be added.</source>
        <translation>
            <numerusform>%n contact will be added.</numerusform>
            <numerusform>%n contacts will be added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) will be updated.</source>
        <translation>
            <numerusform>%n contact will be updated.</numerusform>
            <numerusform>%n contacts will be updated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be skipped.</source>
        <translation>
            <numerusform>%n row will be skipped.</numerusform>
            <numerusform>%n rows will be skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n company(ies) will be created from company names.</source>
        <translation>
            <numerusform>%n company will be created from company names.</numerusform>
            <numerusform>%n companies will be created from company names.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have problems, so nothing was imported. Fix the file, or choose to skip the rows with problems.</source>
        <translation>
            <numerusform>%n row has problems, so nothing was imported. Fix the file, or choose to skip the rows with problems.</numerusform>
            <numerusform>%n rows have problems, so nothing was imported. Fix the file, or choose to skip the rows with problems.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InteractionLogPage</name>
    <message numerus="yes">
        <source>%n interaction log entr(y/ies)</source>
        <translation>
            <numerusform>%n interaction log entry</numerusform>
            <numerusform>%n interaction log entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n canceled interaction log entr(y/ies)? They count in the statistics again.</source>
        <translation>
            <numerusform>Restore %n canceled interaction log entry? It counts in the statistics again.</numerusform>
            <numerusform>Restore %n canceled interaction log entries? They count in the statistics again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n interaction log entr(y/ies)? Canceled entries stay in the log but no longer count in any statistic.</source>
        <translation>
            <numerusform>Cancel %n interaction log entry? Canceled entries stay in the log but no longer count in any statistic.</numerusform>
            <numerusform>Cancel %n interaction log entries? Canceled entries stay in the log but no longer count in any statistic.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n canceled interaction log entr(y/ies) that match the filters, with their comments and letters? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n canceled interaction log entry that matches the filters, with its comments and letters? This cannot be undone.</numerusform>
            <numerusform>Delete %n canceled interaction log entries that match the filters, with their comments and letters? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interaction log entr(y/ies) deleted.</source>
        <translation>
            <numerusform>%n interaction log entry deleted.</numerusform>
            <numerusform>%n interaction log entries deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LineActions</name>
    <message numerus="yes">
        <source>%n cover sheet(s) written</source>
        <translation>
            <numerusform>%n cover sheet written</numerusform>
            <numerusform>%n cover sheets written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interaction(s) logged</source>
        <translation>
            <numerusform>%n interaction logged</numerusform>
            <numerusform>%n interactions logged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogSegmentDialog</name>
    <message numerus="yes">
        <source>Logging records one interaction log entry per line and moves segment %1 (“%2”, %n line(s)) to Logged segments.</source>
        <translation>
            <numerusform>Logging records one interaction log entry per line and moves segment %1 (“%2”, %n line) to Logged segments.</numerusform>
            <numerusform>Logging records one interaction log entry per line and moves segment %1 (“%2”, %n lines) to Logged segments.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoggingTexts</name>
    <message numerus="yes">
        <source>%n line(s) have no interaction template. Choose one on the header or the lines.</source>
        <translation>
            <numerusform>%n line has no interaction template. Choose one on the header or the line.</numerusform>
            <numerusform>%n lines have no interaction template. Choose one on the header or the lines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) have no salesperson. Choose one on the header or the lines.</source>
        <translation>
            <numerusform>%n line has no salesperson. Choose one on the header or the line.</numerusform>
            <numerusform>%n lines have no salesperson. Choose one on the header or the lines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) have no date. Fill in the date on the segment header.</source>
        <translation>
            <numerusform>%n line has no date. Fill in the date on the segment header.</numerusform>
            <numerusform>%n lines have no date. Fill in the date on the segment header.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) to deliver have no Word document in their language. Add one to the interaction template under Setup, or turn off Deliver.</source>
        <translation>
            <numerusform>%n line to deliver has no Word document in its language. Add one to the interaction template under Setup, or turn off Deliver.</numerusform>
            <numerusform>%n lines to deliver have no Word document in their language. Add one to the interaction template under Setup, or turn off Deliver.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) should not get this interaction now. Skip them and log the rest, or stop and fix them first:</source>
        <translation>
            <numerusform>%n contact should not get this interaction now. Skip it and log the rest, or stop and fix it first:</numerusform>
            <numerusform>%n contacts should not get this interaction now. Skip them and log the rest, or stop and fix them first:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail line(s) have a contact without an e-mail address; they are logged without a correspondence type (nothing is sent).</source>
        <translation>
            <numerusform>%n e-mail line has a contact without an e-mail address; it is logged without a correspondence type (nothing is sent).</numerusform>
            <numerusform>%n e-mail lines have a contact without an e-mail address; they are logged without a correspondence type (nothing is sent).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of its entries are canceled. Restore them first.</source>
        <translation>
            <numerusform>%n of its entries is canceled. Restore it first.</numerusform>
            <numerusform>%n of its entries are canceled. Restore them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of its entries were deleted.</source>
        <translation>
            <numerusform>%n of its entries was deleted.</numerusform>
            <numerusform>%n of its entries were deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Letters were delivered for %n of its entries.</source>
        <translation>
            <numerusform>Letters were delivered for %n of its entries.</numerusform>
            <numerusform>Letters were delivered for %n of its entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of its contacts were deleted since.</source>
        <translation>
            <numerusform>%n of its contacts was deleted since.</numerusform>
            <numerusform>%n of its contacts were deleted since.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n logged segment(s)</source>
        <translation>
            <numerusform>%n logged segment</numerusform>
            <numerusform>%n logged segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interaction log entr(y/ies)</source>
        <translation>
            <numerusform>%n interaction log entry</numerusform>
            <numerusform>%n interaction log entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Segment %1 has been logged as %2 with %n interaction log entr(y/ies).</source>
        <translation>
            <numerusform>Segment %1 has been logged as %2 with %n interaction log entry.</numerusform>
            <numerusform>Segment %1 has been logged as %2 with %n interaction log entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) written to %1</source>
        <translation>
            <numerusform>%n letter written to %1</numerusform>
            <numerusform>%n letters written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail draft(s) in the outbox.</source>
        <translation>
            <numerusform>%n e-mail draft in the outbox.</numerusform>
            <numerusform>%n e-mail drafts in the outbox.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) were skipped.</source>
        <translation>
            <numerusform>%n contact was skipped.</numerusform>
            <numerusform>%n contacts were skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel logged segment %1 and its %n interaction log entr(y/ies)? They stay in the log but no longer count in any statistic.</source>
        <translation>
            <numerusform>Cancel logged segment %1 and its %n interaction log entry? It stays in the log but no longer counts in any statistic.</numerusform>
            <numerusform>Cancel logged segment %1 and its %n interaction log entries? They stay in the log but no longer count in any statistic.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore logged segment %1 and its %n canceled entr(y/ies)? They count in the statistics again.</source>
        <translation>
            <numerusform>Restore logged segment %1 and its %n canceled entry? It counts in the statistics again.</numerusform>
            <numerusform>Restore logged segment %1 and its %n canceled entries? They count in the statistics again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n canceled logged segment(s)? Their entries stay in the interaction log, no longer linked to a logged segment. This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n canceled logged segment? Its entries stay in the interaction log, no longer linked to a logged segment. This cannot be undone.</numerusform>
            <numerusform>Delete %n canceled logged segments? Their entries stay in the interaction log, no longer linked to a logged segment. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n logged segment(s) deleted.</source>
        <translation>
            <numerusform>%n logged segment deleted.</numerusform>
            <numerusform>%n logged segments deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undo logging %1? Its %n interaction log entr(y/ies) are removed and segment %2 is back on the Segments page exactly as it was.</source>
        <translation>
            <numerusform>Undo logging %1? Its %n interaction log entry is removed and segment %2 is back on the Segments page exactly as it was.</numerusform>
            <numerusform>Undo logging %1? Its %n interaction log entries are removed and segment %2 is back on the Segments page exactly as it was.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailingGroupActions</name>
    <message numerus="yes">
        <source>Mailing group %1 added to %n contact(s).</source>
        <translation>
            <numerusform>Mailing group %1 added to %n contact.</numerusform>
            <numerusform>Mailing group %1 added to %n contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mailing group %1 removed from %n contact(s).</source>
        <translation>
            <numerusform>Mailing group %1 removed from %n contact.</numerusform>
            <numerusform>Mailing group %1 removed from %n contacts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <source>Writing %n letter(s) to %1…</source>
        <translation>
            <numerusform>Writing %n letter to %1…</numerusform>
            <numerusform>Writing %n letters to %1…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeTexts</name>
    <message numerus="yes">
        <source>The template check found %n problem(s); nothing was written:</source>
        <translation>
            <numerusform>The template check found %n problem; nothing was written:</numerusform>
            <numerusform>The template check found %n problems; nothing was written:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NumberSeriesTab</name>
    <message numerus="yes">
        <source>%n number series</source>
        <translation>
            <numerusform>%n number series</numerusform>
            <numerusform>%n number series</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OwnLetterQuestions</name>
    <message numerus="yes">
        <source>%n of these lines have their own edited letter: Yes discards those letters for good.</source>
        <translation>
            <numerusform>%n of these lines has its own edited letter: Yes discards that letter for good.</numerusform>
            <numerusform>%n of these lines have their own edited letter: Yes discards those letters for good.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the removed lines had its own edited letter. The letters are kept with the segment&apos;s history: Go back brings those lines back with them.</source>
        <translation>
            <numerusform>%n of the removed lines had its own edited letter. The letter is kept with the segment&apos;s history: Go back brings that line back with it.</numerusform>
            <numerusform>%n of the removed lines had their own edited letter. The letters are kept with the segment&apos;s history: Go back brings those lines back with them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The edited letters of %n removed line(s) are then deleted for good.</source>
        <translation>
            <numerusform>The edited letter of %n removed line is then deleted for good.</numerusform>
            <numerusform>The edited letters of %n removed lines are then deleted for good.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostponedPage</name>
    <message numerus="yes">
        <source>%n postponed interaction(s)</source>
        <translation>
            <numerusform>%n postponed interaction</numerusform>
            <numerusform>%n postponed interactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n postponed interaction(s) with their comments and letters? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n postponed interaction with its comments and letters? This cannot be undone.</numerusform>
            <numerusform>Delete %n postponed interactions with their comments and letters? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionnairesTab</name>
    <message numerus="yes">
        <source>%n questionnaire(s)</source>
        <translation>
            <numerusform>%n questionnaire</numerusform>
            <numerusform>%n questionnaires</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RuleTexts</name>
    <message numerus="yes">
        <source>The template cannot change without updating the segment lines, because %n line(s) use the segment&apos;s document. Answer Yes to apply the new template to all lines, or keep the template.</source>
        <translation>
            <numerusform>The template cannot change without updating the segment lines, because %n line uses the segment&apos;s document. Answer Yes to apply the new template to all lines, or keep the template.</numerusform>
            <numerusform>The template cannot change without updating the segment lines, because %n lines use the segment&apos;s document. Answer Yes to apply the new template to all lines, or keep the template.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of this segment have their own edited letter, which this change would discard, so nothing was changed. Make the change again and answer Yes to discard the letters.</source>
        <translation>
            <numerusform>%n line of this segment has its own edited letter, which this change would discard, so nothing was changed. Make the change again and answer Yes to discard the letter.</numerusform>
            <numerusform>%n lines of this segment have their own edited letter, which this change would discard, so nothing was changed. Make the change again and answer Yes to discard the letters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SalespeopleTab</name>
    <message numerus="yes">
        <source>%n salesperson(s)</source>
        <translation>
            <numerusform>%n salesperson</numerusform>
            <numerusform>%n salespeople</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncAction</name>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) need you: the office value stands until you choose on the Conflicts page.</source>
        <translation>
            <numerusform>%n conflict needs you: the office value stands until you choose on the Conflicts page.</numerusform>
            <numerusform>%n conflicts need you: the office value stands until you choose on the Conflicts page.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message numerus="yes">
        <source>%n interaction template(s)</source>
        <translation>
            <numerusform>%n interaction template</numerusform>
            <numerusform>%n interaction templates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnknownCodesBox</name>
    <message numerus="yes">
        <source>%1 %2 (%n row(s), first row %3)</source>
        <translation>
            <numerusform>%1 %2 (%n row, first row %3)</numerusform>
            <numerusform>%1 %2 (%n rows, first row %3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
</context>
</TS>
