"""Packaging and desktop integration (issue 9): the wheel, the PyInstaller folder, the desktop
entry, AppStream metainfo, the .dres MIME type, the icons and the Windows/macOS associations.

The validators and the MIME database are the real freedesktop tools; the two builds are marked
``slow_build``. The PyInstaller build runs when PyInstaller is installed, and under CI=true it is
installed first, so CI always builds the bundle and exports the example with it, offline.
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import sys
import time
import types
import xml.etree.ElementTree as ET
import zipfile
from importlib import util
from pathlib import Path

import pytest

from delegate_editor import __version__
from tests.office import require

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
ICONS = ROOT / "resources" / "icons"
EXAMPLE = ROOT / "resources" / "examples" / "cybercrime.dres"
APP_ID = "org.delegateeditor.DelegateEditor"
MIME = "application/x-delegate-editor-draft"
DOC_ICON = "application-x-delegate-editor-draft"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def _run(args, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([str(a) for a in args], capture_output=True, text=True, timeout=600, **kwargs)


def _png_size(path: Path) -> tuple[int, int, int]:
    """(width, height, colour type) from the PNG's IHDR chunk."""
    head = path.read_bytes()[:26]
    assert head[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", head[16:24])
    return width, height, head[25]


def _hidden(relative: Path) -> bool:
    """Files the wheel and the bundle leave out: hidden ones (locks, editor files) and caches."""
    return any(part.startswith(".") or part == "__pycache__" for part in relative.parts)


def _render_icons_module():
    spec = util.spec_from_file_location("render_icons", PACKAGING / "render_icons.py")
    module = util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# -- desktop entry, metainfo, MIME type ---------------------------------------------------------
def test_desktop_entry_validates_and_opens_drafts():
    require("desktop-file-validate")
    desktop = LINUX / f"{APP_ID}.desktop"
    result = _run(["desktop-file-validate", desktop])
    assert result.returncode == 0 and not (result.stdout + result.stderr).strip(), (
        result.stdout + result.stderr
    )
    entry = dict(
        line.split("=", 1) for line in desktop.read_text(encoding="utf-8").splitlines() if "=" in line
    )
    assert entry["Exec"] == "delegate-editor %f"  # the CLI opens the app on a file argument
    assert MIME in entry["MimeType"].split(";")
    assert entry["Icon"] == APP_ID
    # Wayland matches windows to this file by the app id Qt is given
    assert f'setDesktopFileName("{APP_ID}")' in (ROOT / "delegate_editor" / "ui" / "app.py").read_text()


def test_metainfo_validates_and_matches_the_app():
    require("appstreamcli")
    metainfo = LINUX / f"{APP_ID}.metainfo.xml"
    result = _run(["appstreamcli", "validate", "--no-net", "--explain", metainfo])
    assert result.returncode == 0, result.stdout + result.stderr
    root = ET.parse(metainfo).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert root.find("provides/mediatype").text == MIME
    assert root.find("releases/release").get("version") == __version__, "add a <release> for this version"


def test_metainfo_screenshots_are_the_docs_images():
    root = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    images = root.findall("screenshots/screenshot/image")
    assert images
    for image in images:
        match = re.search(r"/(docs/images/[^/]+\.png)$", image.text)
        assert match, f"{image.text} is not under docs/images/"
        local = ROOT / match.group(1)
        assert local.is_file(), f"{local} is missing: the screenshot URL would be broken"
        width, height, _ = _png_size(local)
        assert (int(image.get("width")), int(image.get("height"))) == (width, height)


def test_install_registers_the_mime_type_and_icons(tmp_path):
    require("update-mime-database")
    prefix = tmp_path / "prefix"
    result = _run([LINUX / "install.sh", "--prefix", prefix])
    assert result.returncode == 0, result.stderr
    assert not re.search(r"(?i)error|unknown|invalid", result.stderr), result.stderr
    share = prefix / "share"
    for path in (
        share / "applications" / f"{APP_ID}.desktop",
        share / "metainfo" / f"{APP_ID}.metainfo.xml",
        share / "mime" / "packages" / f"{APP_ID}.xml",
        share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
        share / "icons" / "hicolor" / "scalable" / "mimetypes" / f"{DOC_ICON}.svg",
        *(share / "icons" / "hicolor" / f"{s}x{s}" / "mimetypes" / f"{DOC_ICON}.png" for s in SIZES),
    ):
        assert path.is_file(), path
    assert f"{MIME}:*.dres" in (share / "mime" / "globs2").read_text()

    # Qt asks the freedesktop MIME database, as file managers do: by name and by content
    renamed = tmp_path / "sent-by-email.bin"
    shutil.copy(EXAMPLE, renamed)
    probe = (
        "import sys\nfrom PySide6.QtCore import QCoreApplication, QMimeDatabase\n"
        "app = QCoreApplication([])\ndb = QMimeDatabase()\n"
        "for f in sys.argv[1:]:\n"
        "    m = db.mimeTypeForFile(f)\n    print(m.name(), m.iconName(), m.comment())\n"
    )
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "empty"), XDG_DATA_DIRS=f"{share}:/usr/share")
    seen = _run([sys.executable, "-c", probe, EXAMPLE, renamed], env=env)
    assert seen.returncode == 0, seen.stderr
    expected = f"{MIME} {DOC_ICON} Delegate Editor draft resolution"
    assert seen.stdout.splitlines() == [expected, expected]

    removed = _run([LINUX / "install.sh", "--prefix", prefix, "--uninstall"])
    assert removed.returncode == 0, removed.stderr
    assert not (share / "applications" / f"{APP_ID}.desktop").exists()
    assert not list((share / "icons").rglob(f"{DOC_ICON}.*"))
    assert MIME not in (share / "mime" / "globs2").read_text()


