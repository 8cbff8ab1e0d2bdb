<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
    <name>ErrorTexts</name>
    <message numerus="yes">
        <source>Company %1 has %n person(s). Choose whether to delete them too or keep them as persons without a company.</source>
        <translation>
            <numerusform>Company %1 has %n person. Choose whether to delete this person too or keep them as a person without a company.</numerusform>
            <numerusform>Company %1 has %n persons. Choose whether to delete them too or keep them as persons without a company.</numerusform>
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
    <name>PageTexts</name>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
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
        <source>%n postponed interaction(s)</source>
        <translation>
            <numerusform>%n postponed interaction</numerusform>
            <numerusform>%n postponed interactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interaction log entr(y/ies)</source>
        <translation>
            <numerusform>%n interaction log entry</numerusform>
            <numerusform>%n interaction log entries</numerusform>
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
    <name>TemplatesTab</name>
    <message numerus="yes">
        <source>%n interaction template(s)</source>
        <translation>
            <numerusform>%n interaction template</numerusform>
            <numerusform>%n interaction templates</numerusform>
        </translation>
    </message>
</context>
</TS>
