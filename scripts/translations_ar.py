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
    "(approximate limit)": "(حد تقريبي)",
    "Level": "المستوى",
    "Message": "الرسالة",
    "\"%1\" is not a number.": "«%1» ليس رقماً.",
    "Unexpected character \"%1\" in the position.": "حرف غير متوقع «%1» في الموقع.",
    "Put the hemisphere letter (N, S, E or W) before or after each coordinate, once.": "ضع حرف نصف الكرة (N أو S أو E أو W) مرة واحدة قبل كل إحداثي أو بعده.",
    "Give each coordinate as degrees, degrees and minutes, or degrees, minutes and seconds.": "اكتب كل إحداثي بالدرجات، أو بالدرجات والدقائق، أو بالدرجات والدقائق والثواني.",
    "Only the last part of a coordinate may have decimals.": "لا يجوز أن تكون الكسور العشرية إلا في الجزء الأخير من الإحداثي.",
    "Minutes and seconds must be between 0 and 60.": "يجب أن تكون الدقائق والثواني بين 0 و60.",
    "Use either a minus sign or a hemisphere letter, not both.": "استخدم إشارة السالب أو حرف نصف الكرة، لا كليهما.",
    "Enter a position, for example 33 05.4N 13 10.2E or 33.09, 13.17.": "أدخل موقعاً، مثلاً 33 05.4N 13 10.2E أو 33.09, 13.17.",
    "Separate latitude and longitude with one comma at most.": "افصل بين خط العرض وخط الطول بفاصلة واحدة على الأكثر.",
    "Cannot tell latitude from longitude: add N/S and E/W, or a comma between them.": "لا يمكن تمييز خط العرض من خط الطول: أضف N/S وE/W أو فاصلة بينهما.",
    "Give a hemisphere letter for both coordinates, or for neither.": "اكتب حرف نصف الكرة للإحداثيين كليهما أو لا تكتبه لأي منهما.",
    "One coordinate needs N or S and the other E or W.": "يحتاج أحد الإحداثيين إلى N أو S والآخر إلى E أو W.",
    "Latitude must be between 90°S and 90°N.": "يجب أن يكون خط العرض بين 90°S و90°N.",
    "Longitude must be between 180°W and 180°E.": "يجب أن يكون خط الطول بين 180°W و180°E.",
    "Cannot open %1: the file does not exist or is not readable.": "تعذّر فتح %1: الملف غير موجود أو لا يمكن قراءته.",
    "GDAL cannot read %1 as a vector chart: %2": "لا تستطيع GDAL قراءة %1 كخريطة متجهة: %2",
    "GDAL cannot read %1 as a raster chart: %2": "لا تستطيع GDAL قراءة %1 كخريطة نقطية: %2",
    "GDAL cannot read %1 as a chart (neither vector nor raster). Nothing was added. Vector: %2 Raster: %3": "لا تستطيع GDAL قراءة %1 كخريطة (لا متجهة ولا نقطية). لم يُضف شيء. متجهة: %2 نقطية: %3",
    "%1 has no georeference: Marsa cannot place it on the chart.": "لا يحمل %1 إسناداً جغرافياً: لا يستطيع مرسى وضعه على الخريطة.",
    "%1 holds no vector layers.": "لا يحتوي %1 على طبقات متجهة.",
    "%1 holds no raster bands.": "لا يحتوي %1 على نطاقات نقطية.",
    "%1 holds no features with a geometry.": "لا يحتوي %1 على معالم ذات شكل هندسي.",
    "%1 is already on the chart.": "%1 موجودة على الخريطة بالفعل.",
    "unknown error": "خطأ غير معروف",
    "%1 is not a Marsa database (or is damaged): %2": "%1 ليست قاعدة بيانات مرسى (أو أنها تالفة): %2",
    "%1 is an SQLite database of another program, not a Marsa database.": "%1 قاعدة بيانات SQLite لبرنامج آخر، وليست قاعدة بيانات مرسى.",
    "The database %1 was written by a newer version of Marsa (schema %2; this program knows up to %3). Open it with the newer Marsa, or choose another database.": "كُتبت قاعدة البيانات %1 بإصدار أحدث من مرسى (المخطط %2؛ هذا البرنامج يعرف حتى %3). افتحها بالإصدار الأحدث أو اختر قاعدة بيانات أخرى.",
    "Cannot open the database %1: %2": "تعذّر فتح قاعدة البيانات %1: %2",
    "Cannot create the folder %1 for the database.": "تعذّر إنشاء المجلد %1 لقاعدة البيانات.",
    "Natural Earth country polygons, central Mediterranean. Not for navigation.": "مضلعات الدول من Natural Earth، وسط البحر المتوسط. لا تستخدم للملاحة.",
    "Libya, Malta, Tunisia and Italy as declared in IMO GISIS; Greece and Egypt approximate (flight information region limits), drawn dashed. Hatched: declared SRRs overlap.": "ليبيا ومالطا وتونس وإيطاليا كما أُعلنت في نظام GISIS للمنظمة البحرية الدولية؛ اليونان ومصر تقريبيتان (حدود أقاليم معلومات الطيران) بخط متقطع. المظلل: تداخل مناطق معلنة.",
    "%1 NM  %2°T": "%1 ميل بحري  %2°T",
    "Reported": "مُبلَّغ عنها",
    "Assessing": "قيد التقييم",
    "Asset tasked": "وحدة مكلَّفة",
    "On scene": "في الموقع",
    "Rescue complete": "اكتمل الإنقاذ",
    "Disembarked": "تم الإنزال",
    "Closed": "مغلقة",
    "Transferred to another RCC": "أحيلت إلى مركز تنسيق آخر",
    "False alarm": "إنذار كاذب",
    "Lost contact": "انقطع الاتصال",
    "Coast Guard": "خفر السواحل",
    "DCIM": "جهاز مكافحة الهجرة غير الشرعية",
    "Libyan Red Crescent": "الهلال الأحمر الليبي",
    "IOM/UNHCR observers": "مراقبو المنظمة الدولية للهجرة والمفوضية",
    "Watch officer": "ضابط مناوب",
    "Supervisor": "مشرف",
    "Trainer": "مدرب",
    "Administrator": "مسؤول النظام",
    "Observers read the record; they never change it.": "يطّلع المراقبون على السجل ولا يغيّرونه أبداً.",
    "A password needs at least %1 characters.": "تحتاج كلمة المرور إلى %1 أحرف على الأقل.",
    "Counts cannot be negative.": "لا يمكن أن تكون الأعداد سالبة.",
    "Unknown user name or wrong password.": "اسم مستخدم غير معروف أو كلمة مرور خاطئة.",
    "The account %1 is disabled.": "الحساب %1 معطَّل.",
    "The user name %1 is taken.": "اسم المستخدم %1 مستخدم بالفعل.",
    "Cases": "الحالات",
    "Sign in to Marsa": "تسجيل الدخول إلى مرسى",
    "User name:": "اسم المستخدم:",
    "Password:": "كلمة المرور:",
    "Password again:": "كلمة المرور مرة أخرى:",
    "Full name:": "الاسم الكامل:",
    "Sign in": "دخول",
    "Quit": "خروج",
    "Create": "إنشاء",
    "Create the administrator": "إنشاء حساب المسؤول",
    "The two passwords differ.": "كلمتا المرور مختلفتان.",
    "Not signed in": "لم يسجَّل الدخول",
    "This database has no accounts yet. Create the administrator, who will then create the officers' accounts.": "لا توجد حسابات في قاعدة البيانات هذه بعد. أنشئ حساب المسؤول الذي سينشئ بعد ذلك حسابات الضباط.",
    "%1 min": "%1 دقيقة",
    "%1 h %2 min": "%1 س %2 د",
    "%1 d %2 h": "%1 يوم %2 س",
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

    # lupdate also carries a translation over from another context as "unfinished", which
    # lrelease would drop: the table's translation replaces it.
    text = re.sub(r'<source>([^<]*)</source>\s*<translation type="unfinished">[^<]*</translation>', fill, text,
                  flags=re.S)
    path.write_text(text, encoding="utf-8")
    done = text.count("<translation>")
    print(f"{path.name}: {done} strings in Arabic")
    return 0


if __name__ == "__main__":
    sys.exit(main())