def test_install_refuses_an_unknown_option(tmp_path):
    result = _run([LINUX / "install.sh", "--prefx", tmp_path])
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "install.sh: unknown option --prefx (use --prefix DIR or --uninstall)"
    ]
    assert not any(tmp_path.iterdir())


# -- icons ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(("context", "name"), [("apps", APP_ID), ("mimetypes", DOC_ICON)])
def test_icons_in_every_desktop_size(context, name):
    svg = ICONS / "hicolor" / "scalable" / context / f"{name}.svg"
    assert ET.parse(svg).getroot().tag == "{http://www.w3.org/2000/svg}svg"
    for size in SIZES:
        width, height, colour_type = _png_size(ICONS / "hicolor" / f"{size}x{size}" / context / f"{name}.png")
        assert (width, height, colour_type) == (size, size, 6)  # RGBA: a transparent background


@pytest.mark.parametrize(("context", "name"), [("apps", APP_ID), ("mimetypes", DOC_ICON)])
def test_pngs_are_rendered_from_the_current_svg(qapp, context, name):
    """An SVG edited without running packaging/render_icons.py is caught here."""
    from PySide6.QtGui import QImage

    render = _render_icons_module()
    for size in (32, 256):
        fresh = QImage.fromData(render.render_png(render.svg_path(context, name), size)).convertToFormat(
            QImage.Format.Format_RGBA8888
        )
        stored = QImage(str(render.png_path(context, name, size))).convertToFormat(
            QImage.Format.Format_RGBA8888
        )
        a, b = bytes(fresh.constBits()), bytes(stored.constBits())
        assert len(a) == len(b)
        mean_diff = sum(abs(x - y) for x, y in zip(a, b, strict=True)) / len(a)
        assert mean_diff < 2.0, f"{name} {size}px differs from its SVG: run packaging/render_icons.py"


@pytest.mark.parametrize("base", ["delegate-editor", "delegate-editor-draft"])
def test_windows_and_macos_icon_files_hold_every_size(qapp, base):
    from PySide6.QtGui import QImageReader

    for ext, sizes in (("ico", [16, 24, 32, 48, 64, 128, 256]), ("icns", [16, 32, 64, 128, 256, 512, 1024])):
        reader = QImageReader(str(ICONS / f"{base}.{ext}"))
        found = set()
        for index in range(reader.imageCount()):
            reader.jumpToImage(index)
            image = reader.read()
            assert not image.isNull(), reader.errorString()
            found.add(image.width())
        assert set(sizes) <= found, f"{base}.{ext}: {sorted(found)}"


# -- the PyInstaller spec on each platform, and the Windows installer ------------------------------
class _Recorder:
    """Stands in for PyInstaller's spec classes and records how the spec calls them."""

    calls: list[tuple[str, tuple, dict]] = []

    def __init__(self, *args, **kwargs):
        self.args, self.kwargs = args, kwargs
        _Recorder.calls.append((type(self).__name__, args, kwargs))
        self.scripts = [
            ("pyi_rth_x", "", "PYSOURCE"),
            ("launch_cli", "", "PYSOURCE"),
            ("launch_gui", "", "PYSOURCE"),
        ]
        self.pure = self.binaries = self.datas = []


