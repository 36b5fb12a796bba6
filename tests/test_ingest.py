"""Reading input files: encodings, broken and odd files, folders and PDF."""
from __future__ import annotations

import os

import pytest

from kg.ingest import InputError, iter_input_files, read_document

TEXT = "本报讯（记者 罗晓岚）3月8日，全省春季农业生产工作推进会在青禾市召开。\n副省长韩守正出席会议并讲话。\n"


def write(tmp_path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


@pytest.mark.parametrize("encoding,expected", [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8"), ("utf-16", "utf-16"), ("utf-16-be", "utf-16"),
    ("utf-16-le", "utf-16"), ("gbk", "gb18030"), ("gb18030", "gb18030")])
def test_encodings_are_detected(tmp_path, encoding, expected):
    data = TEXT.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data                  # with a byte-order mark
    path = write(tmp_path, f"page_{encoding}.txt", data)
    doc = read_document(path)
    assert doc.text.lstrip("\ufeff") == TEXT
    assert doc.encoding == expected
    assert doc.name == f"page_{encoding}.txt" and doc.path == path


def test_gb18030_only_characters(tmp_path):
    text = "青禾市𠀀镇召开春耕工作会议，副镇长石磊出席。" * 3  # an extension-B character: not in GBK
    doc = read_document(write(tmp_path, "gb.txt", text.encode("gb18030")))
    assert doc.text == text and doc.encoding == "gb18030"


def test_binary_file_is_refused(tmp_path):
    path = write(tmp_path, "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" * 20)
    with pytest.raises(InputError) as err:
        read_document(path)
    assert path in str(err.value) and "binary" in str(err.value)


def test_control_characters_are_refused(tmp_path):
    path = write(tmp_path, "data.md", bytes(range(1, 9)) * 50)
    with pytest.raises(InputError, match="binary"):
        read_document(path)


@pytest.mark.parametrize("data", [b"", b"  \n\r\n\t "])
def test_empty_file_is_refused(tmp_path, data):
    path = write(tmp_path, "empty.txt", data)
    with pytest.raises(InputError) as err:
        read_document(path)
    assert str(err.value).startswith(path) and "empty" in str(err.value)


def test_folder_given_as_a_file_is_refused(tmp_path):
    with pytest.raises(InputError, match="folder"):
        read_document(str(tmp_path))


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file_is_refused(tmp_path):
    path = write(tmp_path, "secret.txt", TEXT.encode())
    os.chmod(path, 0)
    try:
        with pytest.raises(InputError, match="permission"):
            read_document(path)
    finally:
        os.chmod(path, 0o644)


def test_permission_error_is_reported_even_as_root(tmp_path, monkeypatch):
    path = write(tmp_path, "locked.txt", TEXT.encode())

    def refuse(name, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(name))
    with monkeypatch.context() as m, pytest.raises(InputError) as err:
        m.setattr("kg.ingest.os.open", refuse)
        read_document(path)
    assert path in str(err.value) and "permission denied" in str(err.value)


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_document(str(tmp_path / "nope.txt"))


def test_iter_input_files_walks_folders_sorted(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "deep").mkdir(parents=True)
    for name in ("b/2.txt", "a/deep/1.md", "a/0.pdf", "a/skip.json", "b/UPPER.TXT", "c.txt"):
        (tmp_path / name).write_bytes(b"x")
    single = str(tmp_path / "a" / "skip.json")     # a file named explicitly is taken whatever its suffix
    found = list(iter_input_files([str(tmp_path / "a"), str(tmp_path / "b"), single]))
    rel = [os.path.relpath(p, tmp_path) for p in found]
    assert rel == ["a/0.pdf", "a/deep/1.md", "b/2.txt", "b/UPPER.TXT", "a/skip.json"]


def test_iter_input_files_missing_path_names_it(tmp_path):
    missing = str(tmp_path / "gone")
    with pytest.raises(InputError) as err:
        list(iter_input_files([missing]))
    assert err.value.path == missing and missing in str(err.value)


# ---------------------------------------------------------------------------------------------------- PDF

def make_pdf(path: str, pages: list[list[tuple[float, float, str, int]]]) -> None:
    canvas = pytest.importorskip("reportlab.pdfgen.canvas", reason="reportlab is needed to make a test PDF")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))   # a built-in CID font: no font file needed
    c = canvas.Canvas(path, pagesize=(600, 800))
    for page in pages:
        for x, y, text, size in page:
            c.setFont("STSong-Light", size)
            c.drawString(x, y, text)
        c.showPage()
    c.save()


