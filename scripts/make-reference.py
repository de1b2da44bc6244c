#!/usr/bin/env python3
"""Copies the project's reference geodata (SRR polygons and limits, ports and places of
disembarkation) into resources/reference/, adding the short English and Arabic labels the chart
draws. Run by a developer when the reference file changes; the console reads only the copy.

usage: scripts/make-reference.py SOURCE.geojson
"""
import json
import sys
from pathlib import Path

# Short chart labels: (English, Arabic), keyed by the start of the source's place name.
PLACE_LABELS = {
    "Tripoli": ("Tripoli", "طرابلس"),
    "Az Zawiya": ("Az Zawiya", "الزاوية"),
    "Zuwara": ("Zuwara", "زوارة"),
    "Sabratha": ("Sabratha", "صبراتة"),
    "Al Khums": ("Al Khums", "الخمس"),
    "Garabulli": ("Garabulli", "القره بوللي"),
    "Tajura": ("Tajura", "تاجوراء"),
    "Misrata": ("Misrata", "مصراتة"),
    "Zliten": ("Zliten", "زليتن"),
    "Surman": ("Surman", "صرمان"),
    "Sirte": ("Sirte", "سرت"),
    "Benghazi": ("Benghazi", "بنغازي"),
    "Derna": ("Derna", "درنة"),
    "Tobruk": ("Tobruk", "طبرق"),
    "Abu Kammash": ("Abu Kammash", "أبو كماش"),
    "Ras Ajdir": ("Ras Ajdir", "رأس اجدير"),
    "Lampedusa": ("Lampedusa", "لامبيدوزا"),
    "Valletta": ("Valletta", "فاليتا"),
    "Marsaxlokk": ("Marsaxlokk", "مرسى شلوق"),
    "Pozzallo": ("Pozzallo", "بوتسالو"),
    "Augusta": ("Augusta", "أوغوستا"),
    "Porto Empedocle": ("Porto Empedocle", "بورتو إمبيدوكلي"),
    "Catania": ("Catania", "كاتانيا"),
    "Siracusa": ("Siracusa", "سرقوسة"),
    "Licata": ("Licata", "ليكاتا"),
    "Trapani": ("Trapani", "تراباني"),
    "Sfax": ("Sfax", "صفاقس"),
    "Zarzis": ("Zarzis", "جرجيس"),
    "Gabes": ("Gabes", "قابس"),
    "Iraklion": ("Iraklion", "هيراكليون"),
}
# Where each SRR's name is drawn (lat, lon): open water inside the zone, clear of the coast.
SRR_LABEL_ANCHORS = {
    "LBY": (33.95, 17.2),
    "MLT": (35.35, 17.6),
    "TUN": (37.75, 10.6),
    "ITA": (36.25, 17.5),
    "GRC": (34.75, 22.4),
    "EGY": (32.9, 25.8),
}
SRR_LABELS = {
    "LBY": ("Libya SRR", "منطقة البحث والإنقاذ الليبية"),
    "MLT": ("Malta SRR", "منطقة البحث والإنقاذ المالطية"),
    "TUN": ("Tunisia SRR", "منطقة البحث والإنقاذ التونسية"),
    "ITA": ("Italy SRR", "منطقة البحث والإنقاذ الإيطالية"),
    "GRC": ("Greece SRR", "منطقة البحث والإنقاذ اليونانية"),
    "EGY": ("Egypt SRR", "منطقة البحث والإنقاذ المصرية"),
}


def main() -> int:
    source = Path(sys.argv[1])
    data = json.loads(source.read_text(encoding="utf-8"))
    kept = []
    for feature in data["features"]:
        props = feature["properties"]
        kind = props.get("kind")
        if kind == "place":
            key = next((k for k in PLACE_LABELS if props["name"].startswith(k)), None)
            if key is None:
                print(f"no label for place {props['name']!r}", file=sys.stderr)
                return 1
            props["label"], props["label_ar"] = PLACE_LABELS[key]
        elif kind in ("srr", "srr_boundary_approx"):
            props["label"], props["label_ar"] = SRR_LABELS[props["id"]]
            props["approximate"] = kind == "srr_boundary_approx"
            props["label_lat"], props["label_lon"] = SRR_LABEL_ANCHORS[props["id"]]
        elif kind == "srr_overlap_derived":
            pass
        else:
            continue  # vertices are documentation, not chart content
        kept.append(feature)
    data["features"] = kept
    out = Path(__file__).resolve().parent.parent / "resources" / "reference" / "sar-reference.geojson"
    out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out} ({len(kept)} features)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