def _spec_on(platform: str, monkeypatch) -> dict[str, list]:
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_submodules = lambda name: [name]
    hooks.collect_dynamic_libs = lambda name: []
    hooks.collect_data_files = lambda name: []
    hooks.copy_metadata = lambda name: []
    for module in ("PyInstaller", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, module, types.ModuleType(module))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    monkeypatch.setattr(sys, "platform", platform)
    _Recorder.calls = []
    names = {n: type(n, (_Recorder,), {}) for n in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")}
    spec = PACKAGING / "delegate-editor.spec"
    exec(compile(spec.read_text(encoding="utf-8"), str(spec), "exec"), {"SPECPATH": str(PACKAGING), **names})
    recorded: dict[str, list] = {}
    for kind, args, kwargs in _Recorder.calls:
        recorded.setdefault(kind, []).append((args, kwargs))
    return recorded


def test_spec_on_linux_one_program_with_resources_and_desktop_files(monkeypatch):
    spec = _spec_on("linux", monkeypatch)
    (args, kwargs), *_ = spec["Analysis"]
    # every module of the package (the registry imports writers by name) and typst's engine
    modules = {
        ".".join(p.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        for p in (ROOT / "delegate_editor").rglob("*.py")
        if p.name != "__main__.py"
    }
    assert "delegate_editor.formats.text" in modules and "delegate_editor" in modules
    assert modules | {"typst"} == set(kwargs["hiddenimports"])
    resources = ROOT / "resources"
    shipped = {(Path(src), Path(dest)) for src, dest in kwargs["datas"] if resources in Path(src).parents}
    expected = {
        (path, Path("delegate_editor/_resources") / path.parent.relative_to(resources))
        for path in resources.rglob("*")
        if path.is_file() and not _hidden(path.relative_to(resources))
    }
    assert shipped == expected and (EXAMPLE, Path("delegate_editor/_resources/examples")) in shipped
    datas = dict((Path(src).name, dest) for src, dest in kwargs["datas"])
    assert datas["install.sh"] == datas[f"{APP_ID}.desktop"] == datas[f"{APP_ID}.xml"] == "desktop"
    [(exe_args, exe)] = spec["EXE"]
    assert exe["name"] == "delegate-editor" and exe["console"] is True
    assert [s[0] for s in exe_args[1]] == ["pyi_rth_x", "launch_cli"]
    assert spec["COLLECT"][0][1]["name"] == "delegate-editor" and "BUNDLE" not in spec


def test_spec_on_windows_adds_the_windowed_program_the_installer_uses(monkeypatch):
    spec = _spec_on("win32", monkeypatch)
    programs = {kw["name"]: (args, kw) for args, kw in spec["EXE"]}
    gui_args, gui = programs["delegate-editor-gui"]
    assert gui["console"] is False and [s[0] for s in gui_args[1]] == ["pyi_rth_x", "launch_gui"]
    assert programs["delegate-editor"][1]["console"] is True
    assert Path(gui["icon"]) == ICONS / "delegate-editor.ico"

    iss = (PACKAGING / "windows" / "delegate-editor.iss").read_text(encoding="utf-8")
    defines = dict(re.findall(r'#define (\w+) "([^"]*)"', iss))
    assert defines["GuiExe"] == "delegate-editor-gui.exe"
    # the draft icon the registry names is the one the bundle carries
    bundled = defines["DraftIcon"].replace("\\", "/").removeprefix("_internal/delegate_editor/_resources/")
    assert (ROOT / "resources" / bundled).is_file()
    assert 'Subkey: "Software\\Classes\\.dres"' in iss and "ChangesAssociations=yes" in iss
    assert '""{app}\\{#GuiExe}"" ""%1""' in iss
    icon = re.search(r"SetupIconFile=(.+)", iss).group(1).strip().replace("\\", "/")
    assert (PACKAGING / "windows" / icon).resolve().is_file()


def test_spec_on_macos_declares_the_draft_document_type(monkeypatch):
    spec = _spec_on("darwin", monkeypatch)
    [(_, bundle)] = spec["BUNDLE"]
    assert bundle["bundle_identifier"] == APP_ID and bundle["version"] == __version__
    plist = bundle["info_plist"]
    [doc_type] = plist["CFBundleDocumentTypes"]
    [uti] = plist["UTExportedTypeDeclarations"]
    assert doc_type["LSItemContentTypes"] == [uti["UTTypeIdentifier"]]
    assert uti["UTTypeTagSpecification"] == {
        "public.filename-extension": ["dres"],
        "public.mime-type": [MIME],
    }
    datas = [Path(src).name for src, _ in spec["Analysis"][0][1]["datas"]]
    assert doc_type["CFBundleTypeIconFile"] in datas and uti["UTTypeIconFile"] in datas
    assert Path(bundle["icon"]).is_file()
    # Finder starts the windowed program: it comes first in the collected folder
    assert spec["COLLECT"][0][0][0].kwargs["name"] == "delegate-editor-gui"


# -- the builds -------------------------------------------------------------------------------------
SOURCES = ("pyproject.toml", "setup.py", "README.md", "delegate_editor", "resources")


def _source_copy(dest: Path) -> Path:
    """What a fresh clone would build from, without caches or other tests' build folders."""
    dest.mkdir()
    for name in SOURCES:
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, dest / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(src, dest / name)
    return dest


def _quiet_env(home: Path) -> dict[str, str]:
    """A bare environment: no PYTHONPATH pointing at the checkout, user folders in ``home``."""
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "DELEGATE_EDITOR_HOME": str(home / "delegate-editor"),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
    }


def _offline(args: list) -> list:
    """Run without a network when the kernel lets us (CI runs as root): proves "offline"."""
    if shutil.which("unshare") and _run(["unshare", "-rn", "true"]).returncode == 0:
        return ["unshare", "-rn", *args]
    return args


def _reference_export(tmp_path: Path, ext: str) -> bytes:
    out = tmp_path / f"reference{ext}"
    result = _run([sys.executable, "-m", "delegate_editor", "export", EXAMPLE, "-o", out], cwd=ROOT)
    assert result.returncode == 0, result.stderr
    return out.read_bytes()


@pytest.mark.slow_build
def test_wheel_carries_the_resources_and_entry_points(tmp_path):
    src = _source_copy(tmp_path / "src")
    result = _run(
        [sys.executable, "-m", "pip", "wheel", ".", "--no-deps", "-w", tmp_path / "wheels"], cwd=src
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    [wheel] = (tmp_path / "wheels").glob("delegate_editor-*.whl")
    assert wheel.name.startswith(f"delegate_editor-{__version__}-py3-none-any")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        entry_points = archive.read(f"delegate_editor-{__version__}.dist-info/entry_points.txt").decode()
    resources = {
        "delegate_editor/_resources/" + p.relative_to(src / "resources").as_posix()
        for p in (src / "resources").rglob("*")
        if p.is_file() and not _hidden(p.relative_to(src / "resources"))
    }
    # e.g. the lock a running app keeps beside the example draft
    assert not [n for n in names if "/." in n], "hidden files must not be packaged"
    assert resources <= names, sorted(resources - names)[:10]
    modules = {p.relative_to(src).as_posix() for p in (src / "delegate_editor").rglob("*.py")}
    assert modules <= names, sorted(modules - names)[:10]
    assert "delegate-editor = delegate_editor.cli:main" in entry_points.split("[gui_scripts]")[0]
    assert "delegate-editor-gui = delegate_editor.ui.app:main" in entry_points.split("[gui_scripts]")[1]

    # installed into a folder of its own (its dependencies come from this interpreter, whose
    # site-packages may hold an editable install: the folder on PYTHONPATH is searched first),
    # it runs from there, with its resources there, not from the checkout
    target = tmp_path / "installed"
    installed = _run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "--target", target, wheel]
    )
    assert installed.returncode == 0, installed.stderr
    python, command = sys.executable, target / "bin" / "delegate-editor"
    assert (target / "bin" / "delegate-editor-gui").is_file()
    env = {**_quiet_env(tmp_path / "home"), "PYTHONPATH": str(target)}
    for args in ([command, "--version"], [python, "-m", "delegate_editor", "--version"]):
        version = _run(args, cwd=tmp_path, env=env)
        assert (version.returncode, version.stdout.strip()) == (0, f"Delegate Editor {__version__}")
    probe = "import delegate_editor.resources as r; print(r.__file__); print(r.resource_dir())"
    where = _run([python, "-c", probe], cwd=tmp_path, env=env).stdout.split()
    assert where == [
        str(target / "delegate_editor" / "resources.py"),
        str(target / "delegate_editor" / "_resources"),
    ]
    out = tmp_path / "example.txt"
    exported = _run([command, "export", EXAMPLE, "-o", out], cwd=tmp_path, env=env)
    assert exported.returncode == 0, exported.stderr
    assert out.read_bytes() == _reference_export(tmp_path, ".txt")