def test_pdf_columns_are_read_one_after_the_other(tmp_path):
    pytest.importorskip("pdfplumber", reason="pdfplumber reads PDFs")
    path = str(tmp_path / "page.pdf")
    page = [(40, 750, "横跨两栏的标题：云岭县春耕全面展开", 20)]
    for i in range(10):
        page.append((40, 700 - i * 16, f"左栏第{i + 1}行：全县春耕进展顺利。", 12))
        page.append((320, 700 - i * 16, f"右栏第{i + 1}行：农机服务到田头。", 12))
    make_pdf(path, [page, [(40, 700, "第二页的文字。", 12)]])
    doc = read_document(path)
    assert doc.encoding == "pdf"
    lines = [ln for ln in doc.text.split("\n") if ln.strip()]
    assert lines[0] == "横跨两栏的标题：云岭县春耕全面展开"
    assert lines[1:11] == [f"左栏第{i + 1}行：全县春耕进展顺利。" for i in range(10)]
    assert lines[11:21] == [f"右栏第{i + 1}行：农机服务到田头。" for i in range(10)]
    assert lines[21] == "第二页的文字。"


def test_broken_pdf_is_refused(tmp_path):
    pytest.importorskip("pdfplumber", reason="pdfplumber reads PDFs")
    path = str(tmp_path / "broken.pdf")
    make_pdf(path, [[(40, 700, "一页文字。", 12)]])
    with open(path, "rb") as f:
        head = f.read(200)
    with open(path, "wb") as f:
        f.write(head)
    with pytest.raises(InputError) as err:
        read_document(path)
    assert path in str(err.value) and "PDF" in str(err.value)


