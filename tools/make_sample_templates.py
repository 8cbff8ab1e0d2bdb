"""Generate the sample Word letter templates that ship with ContactDesk.

The templates are docxtpl (Jinja) documents in three languages -- English (en),
Dutch (nl) and Norwegian Bokmål (nb) -- written to
``resources/templates/<lang>/<letter>.docx``:

* ``welcome_letter.docx``   -- welcome letter for a new customer
* ``event_invitation.docx`` -- invitation to the customer spring seminar
* ``follow_up.docx``        -- follow-up letter after a meeting or call

The output is deterministic: fixed core properties and fixed timestamps inside
the .docx zip, so re-running the script gives byte-identical files.

Usage::

    python tools/make_sample_templates.py            # (re)write the templates
    python tools/make_sample_templates.py --check    # exit 1 if a file is out of date
    python tools/make_sample_templates.py --out DIR  # write somewhere else

Rules the templates follow (keep them when editing this script):

* every ``{{ ... }}`` placeholder is written in a single run of its own, so
  docxtpl always sees it whole;
* optional paragraphs use docxtpl's paragraph tags (``{%p if ... %}`` /
  ``{%p endif %}``, each alone in its own paragraph), so nothing is left behind
  when the condition is false;
* only the variables documented in ``resources/templates/README.md`` are used.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import re
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Twips

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = REPO_ROOT / "resources" / "templates"

FONT_NAME = "Calibri"  # LibreOffice substitutes the metric-compatible Carlito
FONT_SIZE = Pt(11)

# A4 with 2.5 cm margins (1 cm = 566.93 twips).
PAGE_WIDTH = Twips(11906)
PAGE_HEIGHT = Twips(16838)
MARGIN = Twips(1417)
HEADER_FOOTER_DISTANCE = Twips(709)  # 1.25 cm

# Fixed metadata, so that re-running the script gives identical files.
FIXED_DATETIME = dt.datetime(2025, 1, 1, 12, 0, 0)
ZIP_DATE_TIME = (2025, 1, 1, 12, 0, 0)
AUTHOR = "ContactDesk"

# Placeholders, written exactly like this into the documents.
SENDER_NAME = "{{ sender.name }}"
SENDER_ADDRESS = "{{ sender.address_block }}"
SENDER_CITY = "{{ sender.city }}"
SENDER_PHONE = "{{ sender.phone }}"
SENDER_EMAIL = "{{ sender.email }}"
CONTACT_ADDRESS = "{{ contact.address_block }}"
TODAY = "{{ today }}"
SUBJECT = "{{ line.subject or line.description }}"
SALUTATION = "{{ salutation.formal }}"
COMMENT = "{{ line.comment }}"
SALESPERSON_NAME = "{{ salesperson.name }}"
SALESPERSON_TITLE = "{{ salesperson.job_title }}"
SEGMENT_NO = "{{ segment.no }}"

# A paragraph is written as a list of pieces; each piece becomes exactly one run.
Paragraph = list[str]

_PLACEHOLDER = re.compile(r"(\{\{.*?\}\})")


@dataclass(frozen=True)
class Language:
    code: str  # folder name
    lang_tag: str  # w:lang value for spell checking
    reference_label: str
    closing: str
    page_label: str


@dataclass(frozen=True)
class Letter:
    name: str  # file stem
    title: str  # document title (core property)
    body: list[str]  # body paragraphs; placeholders are split into runs of their own


LANGUAGES: dict[str, Language] = {
    "en": Language("en", "en-GB", "Our reference: ", "Kind regards,", "Page "),
    "nl": Language("nl", "nl-NL", "Ons kenmerk: ", "Met vriendelijke groet,", "Pagina "),
    # Norwegian closings take no comma.
    "nb": Language("nb", "nb-NO", "Vår referanse: ", "Med vennlig hilsen", "Side "),
}

LETTERS: dict[str, list[Letter]] = {
    "en": [
        Letter(
            "welcome_letter",
            "Welcome letter",
            [
                (
                    "Thank you for choosing {{ sender.name }} as your supplier. We are delighted to "
                    "welcome you as a new customer and look forward to being of service "
                    "to you."
                ),
                (
                    "Over the coming days you will receive everything you need to get "
                    "started. I will be your personal contact, so please do not hesitate "
                    "to get in touch if you have any questions about our products, your "
                    "order or the next steps."
                ),
                (
                    "You can reach us by phone on {{ sender.phone }} or by e-mail at "
                    "{{ sender.email }}. We look forward to a long and successful working "
                    "relationship."
                ),
            ],
        ),
        Letter(
            "event_invitation",
            "Invitation to our spring seminar",
            [
                (
                    "We are pleased to invite you to our spring seminar: an afternoon of "
                    "short talks, practical examples and plenty of time to meet other "
                    "customers and our specialists."
                ),
                (
                    "The programme covers the latest developments in our products and "
                    "services, together with tips you can put into practice straight "
                    "away. Attendance is free of charge, and the afternoon ends with an "
                    "informal drinks reception."
                ),
                (
                    "As places are limited, we would be grateful if you could let us know "
                    "whether you will be attending, either by e-mail to "
                    "{{ sender.email }} or by phone on {{ sender.phone }}. The date, "
                    "venue and full programme are enclosed. We very much hope to see you "
                    "there."
                ),
            ],
        ),
        Letter(
            "follow_up",
            "Follow-up letter",
            [
                (
                    "Thank you for our recent conversation and for taking the time to "
                    "speak with me. It was very helpful to hear more about your plans and "
                    "the challenges you are facing."
                ),
                (
                    "As agreed, I will now work the points we discussed into a proposal "
                    "tailored to your situation. If anything has changed in the meantime, "
                    "or if there is anything you would like to add, please let me know."
                ),
                (
                    "I will be in touch again shortly to discuss the next steps. In the "
                    "meantime, you can reach me by phone on {{ sender.phone }} or by "
                    "e-mail at {{ sender.email }}."
                ),
            ],
        ),
    ],
    "nl": [
        Letter(
            "welcome_letter",
            "Welkomstbrief",
            [
                (
                    "Hartelijk dank voor uw vertrouwen in {{ sender.name }} als leverancier. Wij heten u "
                    "van harte welkom als nieuwe klant en kijken ernaar uit u goed van "
                    "dienst te zijn."
                ),
                (
                    "In de komende dagen ontvangt u alle informatie die u nodig hebt om "
                    "van start te gaan. Ik ben uw vaste aanspreekpunt, dus aarzel niet om "
                    "contact met mij op te nemen als u vragen hebt over onze producten, "
                    "uw bestelling of de volgende stappen."
                ),
                (
                    "U kunt ons telefonisch bereiken op {{ sender.phone }} of per e-mail "
                    "via {{ sender.email }}. Wij zien uit naar een langdurige en prettige "
                    "samenwerking."
                ),
            ],
        ),
        Letter(
            "event_invitation",
            "Uitnodiging voorjaarsseminar",
            [
                (
                    "Graag nodigen wij u uit voor ons voorjaarsseminar: een middag met "
                    "korte presentaties, praktijkvoorbeelden en volop gelegenheid om "
                    "andere klanten en onze specialisten te ontmoeten."
                ),
                (
                    "Het programma staat in het teken van de nieuwste ontwikkelingen in "
                    "onze producten en diensten, met tips die u direct in de praktijk "
                    "kunt toepassen. Deelname is kosteloos en we sluiten de middag af met "
                    "een informele borrel."
                ),
                (
                    "Het aantal plaatsen is beperkt. Wilt u ons laten weten of u erbij "
                    "bent? Dat kan per e-mail via {{ sender.email }} of telefonisch op "
                    "{{ sender.phone }}. De datum, de locatie en het volledige programma "
                    "vindt u in de bijlage. Wij hopen u te mogen begroeten!"
                ),
            ],
        ),
        Letter(
            "follow_up",
            "Vervolgbrief",
            [
                (
                    "Hartelijk dank voor ons recente gesprek en voor de tijd die u "
                    "daarvoor hebt vrijgemaakt. Het was bijzonder nuttig om meer te horen "
                    "over uw plannen en de uitdagingen waar u voor staat."
                ),
                (
                    "Zoals afgesproken werk ik de besproken punten nu uit tot een "
                    "voorstel dat aansluit bij uw situatie. Is er inmiddels iets "
                    "veranderd of wilt u nog iets toevoegen? Laat het mij dan gerust "
                    "weten."
                ),
                (
                    "Binnenkort neem ik opnieuw contact met u op om de volgende stappen "
                    "te bespreken. In de tussentijd ben ik telefonisch bereikbaar op "
                    "{{ sender.phone }} of per e-mail via {{ sender.email }}."
                ),
            ],
        ),
    ],
    "nb": [
        Letter(
            "welcome_letter",
            "Velkomstbrev",
            [
                (
                    "Takk for at du har valgt {{ sender.name }} som leverandør. Vi ønsker deg hjertelig "
                    "velkommen som ny kunde og gleder oss til å bli bedre kjent."
                ),
                (
                    "I løpet av de nærmeste dagene får du all informasjonen du trenger "
                    "for å komme i gang. Jeg er din faste kontaktperson, så ta gjerne "
                    "kontakt med meg hvis du har spørsmål om produktene våre, "
                    "bestillingen din eller veien videre."
                ),
                (
                    "Du kan nå oss på telefon {{ sender.phone }} eller på e-post "
                    "{{ sender.email }}. Vi ser fram til et langvarig og godt samarbeid."
                ),
            ],
        ),
        Letter(
            "event_invitation",
            "Invitasjon til vårseminar",
            [
                (
                    "Vi har gleden av å invitere deg til vårseminaret vårt – en "
                    "ettermiddag med korte foredrag, praktiske eksempler og god tid til å "
                    "møte andre kunder og fagfolkene våre."
                ),
                (
                    "Programmet tar for seg det siste innen produktene og tjenestene "
                    "våre, med tips du kan ta i bruk med en gang. Deltakelse er gratis, "
                    "og vi runder av med enkel servering og mingling."
                ),
                (
                    "Det er begrenset med plasser, så vi setter pris på om du gir oss "
                    "beskjed om du kommer, enten på e-post til {{ sender.email }} eller "
                    "på telefon {{ sender.phone }}. Dato, sted og fullstendig program "
                    "finner du i vedlegget. Vi håper å se deg!"
                ),
            ],
        ),
        Letter(
            "follow_up",
            "Oppfølgingsbrev",
            [
                (
                    "Takk for en hyggelig samtale, og for at du tok deg tid. Det var "
                    "svært nyttig å høre mer om planene dine og hvilke utfordringer du "
                    "står overfor."
                ),
                (
                    "Som avtalt går jeg nå videre med punktene vi snakket om, og setter "
                    "opp et forslag som er tilpasset din situasjon. Har noe endret seg "
                    "siden sist, eller er det noe du vil legge til? Gi meg gjerne "
                    "beskjed."
                ),
                (
                    "Jeg tar kontakt igjen om kort tid for å avtale veien videre. I "
                    "mellomtiden når du meg på telefon {{ sender.phone }} eller på e-post "
                    "{{ sender.email }}."
                ),
            ],
        ),
    ],
}


# --------------------------------------------------------------------------- styles


def _set_run_fonts(rpr_parent, font_name: str) -> None:
    """Set all four font slots explicitly (and drop theme fonts, which would win)."""
    rpr = rpr_parent.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for attr in list(rfonts.attrib):
        del rfonts.attrib[attr]
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(slot), font_name)


def _configure_document_defaults(document, language: Language) -> None:
    styles_el = document.styles.element
    rpr_default = styles_el.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
    # Document language (spell checking) and fonts without theme indirection.
    rfonts = rpr_default.find(qn("w:rFonts"))
    for attr in list(rfonts.attrib):
        del rfonts.attrib[attr]
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(slot), FONT_NAME)
    lang = rpr_default.find(qn("w:lang"))
    lang.set(qn("w:val"), language.lang_tag)
    lang.set(qn("w:eastAsia"), language.lang_tag)

    normal = document.styles["Normal"]
    _set_run_fonts(normal.element, FONT_NAME)
    normal.font.size = FONT_SIZE
    normal.font.color.rgb = RGBColor(0x00, 0x00, 0x00)
    pf = normal.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing_rule = WD_LINE_SPACING.SINGLE
    pf.widow_control = True

    body = document.styles.add_style("Letter Body", WD_STYLE_TYPE.PARAGRAPH)
    body.base_style = normal
    body.quick_style = True
    body.paragraph_format.space_after = Pt(8)
    body.paragraph_format.line_spacing = 1.15

    subject = document.styles.add_style("Letter Subject", WD_STYLE_TYPE.PARAGRAPH)
    subject.base_style = normal
    subject.quick_style = True
    subject.font.bold = True
    subject.paragraph_format.space_before = Pt(18)
    subject.paragraph_format.space_after = Pt(18)
    subject.paragraph_format.keep_with_next = True

    sender = document.styles.add_style("Letter Sender", WD_STYLE_TYPE.PARAGRAPH)
    sender.base_style = normal
    sender.quick_style = True
    sender.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    footer = document.styles["Footer"]
    footer.font.size = Pt(8.5)
    footer.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    footer.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _configure_page(document) -> None:
    section = document.sections[0]
    section.page_width = PAGE_WIDTH
    section.page_height = PAGE_HEIGHT
    section.left_margin = section.right_margin = MARGIN
    section.top_margin = section.bottom_margin = MARGIN
    section.header_distance = section.footer_distance = HEADER_FOOTER_DISTANCE


def _drop_thumbnail(document) -> None:
    """The python-docx default template carries a preview picture of another document."""
    package = document.part.package
    for rid, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            del package.rels[rid]
    settings = document.settings.element
    for el in settings.findall(qn("w:savePreviewPicture")):
        settings.remove(el)
    rsids = settings.find(qn("w:rsids"))
    if rsids is not None:
        settings.remove(rsids)


def _set_core_properties(document, letter: Letter, language: Language) -> None:
    cp = document.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.title = letter.title
    cp.subject = ""
    cp.comments = "Sample letter template for ContactDesk (docxtpl placeholders)."
    cp.keywords = "ContactDesk; template"
    cp.category = "Letter template"
    cp.language = language.lang_tag
    cp.revision = 1
    cp.created = FIXED_DATETIME
    cp.modified = FIXED_DATETIME
    cp.last_printed = FIXED_DATETIME


# ------------------------------------------------------------------------- content


def _add_paragraph(document, pieces: Paragraph, style: str, bold: bool = False):
    paragraph = document.add_paragraph(style=style)
    for piece in pieces:
        run = paragraph.add_run(piece)
        if bold:
            run.bold = True
    return paragraph


def split_placeholders(text: str) -> Paragraph:
    """Split *text* into pieces so that every ``{{ ... }}`` is a piece of its own."""
    return [piece for piece in _PLACEHOLDER.split(text) if piece]


def _add_page_field(paragraph) -> None:
    """Append a PAGE field (complex field, as Word writes it) to *paragraph*."""

    def fld_char(kind: str):
        run = paragraph.add_run()
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        run._r.append(el)

    fld_char("begin")
    instr_run = paragraph.add_run()
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    instr_run._r.append(instr)
    fld_char("separate")
    paragraph.add_run("1")
    fld_char("end")


def _build_footer(document, language: Language) -> None:
    footer = document.sections[0].footer
    footer.is_linked_to_previous = False
    first = footer.paragraphs[0]
    first.style = document.styles["Footer"]
    for piece in (SENDER_NAME, " · ", SENDER_PHONE, " · ", SENDER_EMAIL):
        first.add_run(piece)
    second = footer.add_paragraph(style="Footer")
    second.add_run(language.page_label)
    _add_page_field(second)


def build_letter(letter: Letter, language: Language):
    document = Document()
    _drop_thumbnail(document)
    _configure_document_defaults(document, language)
    _configure_page(document)
    _set_core_properties(document, letter, language)

    # The default template's body holds only the section properties.
    # Sender block, top right.
    _add_paragraph(document, [SENDER_NAME], "Letter Sender", bold=True)
    _add_paragraph(document, [SENDER_ADDRESS], "Letter Sender")

    # Recipient address block.
    recipient = _add_paragraph(document, [CONTACT_ADDRESS], "Normal")
    recipient.paragraph_format.space_before = Pt(36)
    recipient.paragraph_format.space_after = Pt(30)

    # Place and date, then the optional reference.
    _add_paragraph(document, [SENDER_CITY, ", ", TODAY], "Normal")
    _add_paragraph(document, ["{%p if segment.no %}"], "Normal")
    _add_paragraph(document, [language.reference_label, SEGMENT_NO], "Normal")
    _add_paragraph(document, ["{%p endif %}"], "Normal")

    # Subject and salutation.
    _add_paragraph(document, [SUBJECT], "Letter Subject")
    _add_paragraph(document, [SALUTATION, ","], "Letter Body")

    # Body text, then the optional personal paragraph.
    for text in letter.body:
        _add_paragraph(document, split_placeholders(text), "Letter Body")
    _add_paragraph(document, ["{%p if line.comment %}"], "Letter Body")
    _add_paragraph(document, [COMMENT], "Letter Body")
    _add_paragraph(document, ["{%p endif %}"], "Letter Body")

    # Closing and signature.
    closing = _add_paragraph(document, [language.closing], "Normal")
    closing.paragraph_format.space_before = Pt(6)
    closing.paragraph_format.keep_with_next = True
    signer = _add_paragraph(document, [SALESPERSON_NAME], "Normal")
    signer.paragraph_format.space_before = Pt(42)  # room for a signature
    signer.paragraph_format.keep_with_next = True
    _add_paragraph(document, [SALESPERSON_TITLE], "Normal")

    _build_footer(document, language)
    return document


# ---------------------------------------------------------------------- file output


def _normalised_docx_bytes(document) -> bytes:
    """Save *document* and rewrite the zip with fixed timestamps and permissions."""
    raw = io.BytesIO()
    document.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w") as dst:
        for name in src.namelist():
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 0
            dst.writestr(info, src.read(name), compresslevel=9)
    return out.getvalue()


def generate(out_dir: Path) -> dict[Path, bytes]:
    """Return {path: content} for every template under *out_dir*."""
    files: dict[Path, bytes] = {}
    for code, letters in LETTERS.items():
        language = LANGUAGES[code]
        for letter in letters:
            path = out_dir / code / f"{letter.name}.docx"
            files[path] = _normalised_docx_bytes(build_letter(letter, language))
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder")
    parser.add_argument(
        "--check",
        action="store_true",
        help="write nothing; exit 1 if any template differs from what would be generated",
    )
    args = parser.parse_args(argv)

    files = generate(args.out)
    if args.check:
        stale = [p for p, data in files.items() if not p.is_file() or p.read_bytes() != data]
        for path in stale:
            print(f"out of date: {path}")
        return 1 if stale else 0

    for path, data in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
