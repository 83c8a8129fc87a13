"""What a written PDF holds, read back with poppler's tools."""

import subprocess


def pdf_text(path, page=None, layout=True):
    """The text of the PDF (or one page); ``layout``: as laid out on the page, columns side by
    side on one line; otherwise each text block whole, in reading order."""
    command = ["pdftotext", "-layout"] if layout else ["pdftotext"]
    if page:
        command += ["-f", str(page), "-l", str(page)]
    return subprocess.run(command + [str(path), "-"], capture_output=True, text=True, check=True).stdout


def pdf_info(path):
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return dict(line.split(":", 1) for line in info.splitlines() if ":" in line)


def pdf_pages(path):
    return int(pdf_info(path)["Pages"])
