"""Run by LibreOffice's Python (python3 with uno): open a .docx, accept or reject every tracked
change (or neither: ``none``), print ``style<TAB>list label + text`` per paragraph, the rows of
each table, the page count and whether the last page is landscape.

    python3 tests/tools/lo_review.py DRAFT.docx accept|reject|none PROFILE_DIR PORT
"""
import os
import re
import subprocess
import sys
import time
import zipfile

import uno
from com.sun.star.beans import PropertyValue


def _prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


_COMMENT = re.compile(r"<w:commentRange(Start|End) [^>]*/>|<w:r>(?:(?!</w:r>).)*?<w:commentReference [^>]*/></w:r>", re.S)


def _without_comments(path, folder):
    """A copy of the .docx without comment anchors: LibreOffice 7.4 driven through UNO
    without a display fails to load any document with comments (python-docx's own
    add_comment included), while --convert-to loads them; the change view is what is
    checked here, and comments are no part of it."""
    out = os.path.join(folder, "review-" + os.path.basename(path))
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml":
                data = _COMMENT.sub("", data.decode("utf-8")).encode("utf-8")
            dst.writestr(item, data)
    return out


def main(path, mode, profile, port):
    os.makedirs(profile, exist_ok=True)
    path = _without_comments(path, profile)
    proc = subprocess.Popen(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                             "--norestore", f"--accept=socket,host=localhost,port={port};urp;"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local)
        for _ in range(300):
            try:
                ctx = resolver.resolve(
                    f"uno:socket,host=localhost,port={port};urp;StarOffice.ComponentContext")
                break
            except Exception:
                time.sleep(0.2)
        smgr = ctx.ServiceManager
        desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(path)),
                                           "_blank", 0, ())
        if mode != "none":
            helper = smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", ctx)
            command = ".uno:AcceptAllTrackedChanges" if mode == "accept" else ".uno:RejectAllTrackedChanges"
            helper.executeDispatch(doc.getCurrentController().getFrame(), command, "", 0, ())
        paragraphs = doc.getText().createEnumeration()
        while paragraphs.hasMoreElements():
            par = paragraphs.nextElement()
            if par.supportsService("com.sun.star.text.Paragraph"):
                label = par.getPropertyValue("ListLabelString") if par.getPropertyValue("NumberingIsNumber") else ""
                print(f"{par.getPropertyValue('ParaStyleName')}\t{label}{par.getString()}")
            else:
                for name in par.getCellNames():
                    if name.startswith("A"):
                        print("row\t" + par.getCellByName(name).getString())
        view = doc.getCurrentController().getViewCursor()
        view.gotoEnd(False)
        style = doc.getStyleFamilies().getByName("PageStyles").getByName(view.getPropertyValue("PageStyleName"))
        print(f"pages\t{doc.getCurrentController().getPropertyValue('PageCount')}")
        print(f"last page landscape\t{style.getPropertyValue('IsLandscape')}")
        doc.close(True)
    finally:
        proc.terminate()
        proc.wait()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]))