# -- issue 16: what is not a regular file, folders' odd entries, a few bad bytes ---------------------------
def test_a_fifo_given_as_input_is_refused_at_once(tmp_path):
    """A FIFO nobody writes to used to hang the run for ever (reading it blocks)."""
    import subprocess
    import sys

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    out = tmp_path / "out.jsonl"
    run = subprocess.run([sys.executable, "-m", "kg.cli", "extract", str(fifo), "-o", str(out)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 2, run.stderr
    assert f"{fifo}: a FIFO" in run.stderr and "no document was read" in run.stderr


def test_a_device_is_refused_without_reading_it():
    with pytest.raises(InputError, match="character device"):
        read_document("/dev/zero")


def test_reading_stops_after_the_limit_whatever_st_size_says(tmp_path, monkeypatch):
    import kg.ingest

    big = tmp_path / "grows.txt"
    big.write_bytes(TEXT.encode() * 20000)                 # ~2 MB of text, over a 1 MB limit
    monkeypatch.setenv("KG_MAX_MB", "1")
    real_fstat, real_read, read = os.fstat, os.read, []

    def lying_fstat(fd):                                   # like /proc files: st_size 0
        st = real_fstat(fd)
        return os.stat_result((st.st_mode, st.st_ino, st.st_dev, st.st_nlink, st.st_uid, st.st_gid, 0,
                               st.st_atime, st.st_mtime, st.st_ctime))

    def counting_read(fd, n):
        data = real_read(fd, n)
        read.append(len(data))
        return data

    monkeypatch.setattr(kg.ingest.os, "fstat", lying_fstat)
    monkeypatch.setattr(kg.ingest.os, "read", counting_read)
    with pytest.raises(InputError, match="over the 1 MB limit"):
        read_document(str(big))
    assert sum(read) == 1024 * 1024 + 1


def test_odd_entries_in_a_folder_are_listed_as_skipped(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    os.symlink("loop.txt", tmp_path / "loop.txt")
    os.symlink("gone.txt", tmp_path / "broken.txt")
    os.symlink("/dev/zero", tmp_path / "zero.txt")
    (tmp_path / "table.xlsx").write_bytes(b"PK\x03\x04")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG")
    (tmp_path / ".DS_Store").write_bytes(b"x")             # hidden: passed over without a word
    skipped = {}
    found = list(iter_input_files([str(tmp_path)], lambda path, why: skipped.update({os.path.basename(path): why})))
    assert found == [str(tmp_path / "a.txt")]
    assert "FIFO" in skipped["pipe.txt"] and "loop" in skipped["loop.txt"] and "broken" in skipped["broken.txt"]
    assert "character device" in skipped["zero.txt"]
    assert ".xlsx" in skipped["table.xlsx"] and ".png" in skipped["photo.png"] and ".txt" in skipped["table.xlsx"]
    assert ".DS_Store" not in skipped


def test_odd_entries_reach_the_summary(tmp_path, capsys):
    from kg.cli import main

    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "book.xlsx").write_bytes(b"PK\x03\x04")
    assert main(["extract", str(tmp_path), "-o", str(tmp_path / "out.jsonl")]) == 2   # nothing readable
    err = capsys.readouterr().err
    assert "pipe.txt: a FIFO" in err and "book.xlsx: a .xlsx file" in err


def test_a_few_bad_bytes_in_utf8_are_replaced_not_the_whole_file_lost(tmp_path):
    good = (TEXT * 20).encode("utf-8")
    middle = len(good) // 2
    cut = good.index("副".encode(), middle)                 # at a character boundary
    data = good[:cut] + b"\xff\xfe\x80" + good[cut:]
    doc = read_document(write(tmp_path, "damaged.txt", data))
    assert doc.encoding == "utf-8 (3 bad bytes replaced)"
    assert doc.text == (TEXT * 20)[:len(good[:cut].decode())] + "\ufffd" * 3 + good[cut:].decode()


def test_gbk_is_not_taken_for_damaged_utf8(tmp_path):
    doc = read_document(write(tmp_path, "gbk.txt", (TEXT * 5).encode("gbk")))
    assert doc.encoding == "gb18030" and doc.text == TEXT * 5


# -- web pages and Word files: the text, not the markup, through the same ingest path ------------------------
PAGE = ("<!DOCTYPE html><html><head><meta charset=\"{charset}\"><title>新闻</title>"
        "<script>var leak = \"省长王某某主持会议\";</script><style>p {{color: red}}</style></head><body>"
        "<div class=\"article\"><h1>全省春季农业生产工作推进会召开</h1>"
        "<p>本报讯 3月8日，全省春季农业生产工作推进会在青禾市召开。副省长韩守正出席会议并讲话。</p>"
        "<p>会议强调，要压实责任，确保各项任务按期完成，全力抓好春耕备耕各项工作，为全年粮食丰收打下坚实基础。</p></div>"
        "<footer>版权所有 省政府办公厅 联系我们</footer></body></html>")


@pytest.mark.parametrize("charset", ["utf-8", "gbk"])
def test_a_saved_web_page_is_read_as_its_article_text(tmp_path, charset):
    pytest.importorskip("trafilatura")
    path = write(tmp_path, "page.html", PAGE.format(charset=charset).encode(charset))
    doc = read_document(path)
    assert doc.encoding == "html"
    assert "副省长韩守正出席会议并讲话。" in doc.text and "全省春季农业生产工作推进会召开" in doc.text
    assert "<" not in doc.text and "leak" not in doc.text and "color" not in doc.text


def test_a_word_file_is_read_paragraphs_and_tables_in_order(tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_heading("全省春季农业生产工作推进会召开", level=1)
    document.add_paragraph("本报讯 3月8日，全省春季农业生产工作推进会在青禾市召开。")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "出席", "副省长韩守正"
    document.add_paragraph("副省长韩守正出席会议并讲话。")
    path = tmp_path / "report.docx"
    document.save(path)
    doc = read_document(str(path))
    assert doc.encoding == "docx"
    assert doc.text.split("\n") == ["全省春季农业生产工作推进会召开", "本报讯 3月8日，全省春季农业生产工作推进会在青禾市召开。",
                                    "出席\t副省长韩守正", "副省长韩守正出席会议并讲话。"]


def test_a_broken_word_file_is_refused_with_the_reason(tmp_path):
    pytest.importorskip("docx")
    with pytest.raises(InputError, match="Word file"):
        read_document(write(tmp_path, "broken.docx", b"PK\x03\x04 not really a zip"))


def test_web_page_and_word_file_go_through_extraction_with_true_offsets(tmp_path, nlp):
    pytest.importorskip("trafilatura")
    docx = pytest.importorskip("docx")
    from kg.cli import main

    write(tmp_path, "page.htm", PAGE.format(charset="utf-8").encode())
    document = docx.Document()
    document.add_paragraph("全省春季农业生产工作推进会召开")
    document.add_paragraph("副省长韩守正出席会议并讲话。")
    document.save(tmp_path / "note.docx")
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(tmp_path), "-o", str(out), "--no-cache"]) == 0
    import json
    for line in out.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        text = read_document(rec["path"]).text
        from kg.clean import clean_text
        cleaned = clean_text(text).text
        han = [e for e in rec["entities"] if e["text"] == "韩守正"]
        assert han, rec["doc"]
        assert all(cleaned[s:e] == "韩守正" for s, e in han[0]["mentions"])
