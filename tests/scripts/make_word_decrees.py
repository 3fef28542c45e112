#!/usr/bin/python3
"""Builds Word decrees the way offices type them, for the import tests (tests/scripts/import.sh).

No real decree published as .docx could be obtained on this machine (docs/import.md, "Test
documents", lists what was searched), so these six are built with python-docx to mimic
typical office formatting: typed "a." + tab markers, Word numbering (w:numPr), layout tables,
tracked changes, a comment, a Lampiran table with merged cells and shaded months, a.n./Plt.
signatures with rank and NIP, a certified copy, and a Peraturan Daerah (BAB, Pasal, ayat,
Diundangkan, Penjelasan). Names and numbers are invented.

usage: make_word_decrees.py OUTDIR
"""
import copy
import os
import re
import struct
import sys
import zlib
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt

OUT = sys.argv[1]
os.makedirs(OUT, exist_ok=True)

def png(width=8, height=8, grey=128):
    """A small grey PNG, for the logo (built here: no image library needed)."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + bytes([grey, grey, grey]) * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


PNG = png()

ISSUER = "Dinas Pendidikan Kabupaten Sleman"
TITLE = "PENETAPAN TIM PENYUSUN KURIKULUM MUATAN LOKAL BAHASA JAWA TAHUN 2024"
MENIMBANG = [
    "bahwa dalam rangka melestarikan bahasa dan budaya Jawa perlu disusun kurikulum muatan lokal bagi satuan pendidikan di Kabupaten Sleman;",
    "bahwa untuk kelancaran penyusunan kurikulum sebagaimana dimaksud pada huruf a, perlu dibentuk tim penyusun;",
    "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan Keputusan Kepala Dinas Pendidikan tentang Penetapan Tim Penyusun Kurikulum Muatan Lokal Bahasa Jawa Tahun 2024;",
]
MENGINGAT = [
    "Undang-Undang Nomor 20 Tahun 2003 tentang Sistem Pendidikan Nasional (Lembaran Negara Republik Indonesia Tahun 2003 Nomor 78, Tambahan Lembaran Negara Republik Indonesia Nomor 4301);",
    "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah (Lembaran Negara Republik Indonesia Tahun 2014 Nomor 244, Tambahan Lembaran Negara Republik Indonesia Nomor 5587);",
    "Peraturan Daerah Kabupaten Sleman Nomor 5 Tahun 2016 tentang Pembentukan dan Susunan Perangkat Daerah;",
]
DIKTUM = [
    "Membentuk Tim Penyusun Kurikulum Muatan Lokal Bahasa Jawa Tahun 2024 dengan susunan keanggotaan sebagaimana tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari Keputusan ini.",
    "Tim sebagaimana dimaksud dalam Diktum KESATU bertugas menyusun naskah kurikulum dan melaporkan hasilnya kepada Kepala Dinas.",
    "Keputusan ini mulai berlaku pada tanggal ditetapkan.",
]


def set_font(doc, name="Bookman Old Style", size=12):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)


def page(section, w=215, h=330, landscape=False):
    section.page_width, section.page_height = (Mm(h), Mm(w)) if landscape else (Mm(w), Mm(h))
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
    section.left_margin, section.right_margin = Mm(30), Mm(20)
    section.top_margin, section.bottom_margin = Mm(20), Mm(25)


def para(doc_or_cell, text="", bold=False, center=False, left_mm=None, hanging_mm=None, italic_words=()):
    p = doc_or_cell.add_paragraph()
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if left_mm is not None:
        p.paragraph_format.left_indent = Mm(left_mm)
    if hanging_mm is not None:
        p.paragraph_format.first_line_indent = Mm(-hanging_mm)
    # split on tabs into runs with real w:tab elements
    parts = re.split(r"(\t)", text)
    for part in parts:
        if part == "\t":
            p.add_run().add_tab()
        elif part:
            r = p.add_run(part)
            r.bold = bold
    return p


def kop(doc, logo=False):
    if logo:
        path = os.path.join(OUT, "logo.png")
        with open(path, "wb") as f:
            f.write(PNG)
        doc.add_picture(path, width=Mm(20))
        doc.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
        os.remove(path)
    para(doc, "PEMERINTAH KABUPATEN SLEMAN", bold=True, center=True)
    para(doc, "DINAS PENDIDIKAN", bold=True, center=True)
    para(doc, "Jalan Parasamya Nomor 1, Beran, Tridadi, Sleman, Yogyakarta 55511", center=True)


def title_block(doc, number="421/0123/2024", official="KEPALA DINAS PENDIDIKAN KABUPATEN SLEMAN,"):
    para(doc)
    para(doc, "KEPUTUSAN KEPALA DINAS PENDIDIKAN KABUPATEN SLEMAN", bold=True, center=True)
    para(doc, "NOMOR " + number, bold=True, center=True)
    para(doc)
    para(doc, "TENTANG", bold=True, center=True)
    para(doc)
    para(doc, "PENETAPAN TIM PENYUSUN KURIKULUM MUATAN LOKAL", bold=True, center=True)
    para(doc, "BAHASA JAWA TAHUN 2024", bold=True, center=True)
    para(doc)
    para(doc, official, bold=True, center=True)
    para(doc)


def typed_part(doc, label, items, letters):
    for i, text in enumerate(items):
        marker = (chr(ord("a") + i) if letters else str(i + 1)) + "."
        lead = label + "\t:\t" if i == 0 else "\t\t"
        para(doc, lead + marker + "\t" + text, left_mm=48, hanging_mm=48)


def closing(doc, delegation="", place="Sleman", date="5 Maret 2024", ttd=False):
    para(doc)
    para(doc, "Ditetapkan di " + place, left_mm=95)
    para(doc, "pada tanggal " + date, left_mm=95)
    para(doc)
    if delegation == "a.n.":
        para(doc, "a.n. KEPALA DINAS PENDIDIKAN KABUPATEN SLEMAN,", left_mm=95)
        para(doc, "SEKRETARIS,", left_mm=95)
    else:
        para(doc, (delegation + " " if delegation else "") + "KEPALA DINAS PENDIDIKAN KABUPATEN SLEMAN,", left_mm=95)
    if ttd:
        para(doc, "ttd.", left_mm=95)
    else:
        para(doc, left_mm=95)
        para(doc, left_mm=95)
    para(doc, "SRI WAHYUNI LESTARI, S.Pd., M.M.", bold=True, left_mm=95)
    para(doc, "Pembina Tingkat I (IV/b)", left_mm=95)
    para(doc, "NIP 19750312 199903 2 004", left_mm=95)


def tembusan(doc):
    para(doc)
    para(doc, "Tembusan:")
    for i, t in enumerate(["Bupati Sleman;", "Inspektur Kabupaten Sleman;", "Yang bersangkutan."]):
        para(doc, f"{i + 1}.\t{t}", left_mm=8, hanging_mm=8)


def numbering(doc, num_id, fmt, text, left=1418, hanging=567):
    """An abstractNum + num pair in numbering.xml; returns num_id."""
    part = doc.part.numbering_part.element
    ab = OxmlElement("w:abstractNum")
    ab.set(qn("w:abstractNumId"), str(num_id))
    for lvl_i in range(2):
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(lvl_i))
        for tag, val in (("w:start", "1"), ("w:numFmt", fmt if lvl_i == 0 else "decimal"),
                         ("w:lvlText", text if lvl_i == 0 else "%2)"), ("w:lvlJc", "left")):
            e = OxmlElement(tag)
            e.set(qn("w:val"), val)
            lvl.append(e)
        ppr = OxmlElement("w:pPr")
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), str(left + lvl_i * 567))
        ind.set(qn("w:hanging"), str(hanging))
        ppr.append(ind)
        lvl.append(ppr)
        ab.append(lvl)
    first_num = part.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(ab)
    else:
        part.append(ab)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    a = OxmlElement("w:abstractNumId")
    a.set(qn("w:val"), str(num_id))
    num.append(a)
    part.append(num)
    return num_id


def numbered(p, num_id, ilvl=0):
    ppr = p._p.get_or_add_pPr()
    np_ = OxmlElement("w:numPr")
    l = OxmlElement("w:ilvl")
    l.set(qn("w:val"), str(ilvl))
    n = OxmlElement("w:numId")
    n.set(qn("w:val"), str(num_id))
    np_.append(l)
    np_.append(n)
    ppr.insert(0, np_)


def cell_shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def header_row(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    trpr.append(h)


def lampiran(doc, landscape):
    sec = doc.add_section()
    page(sec, landscape=landscape)
    para(doc, "LAMPIRAN\t:\tKEPUTUSAN KEPALA DINAS PENDIDIKAN KABUPATEN SLEMAN", left_mm=140 if landscape else 80)
    para(doc, "NOMOR\t:\t421/0123/2024", left_mm=140 if landscape else 80)
    para(doc, "TANGGAL\t:\t5 Maret 2024", left_mm=140 if landscape else 80)
    para(doc, "TENTANG\t:\tPENETAPAN TIM PENYUSUN KURIKULUM MUATAN LOKAL BAHASA JAWA TAHUN 2024", left_mm=140 if landscape else 80)
    para(doc)
    para(doc, "SUSUNAN KEANGGOTAAN TIM PENYUSUN KURIKULUM MUATAN LOKAL BAHASA JAWA", bold=True, center=True)
    para(doc)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    hdr = t.rows[0]
    header_row(hdr)
    for c, text in zip(hdr.cells, ["NO", "NAMA", "JABATAN DALAM TIM", "UNSUR"]):
        c.paragraphs[0].add_run(text).bold = True
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        cell_shade(c, "D9D9D9")
    group = t.add_row()
    merged = group.cells[0].merge(group.cells[3])
    merged.paragraphs[0].add_run("A. Pengarah").bold = True
    people = [("1.", "Drs. Harda Kiswaya, M.Si.", "Pengarah", "Dinas Pendidikan"),
              ("2.", "Ir. Suparmono, M.M.", "", "Dinas Pendidikan"),
              ("3.", "Ki Sugeng Wiyono", "Anggota", "Dewan Kebudayaan")]
    first_row = None
    for i, (no, name, role, unsur) in enumerate(people):
        r = t.add_row()
        r.cells[0].text, r.cells[1].text, r.cells[3].text = no, name, unsur
        r.cells[0].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        if i == 0:
            first_row = r
            r.cells[2].text = role
        elif i == 1:
            first_row.cells[2].merge(r.cells[2])  # vMerge: Pengarah over two rows
        else:
            r.cells[2].text = role
    para(doc)
    para(doc, "JADWAL KEGIATAN", bold=True, center=True)
    s = doc.add_table(rows=1, cols=5)
    s.style = "Table Grid"
    for c, text in zip(s.rows[0].cells, ["KEGIATAN", "JAN", "FEB", "MAR", "APR"]):
        c.text = text
    for name, months in (("Penyusunan naskah", (1, 2)), ("Uji publik", (3,)), ("Penetapan", (4,))):
        r = s.add_row()
        r.cells[0].text = name
        for m in months:
            cell_shade(r.cells[m], "BFBFBF")
    para(doc)
    para(doc, "KEPALA DINAS PENDIDIKAN KABUPATEN SLEMAN,", left_mm=180 if landscape else 95)
    para(doc, left_mm=180 if landscape else 95)
    para(doc, "SRI WAHYUNI LESTARI, S.Pd., M.M.", bold=True, left_mm=180 if landscape else 95)


def add_tracked_and_comment(path):
    """Wraps a run of the second Mengingat item in w:ins, adds a w:del run and a comment on the
    first diktum: python-docx 0.8 has no API for either, so the package is edited directly."""
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    doc = parts["word/document.xml"].decode()
    ins = ('<w:ins w:id="801" w:author="Penyunting" w:date="2024-03-01T09:00:00Z"><w:r><w:t xml:space="preserve"> sebagaimana telah diubah '
           'beberapa kali</w:t></w:r></w:ins><w:del w:id="802" w:author="Penyunting" w:date="2024-03-01T09:00:00Z"><w:r>'
           '<w:delText>KATA YANG DIHAPUS</w:delText></w:r></w:del>')
    doc = doc.replace("Nomor 5587);</w:t></w:r>", "Nomor 5587);</w:t></w:r>" + ins, 1)
    anchor = "<w:t>Membentuk Tim"
    k = doc.find(anchor)
    start = doc.rfind("<w:r>", 0, k)
    doc = doc[:start] + '<w:commentRangeStart w:id="0"/>' + doc[start:]
    end = doc.find("</w:r>", doc.find(anchor)) + len("</w:r>")
    doc = doc[:end] + '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>' + doc[end:]
    parts["word/document.xml"] = doc.encode()
    parts["word/comments.xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        '<w:comment w:id="0" w:author="Kasubbag Hukum" w:date="2024-03-01T10:00:00Z"><w:p><w:r><w:t>Periksa lagi susunan tim.</w:t></w:r></w:p></w:comment>'
        '</w:comments>').encode()
    rels = parts["word/_rels/document.xml.rels"].decode()
    rels = rels.replace("</Relationships>", '<Relationship Id="rIdKomentar" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>')
    parts["word/_rels/document.xml.rels"] = rels.encode()
    ct = parts["[Content_Types].xml"].decode()
    ct = ct.replace("</Types>", '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>')
    parts["[Content_Types].xml"] = ct.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, b in parts.items():
            z.writestr(n, b)


# 1. typed markers, Plt., rank and NIP, tembusan, a logo
d = Document()
set_font(d)
page(d.sections[0])
kop(d, logo=True)
title_block(d, official="KEPALA DINAS PENDIDIKAN KABUPATEN SLEMAN,")
typed_part(d, "Menimbang", MENIMBANG, True)
para(d)
typed_part(d, "Mengingat", MENGINGAT, False)
para(d)
para(d, "MEMUTUSKAN:", bold=True, center=True)
para(d, "Menetapkan\t:\tKEPUTUSAN KEPALA DINAS PENDIDIKAN KABUPATEN SLEMAN TENTANG " + TITLE + ".", left_mm=40, hanging_mm=40)
for label, text in zip(["KESATU", "KEDUA", "KETIGA"], DIKTUM):
    para(d, label + "\t:\t" + text, left_mm=40, hanging_mm=40)
closing(d, delegation="Plt.")
tembusan(d)
d.save(os.path.join(OUT, "1-ketik-tab.docx"))

# 2. Word numbering (w:numPr), nested list, A4 paper, the kop in the page header, tracked
#    changes and a comment
d = Document()
set_font(d, "Arial", 11)
page(d.sections[0], 210, 297)
header = d.sections[0].header
header.paragraphs[0].text = "PEMERINTAH KABUPATEN SLEMAN"
header.add_paragraph("DINAS PENDIDIKAN")
header.add_paragraph("Jalan Parasamya Nomor 1, Beran, Tridadi, Sleman, Yogyakarta 55511")
title_block(d)
letters = numbering(d, 90, "lowerLetter", "%1.")
numbers = numbering(d, 91, "decimal", "%1.")
nested = numbering(d, 92, "decimal", "%1.", left=1985)
for i, t in enumerate(MENIMBANG):
    p = para(d, ("Menimbang\t:\t" if i == 0 else "") + t)
    numbered(p, letters)
para(d)
for i, t in enumerate(MENGINGAT):
    p = para(d, ("Mengingat\t:\t" if i == 0 else "") + t)
    numbered(p, numbers)
para(d)
para(d, "MEMUTUSKAN :", bold=True, center=True)
para(d, "Menetapkan\t:\tKEPUTUSAN KEPALA DINAS PENDIDIKAN KABUPATEN SLEMAN TENTANG " + TITLE + ".")
para(d, "KESATU\t:\t" + DIKTUM[0])
para(d, "KEDUA\t:\tTim sebagaimana dimaksud dalam Diktum KESATU bertugas:")
for t in ["menyusun naskah kurikulum muatan lokal;", "melaksanakan uji publik; dan", "melaporkan hasilnya kepada Kepala Dinas."]:
    numbered(para(d, t), nested)
para(d, "KETIGA\t:\t" + DIKTUM[2])
closing(d)
d.save(os.path.join(OUT, "2-nomor-word.docx"))
add_tracked_and_comment(os.path.join(OUT, "2-nomor-word.docx"))

# 3. SALINAN in a text box, a borderless layout table for the parts (diktum labels typed "Kesatu"), a.n., a certified
#    copy with the closing laid out side by side in a table
d = Document()
set_font(d)
page(d.sections[0])
# SALINAN in a text box (VML, as older Word versions save it), anchored in an empty paragraph
box = para(d)
box._p.append(parse_xml(
    '<w:r %s xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape style="width:80pt;height:20pt">'
    '<v:textbox><w:txbxContent><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>SALINAN</w:t></w:r></w:p></w:txbxContent>'
    '</v:textbox></v:shape></w:pict></w:r>' % nsdecls("w")))
kop(d)
title_block(d)
t = d.add_table(rows=0, cols=4)
for label, items, letters_ in (("Menimbang", MENIMBANG, True), ("Mengingat", MENGINGAT, False)):
    for i, text in enumerate(items):
        r = t.add_row().cells
        r[0].text = label if i == 0 else ""
        r[1].text = ":" if i == 0 else ""
        r[2].text = (chr(ord("a") + i) if letters_ else str(i + 1)) + "."
        r[3].text = text
para(d, "M E M U T U S K A N :", bold=True, center=True)
t = d.add_table(rows=0, cols=3)
r = t.add_row().cells
r[0].text, r[1].text, r[2].text = "Menetapkan", ":", "KEPUTUSAN KEPALA DINAS PENDIDIKAN KABUPATEN SLEMAN TENTANG " + TITLE + "."
for label, text in zip(["Kesatu", "Kedua", "Ketiga"], DIKTUM):
    r = t.add_row().cells
    r[0].text, r[1].text, r[2].text = label, ":", text
# the closing side by side in a borderless table: the certification at the left, the signature
# at the right, as many certified copies are laid out
t = d.add_table(rows=1, cols=2)
left, right = t.rows[0].cells
left.paragraphs[0].text = ""
for line in ["", "", "", "", "Salinan sesuai dengan aslinya", "DINAS PENDIDIKAN KABUPATEN SLEMAN",
             "KEPALA SUBBAGIAN UMUM DAN KEPEGAWAIAN,", "", "BAMBANG HERI SUSANTO, S.E.", "NIP 19800517 200501 1 003"]:
    left.add_paragraph(line)
right.paragraphs[0].text = "Ditetapkan di Sleman"
for line in ["pada tanggal 5 Maret 2024", "", "a.n. KEPALA DINAS PENDIDIKAN KABUPATEN SLEMAN,", "SEKRETARIS,", "ttd.",
             "SRI WAHYUNI LESTARI, S.Pd., M.M.", "Pembina Tingkat I (IV/b)", "NIP 19750312 199903 2 004"]:
    right.add_paragraph(line)
d.save(os.path.join(OUT, "3-tabel-tata-letak.docx"))

# 4. a landscape Lampiran with merged cells, a header row, shading
d = Document()
set_font(d)
page(d.sections[0])
kop(d)
title_block(d)
typed_part(d, "Menimbang", MENIMBANG, True)
typed_part(d, "Mengingat", MENGINGAT, False)
para(d, "MEMUTUSKAN:", bold=True, center=True)
para(d, "Menetapkan\t:\tKEPUTUSAN KEPALA DINAS PENDIDIKAN KABUPATEN SLEMAN TENTANG " + TITLE + ".")
for label, text in zip(["KESATU", "KEDUA", "KETIGA"], DIKTUM):
    para(d, label + "\t:\t" + text)
closing(d)
lampiran(d, landscape=True)
d.save(os.path.join(OUT, "4-lampiran-tabel.docx"))

# 5. PERTAMA/KEDUA labels, a dash list, a date left open, a portrait Lampiran with paragraphs
d = Document()
set_font(d)
page(d.sections[0])
kop(d)
title_block(d, number="421/     /2024")
typed_part(d, "Menimbang", MENIMBANG, True)
typed_part(d, "Mengingat", MENGINGAT, False)
para(d, "MEMUTUSKAN:", bold=True, center=True)
para(d, "Menetapkan\t:\tKEPUTUSAN KEPALA DINAS PENDIDIKAN KABUPATEN SLEMAN TENTANG " + TITLE + ".")
para(d, "PERTAMA\t:\t" + DIKTUM[0])
para(d, "KEDUA\t:\tTim bertugas:")
for t in ["menyusun naskah;", "melaksanakan uji publik."]:
    para(d, "-\t" + t, left_mm=50, hanging_mm=5)
para(d, "KETIGA\t:\t" + DIKTUM[2])
closing(d, date="       Maret 2024")
sec = d.add_section()
page(sec)
para(d, "LAMPIRAN\t:\tKEPUTUSAN KEPALA DINAS PENDIDIKAN KABUPATEN SLEMAN", left_mm=80)
para(d, "NOMOR\t:\t421/     /2024", left_mm=80)
para(d, "TENTANG\t:\tPENETAPAN TIM PENYUSUN KURIKULUM MUATAN LOKAL BAHASA JAWA TAHUN 2024", left_mm=80)
para(d)
para(d, "URAIAN TUGAS TIM", bold=True, center=True)
para(d, "Tim mempunyai uraian tugas sebagai berikut:")
for i, t in enumerate(["Ketua memimpin rapat tim;", "Sekretaris menyusun notulen;", "Anggota menyusun bahan ajar."]):
    para(d, f"{i + 1}.\t{t}", left_mm=8, hanging_mm=8)
para(d)
para(d, "KEPALA DINAS PENDIDIKAN KABUPATEN SLEMAN,", left_mm=95)
para(d, left_mm=95)
para(d, "SRI WAHYUNI LESTARI, S.Pd., M.M.", bold=True, left_mm=95)
d.save(os.path.join(OUT, "5-pertama-strip.docx"))

# 6. a Peraturan Daerah typed in Word: BAB, Bagian, Paragraf and Pasal headings centred, ayat
# typed "(1)" + tab with a hanging indent, a list in an ayat, the joint approval, the closing
# order, the Diundangkan block, the gazette and register lines, a Penjelasan with notes indented
# under their headings and the TAMBAHAN line
d = Document()
set_font(d)
page(d.sections[0])
para(d, "BUPATI SLEMAN", bold=True, center=True)
para(d, "DAERAH ISTIMEWA YOGYAKARTA", bold=True, center=True)
para(d)
para(d, "PERATURAN DAERAH KABUPATEN SLEMAN", bold=True, center=True)
para(d, "NOMOR 7 TAHUN 2024", bold=True, center=True)
para(d)
para(d, "TENTANG", bold=True, center=True)
para(d)
para(d, "PENGELOLAAN TAMAN BACAAN MASYARAKAT", bold=True, center=True)
para(d)
para(d, "DENGAN RAHMAT TUHAN YANG MAHA ESA", bold=True, center=True)
para(d)
para(d, "BUPATI SLEMAN,", bold=True, center=True)
para(d)
typed_part(d, "Menimbang", ["bahwa taman bacaan masyarakat perlu dikelola untuk menumbuhkan minat baca;",
                            "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu membentuk Peraturan Daerah tentang Pengelolaan Taman Bacaan Masyarakat;"], True)
typed_part(d, "Mengingat", MENGINGAT[:2], False)
para(d)
para(d, "Dengan Persetujuan Bersama", center=True)
para(d, "DEWAN PERWAKILAN RAKYAT DAERAH KABUPATEN SLEMAN", bold=True, center=True)
para(d, "dan", center=True)
para(d, "BUPATI SLEMAN", bold=True, center=True)
para(d)
para(d, "MEMUTUSKAN:", bold=True, center=True)
para(d, "Menetapkan\t:\tPERATURAN DAERAH TENTANG PENGELOLAAN TAMAN BACAAN MASYARAKAT.", left_mm=30, hanging_mm=30)
para(d)
for line in ["BAB I", "KETENTUAN UMUM", "Pasal 1"]:
    para(d, line, bold=line != "Pasal 1", center=True)
para(d, "Dalam Peraturan Daerah ini yang dimaksud dengan:")
for i, t in enumerate(["Daerah adalah Kabupaten Sleman.", "Taman Bacaan Masyarakat adalah tempat membaca yang dikelola oleh masyarakat."]):
    para(d, f"{i + 1}.\t{t}", left_mm=8, hanging_mm=8)
para(d)
for line in ["BAB II", "PENGELOLAAN", "Bagian Kesatu", "Pengelola", "Paragraf 1", "Pengurus", "Pasal 2"]:
    para(d, line, bold=line.isupper(), center=True)
para(d, "(1)\tTaman Bacaan Masyarakat dikelola oleh pengurus.", left_mm=10, hanging_mm=10)
para(d, "(2)\tPengurus sebagaimana dimaksud pada ayat (1) terdiri atas:", left_mm=10, hanging_mm=10)
for i, t in enumerate(["ketua;", "sekretaris; dan", "bendahara."]):
    para(d, chr(ord("a") + i) + ".\t" + t, left_mm=18, hanging_mm=8)
para(d, "Pasal 3", center=True)
para(d, "Pengurus melaporkan kegiatan setiap tahun kepada Bupati.")
para(d)
for line in ["BAB III", "KETENTUAN PENUTUP", "Pasal 4"]:
    para(d, line, bold=line != "Pasal 4", center=True)
para(d, "Peraturan Daerah ini mulai berlaku pada tanggal diundangkan.")
para(d, "Agar setiap orang mengetahuinya, memerintahkan pengundangan Peraturan Daerah ini dengan penempatannya dalam Lembaran Daerah Kabupaten Sleman.")
para(d)
para(d, "Ditetapkan di Sleman", left_mm=95)
para(d, "pada tanggal 5 Maret 2024", left_mm=95)
para(d, "BUPATI SLEMAN,", left_mm=95)
para(d, left_mm=95)
para(d, left_mm=95)
para(d, "HARTONO WIBOWO", bold=True, left_mm=95)
para(d)
para(d, "Diundangkan di Sleman")
para(d, "pada tanggal 6 Maret 2024")
para(d, "SEKRETARIS DAERAH KABUPATEN SLEMAN,")
para(d)
para(d)
para(d, "SUSILO HANDAYANI", bold=True)
para(d)
para(d, "LEMBARAN DAERAH KABUPATEN SLEMAN TAHUN 2024 NOMOR 7")
para(d, "NOREG PERATURAN DAERAH KABUPATEN SLEMAN, DAERAH ISTIMEWA YOGYAKARTA: (7/2024)")
d.add_page_break()
for line in ["PENJELASAN", "ATAS", "PERATURAN DAERAH KABUPATEN SLEMAN", "NOMOR 7 TAHUN 2024", "TENTANG", "PENGELOLAAN TAMAN BACAAN MASYARAKAT"]:
    para(d, line, bold=True, center=True)
para(d)
para(d, "I.\tUMUM")
para(d, "Minat baca masyarakat perlu ditumbuhkan melalui taman bacaan yang dikelola dengan baik.", left_mm=8)
para(d, "II.\tPASAL DEMI PASAL")
para(d, "Pasal 1", left_mm=8)
para(d, "Cukup jelas.", left_mm=16)
para(d, "Pasal 2", left_mm=8)
para(d, "Ayat (1)", left_mm=16)
para(d, "Cukup jelas.", left_mm=24)
para(d, "Ayat (2)", left_mm=16)
para(d, "Huruf a", left_mm=24)
para(d, "Ketua dipilih oleh anggota.", left_mm=32)
para(d, "Huruf b", left_mm=24)
para(d, "Cukup jelas.", left_mm=32)
para(d, "Huruf c", left_mm=24)
para(d, "Cukup jelas.", left_mm=32)
for k in (3, 4):
    para(d, f"Pasal {k}", left_mm=8)
    para(d, "Cukup jelas.", left_mm=16)
para(d)
para(d, "TAMBAHAN LEMBARAN DAERAH KABUPATEN SLEMAN NOMOR 21")
d.save(os.path.join(OUT, "6-perda.docx"))
print("wrote 6 documents to", OUT)
