"""Upload checks: names cannot leave the folder, limits hold, copies are whole."""

from __future__ import annotations

from ingest.uploads import safe_filename, save_uploads


def test_safe_filename_keeps_turkish_and_drops_paths():
    assert safe_filename("Kerkük Şöleni (2024).txt") == "Kerkük Şöleni (2024).txt"
    assert safe_filename("../../etc/passwd") == "passwd"
    assert safe_filename("..\\..\\windows\\evil.html") == "evil.html"
    assert safe_filename("kötü<ad>|?.md") == "kötü_ad___.md"
    assert safe_filename("...") is None
    assert safe_filename(".gizli.txt") == "gizli.txt"
    assert len(safe_filename("a" * 300 + ".pdf")) == 120 and safe_filename("a" * 300 + ".pdf").endswith(".pdf")


def test_save_uploads_enforces_count_type_and_size(settings, write):
    settings = settings.model_copy(update={"upload_max_files": 2, "upload_max_mb": 0.001})
    files = [write("in/a.txt", "Kısa bir metin."), write("in/b.exe", b"MZ"),
             write("in/c.txt", "x" * 5000), write("in/d.txt", "fazladan")]
    result = save_uploads(files, settings)
    assert [p.name for p in result.saved] == ["a.txt"]
    reasons = {r["file"]: r["reason"] for r in result.rejected}
    assert "desteklenmeyen dosya türü" in reasons["b.exe"]
    assert "en fazla 2 dosya" in reasons["c.txt"] and "en fazla 2 dosya" in reasons["d.txt"]
    assert (settings.uploads_dir / "a.txt").read_text(encoding="utf-8") == "Kısa bir metin."
    assert not [p for p in settings.uploads_dir.iterdir() if p.name.startswith(".")]  # no temp files left


def test_oversized_upload_is_rejected_by_name(settings, write):
    settings = settings.model_copy(update={"upload_max_mb": 0.001})
    result = save_uploads([write("in/büyük.txt", "x" * 5000)], settings)
    assert not result.saved
    assert result.rejected[0]["file"] == "büyük.txt" and "çok büyük" in result.rejected[0]["reason"]
