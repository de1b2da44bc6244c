#!/usr/bin/env python3
"""Arabic for the console's strings: fills resources/translations/marsa_ar.ts (made by lupdate)
from the table below. Run after `lupdate -locations none -no-obsolete src ui -ts
resources/translations/marsa_ar.ts`; strings not in the table stay unfinished (English)."""
import html
import re
import sys
from pathlib import Path

AR = {
    "Tick a layer to show it on the chart. User charts can be removed.": "ضع علامة على الطبقة لإظهارها على الخريطة. يمكن إزالة خرائط المستخدم.",
    "Add chart…": "إضافة خريطة…",
    "Add a vector or raster chart read by GDAL (GeoPackage, GeoJSON, Shapefile, KML, S-57, GeoTIFF, BSB/KAP)": "إضافة خريطة متجهة أو نقطية تقرؤها GDAL (GeoPackage وGeoJSON وShapefile وKML وS-57 وGeoTIFF وBSB/KAP)",
    "Remove": "إزالة",
    "Remove the selected user chart": "إزالة خريطة المستخدم المحددة",
    "Marsa cannot start": "تعذّر تشغيل مرسى",
    "Marsa rescue coordination console": "منصة مرسى لتنسيق الإنقاذ",
    "Cannot write the screenshot to %1.": "تعذّرت كتابة لقطة الشاشة إلى %1.",
    "Chart": "الخريطة",
    "Marsa — Libyan SRR rescue coordination": "مرسى — تنسيق الإنقاذ في منطقة البحث والإنقاذ الليبية",
    "Position: —": "الموقع: —",
    "SRR: —": "منطقة البحث والإنقاذ: —",
    "&File": "&ملف",
    "&Add chart…": "إ&ضافة خريطة…",
    "&Quit": "&خروج",
    "&View": "&عرض",
    "Zoom &in": "ت&كبير",
    "Zoom &out": "ت&صغير",
    "Zoom to Libyan &SRR": "عرض منطقة البحث والإنقاذ ال&ليبية",
    "&Go to position…": "الا&نتقال إلى موقع…",
    "&Tools": "&أدوات",
    "&Range and bearing": "المسافة و&الاتجاه",
    "Drag on the chart to read the geodesic distance and true bearing": "اسحب على الخريطة لقراءة المسافة الجيوديسية والاتجاه الحقيقي",
    "&Palette": "&ألوان العرض",
    "P&anels": "الل&وحات",
    "&Help": "م&ساعدة",
    "&About Marsa": "&حول مرسى",
    "About Marsa": "حول مرسى",
    "Incidents": "الحوادث",
    "Case": "القضية",
    "Phase": "المرحلة",
    "Status": "الحالة",
    "POB": "عدد الأشخاص",
    "Position": "الموقع",
    "SRR": "منطقة البحث والإنقاذ",
    "Age": "العمر",
    "Assets": "الوحدات",
    "Layers": "الطبقات",
    "Vessels": "السفن",
    "Name / MMSI": "الاسم / MMSI",
    "Type": "النوع",
    "SOG (kn)": "السرعة (عقدة)",
    "COG": "المسار",
    "Last report": "آخر بلاغ",
    "Range (NM)": "المسافة (ميل بحري)",
    "Bearing": "الاتجاه",
    "CPA": "أقرب نقطة اقتراب",
    "TCPA": "زمن أقرب اقتراب",
    "Disembarkations": "عمليات الإنزال",
    "Place": "المكان",
    "Time (UTC)": "الوقت (UTC)",
    "Persons": "الأشخاص",
    "Handover step": "مرحلة التسليم",
    "Discrepancy": "فرق في الأعداد",
    "Event log": "سجل الأحداث",
    "SRR: outside the declared SRRs on record": "منطقة البحث والإنقاذ: خارج المناطق المعلنة المسجلة",
    "SRR: %1": "منطقة البحث والإنقاذ: %1",
    "SRR: %1 (overlap)": "منطقة البحث والإنقاذ: %1 (تداخل)",
    "Position: %1": "الموقع: %1",
    "Scale 1:%1": "المقياس 1:%1",
    "Range and bearing: %1": "المسافة والاتجاه: %1",
    "Range and bearing: drag from one point to another": "المسافة والاتجاه: اسحب من نقطة إلى أخرى",
    "Add a chart": "إضافة خريطة",
    "Chart not added": "لم تُضف الخريطة",
    "Go to position": "الانتقال إلى موقع",
    "Position (e.g. 33 05.4N 13 10.2E or 33.09, 13.17):": "الموقع (مثلاً 33 05.4N 13 10.2E أو 33.09, 13.17):",
    "Position not understood": "الموقع غير مفهوم",
    "Day": "نهار",
    "Dusk": "غسق",
    "Night": "ليل",
    "Graticule": "شبكة الإحداثيات",
    "Land (basemap)": "اليابسة (الخريطة الأساسية)",
    "Ports and places of disembarkation": "الموانئ وأماكن الإنزال",
    "Scale bar": "مسطرة المقياس",
    "%1 NM": "%1 ميل بحري",
    "Search and rescue regions": "مناطق البحث والإنقاذ",
    "%1 (approximate limit)": "%1 (حد تقريبي)",
    "Level": "المستوى",
    "Message": "الرسالة",
}


def main() -> int:
    path = Path(__file__).resolve().parent.parent / "resources" / "translations" / "marsa_ar.ts"
    text = path.read_text(encoding="utf-8")
    text = text.replace('<TS version="2.1">', '<TS version="2.1" language="ar">', 1)
    # Qt reads this string to lay the whole application out right to left.
    if "QT_LAYOUT_DIRECTION" not in text:
        text = text.replace("</TS>", "<context>\n    <name>QGuiApplication</name>\n    <message>\n"
                            "        <source>QT_LAYOUT_DIRECTION</source>\n"
                            "        <translation>RTL</translation>\n    </message>\n</context>\n</TS>")

    def fill(match: re.Match) -> str:
        source = html.unescape(match.group(1))
        arabic = AR.get(source)
        if arabic is None:
            return match.group(0)
        return f"<source>{match.group(1)}</source>\n        <translation>{html.escape(arabic, quote=False)}</translation>"

    text = re.sub(r'<source>(.*?)</source>\s*<translation type="unfinished"></translation>', fill, text, flags=re.S)
    path.write_text(text, encoding="utf-8")
    done = text.count("<translation>")
    print(f"{path.name}: {done} strings in Arabic")
    return 0


if __name__ == "__main__":
    sys.exit(main())
