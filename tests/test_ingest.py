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

    def refuse(self):
        raise PermissionError(13, "Permission denied", str(self))
    monkeypatch.setattr("pathlib.Path.read_bytes", refuse)
    with pytest.raises(InputError) as err:
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