def _pyinstaller_available() -> None:
    if util.find_spec("PyInstaller") is not None:
        return
    if not os.environ.get("CI"):
        pytest.skip("PyInstaller is not installed (python -m pip install '.[package]'); CI installs it")
    result = _run([sys.executable, "-m", "pip", "install", "-q", "pyinstaller>=6.10"])
    assert result.returncode == 0, result.stderr[-2000:]


@pytest.mark.slow_build
def test_pyinstaller_folder_runs_and_exports_the_example_offline(tmp_path):
    _pyinstaller_available()
    build = _run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            tmp_path / "dist",
            "--workpath",
            tmp_path / "build",
            PACKAGING / "delegate-editor.spec",
        ],
        cwd=tmp_path,
    )
    assert build.returncode == 0, build.stderr[-4000:]
    folder = tmp_path / "dist" / "delegate-editor"
    program = folder / "delegate-editor"
    internal = folder / "_internal"
    assert (internal / "delegate_editor" / "_resources" / "examples" / "cybercrime.dres").is_file()
    assert list((internal / "typst").glob("_typst*")), "typst's native module is not in the bundle"

    env = _quiet_env(tmp_path / "home")
    work = tmp_path / "work"
    work.mkdir()
    version = _run([program, "--version"], cwd=work, env=env)
    assert (version.returncode, version.stdout.strip()) == (0, f"Delegate Editor {__version__}")

    from delegate_editor.formats.registry import WRITERS

    exts = [e for e in (".txt", ".pdf", ".docx", ".odt") if util.find_spec(WRITERS[e][0]) is not None]
    for ext in exts:
        out = work / f"example{ext}"
        result = _run(_offline([program, "export", EXAMPLE, "-o", out]), cwd=work, env=env)
        assert result.returncode == 0, f"{ext}: {result.stderr}"
        data = out.read_bytes()
        if ext == ".txt":
            assert data == _reference_export(tmp_path, ext)
        elif ext == ".pdf":
            assert data.startswith(b"%PDF-")
            if shutil.which("pdftotext"):
                text = _run(["pdftotext", out, "-"]).stdout
                assert "E/CN.15/2013/L.14" in text and "cybercrime" in text.lower()
        else:
            with zipfile.ZipFile(out) as archive:
                assert archive.testzip() is None
                assert ("word/document.xml" if ext == ".docx" else "content.xml") in archive.namelist()

    bad = _run([program, "export", work / "missing.dres", "-o", work / "never.txt"], cwd=work, env=env)
    assert bad.returncode == 2 and len(bad.stderr.strip().splitlines()) == 1 and "missing.dres" in bad.stderr
    assert not (work / "never.txt").exists()

    # a double-click runs `delegate-editor FILE`: the window opens the draft (and locks it)
    draft = work / "opened.dres"
    shutil.copy(EXAMPLE, draft)
    lock = work / ".~lock.opened.dres#"
    app = subprocess.Popen(
        [program, draft], cwd=work, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    try:
        deadline = time.monotonic() + 90
        while not lock.exists() and app.poll() is None and time.monotonic() < deadline:
            time.sleep(0.25)
        assert app.poll() is None, app.communicate()[1].decode(errors="replace")[-2000:]
        assert lock.exists(), "the bundled app did not open the draft within 90 s"
    finally:
        app.terminate()
        app.communicate(timeout=30)

    # the bundle's own desktop installer links the program and registers the MIME type
    prefix = tmp_path / "prefix"
    installed = _run([internal / "desktop" / "install.sh", "--prefix", prefix], env=env)
    assert installed.returncode == 0, installed.stderr
    assert (prefix / "bin" / "delegate-editor").resolve() == program.resolve()
    assert (prefix / "share" / "mime" / "packages" / f"{APP_ID}.xml").is_file()
    assert (prefix / "share" / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png").is_file()
