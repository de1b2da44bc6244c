<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>LayersPanel</name>
    <message>
        <source>Tick a layer to show it on the chart. User charts can be removed.</source>
        <translation>ضع علامة على الطبقة لإظهارها على الخريطة. يمكن إزالة خرائط المستخدم.</translation>
    </message>
    <message>
        <source>Add chart…</source>
        <translation>إضافة خريطة…</translation>
    </message>
    <message>
        <source>Add a vector or raster chart read by GDAL (GeoPackage, GeoJSON, Shapefile, KML, S-57, GeoTIFF, BSB/KAP)</source>
        <translation>إضافة خريطة متجهة أو نقطية تقرؤها GDAL (GeoPackage وGeoJSON وShapefile وKML وS-57 وGeoTIFF وBSB/KAP)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove the selected user chart</source>
        <translation>إزالة خريطة المستخدم المحددة</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Marsa cannot start</source>
        <translation>تعذّر تشغيل مرسى</translation>
    </message>
    <message>
        <source>Marsa rescue coordination console</source>
        <translation>منصة مرسى لتنسيق الإنقاذ</translation>
    </message>
    <message>
        <source>Open this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the window to a PNG and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size for --screenshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trace, debug, info, warn, error or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day, dusk or night.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ar or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the screenshot to %1.</source>
        <translation>تعذّرت كتابة لقطة الشاشة إلى %1.</translation>
    </message>
    <message>
        <source>Sign in as this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new database without the demonstration data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marsa::app::ChartCanvas</name>
    <message>
        <source>Chart</source>
        <translation>الخريطة</translation>
    </message>
</context>
<context>
    <name>marsa::app::FirstAdministratorDialog</name>
    <message>
        <source>Create the administrator</source>
        <translation>إنشاء حساب المسؤول</translation>
    </message>
    <message>
        <source>This database has no accounts yet. Create the administrator, who will then create the officers&apos; accounts.</source>
        <translation>لا توجد حسابات في قاعدة البيانات هذه بعد. أنشئ حساب المسؤول الذي سينشئ بعد ذلك حسابات الضباط.</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>اسم المستخدم:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>الاسم الكامل:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>كلمة المرور:</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>كلمة المرور مرة أخرى:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>كلمتا المرور مختلفتان.</translation>
    </message>
</context>
<context>
    <name>marsa::app::MainWindow</name>
    <message>
        <source>Marsa — Libyan SRR rescue coordination</source>
        <translation>مرسى — تنسيق الإنقاذ في منطقة البحث والإنقاذ الليبية</translation>
    </message>
    <message>
        <source>Position: —</source>
        <translation>الموقع: —</translation>
    </message>
    <message>
        <source>SRR: —</source>
        <translation>منطقة البحث والإنقاذ: —</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Add chart…</source>
        <translation>إ&amp;ضافة خريطة…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>الخريطة</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>ت&amp;كبير</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <source>Zoom to Libyan &amp;SRR</source>
        <translation>عرض منطقة البحث والإنقاذ ال&amp;ليبية</translation>
    </message>
    <message>
        <source>&amp;Go to position…</source>
        <translation>الا&amp;نتقال إلى موقع…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;أدوات</translation>
    </message>
    <message>
        <source>&amp;Range and bearing</source>
        <translation>المسافة و&amp;الاتجاه</translation>
    </message>
    <message>
        <source>Drag on the chart to read the geodesic distance and true bearing</source>
        <translation>اسحب على الخريطة لقراءة المسافة الجيوديسية والاتجاه الحقيقي</translation>
    </message>
    <message>
        <source>&amp;Palette</source>
        <translation>&amp;ألوان العرض</translation>
    </message>
    <message>
        <source>P&amp;anels</source>
        <translation>الل&amp;وحات</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;About Marsa</source>
        <translation>&amp;حول مرسى</translation>
    </message>
    <message>
        <source>About Marsa</source>
        <translation>حول مرسى</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Marsa&lt;/b&gt; %1: rescue coordination console for the Libyan search and rescue region.&lt;/p&gt;&lt;p&gt;Chart data: Natural Earth (land), IMO GISIS (SRR limits), NGA World Port Index (ports). Not for navigation.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>الحوادث</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>الطبقات</translation>
    </message>
    <message>
        <source>Vessels</source>
        <translation>السفن</translation>
    </message>
    <message>
        <source>Name / MMSI</source>
        <translation>الاسم / MMSI</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>SOG (kn)</source>
        <translation>السرعة (عقدة)</translation>
    </message>
    <message>
        <source>COG</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>Last report</source>
        <translation>آخر بلاغ</translation>
    </message>
    <message>
        <source>Range (NM)</source>
        <translation>المسافة (ميل بحري)</translation>
    </message>
    <message>
        <source>Bearing</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <source>CPA</source>
        <translation>أقرب نقطة اقتراب</translation>
    </message>
    <message>
        <source>TCPA</source>
        <translation>زمن أقرب اقتراب</translation>
    </message>
    <message>
        <source>Disembarkations</source>
        <translation>عمليات الإنزال</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>الوقت (UTC)</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Handover step</source>
        <translation>مرحلة التسليم</translation>
    </message>
    <message>
        <source>Discrepancy</source>
        <translation>فرق في الأعداد</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>سجل الأحداث</translation>
    </message>
    <message>
        <source>SRR: outside the declared SRRs on record</source>
        <translation>منطقة البحث والإنقاذ: خارج المناطق المعلنة المسجلة</translation>
    </message>
    <message>
        <source>SRR: %1</source>
        <translation>منطقة البحث والإنقاذ: %1</translation>
    </message>
    <message>
        <source>SRR: %1 (overlap)</source>
        <translation>منطقة البحث والإنقاذ: %1 (تداخل)</translation>
    </message>
    <message>
        <source>Position: %1</source>
        <translation>الموقع: %1</translation>
    </message>
    <message>
        <source>Scale 1:%1</source>
        <translation>المقياس 1:%1</translation>
    </message>
    <message>
        <source>Range and bearing: %1</source>
        <translation>المسافة والاتجاه: %1</translation>
    </message>
    <message>
        <source>Range and bearing: drag from one point to another</source>
        <translation>المسافة والاتجاه: اسحب من نقطة إلى أخرى</translation>
    </message>
    <message>
        <source>Add a chart</source>
        <translation>إضافة خريطة</translation>
    </message>
    <message>
        <source>Charts (*.gpkg *.geojson *.json *.shp *.kml *.000 *.tif *.tiff *.kap *.gpx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart not added</source>
        <translation>لم تُضف الخريطة</translation>
    </message>
    <message>
        <source>Go to position</source>
        <translation>الانتقال إلى موقع</translation>
    </message>
    <message>
        <source>Position (e.g. 33 05.4N 13 10.2E or 33.09, 13.17):</source>
        <translation>الموقع (مثلاً 33 05.4N 13 10.2E أو 33.09, 13.17):</translation>
    </message>
    <message>
        <source>Position not understood</source>
        <translation>الموقع غير مفهوم</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>لم يسجَّل الدخول</translation>
    </message>
</context>
<context>
    <name>marsa::app::SignInDialog</name>
    <message>
        <source>Sign in to Marsa</source>
        <translation>تسجيل الدخول إلى مرسى</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>اسم المستخدم:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>كلمة المرور:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>دخول</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
</context>
<context>
    <name>marsa::chart</name>
    <message>
        <source>%1 is already on the chart.</source>
        <translation>%1 موجودة على الخريطة بالفعل.</translation>
    </message>
</context>
<context>
    <name>marsa::chart::ChartPalette</name>
    <message>
        <source>Day</source>
        <translation>نهار</translation>
    </message>
    <message>
        <source>Dusk</source>
        <translation>غسق</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>ليل</translation>
    </message>
</context>
<context>
    <name>marsa::chart::GraticuleLayer</name>
    <message>
        <source>Graticule</source>
        <translation>شبكة الإحداثيات</translation>
    </message>
</context>
<context>
    <name>marsa::chart::IncidentLayer</name>
    <message>
        <source>Cases</source>
        <translation>الحالات</translation>
    </message>
</context>
<context>
    <name>marsa::chart::LandLayer</name>
    <message>
        <source>Land (basemap)</source>
        <translation>اليابسة (الخريطة الأساسية)</translation>
    </message>
    <message>
        <source>Natural Earth country polygons, central Mediterranean. Not for navigation.</source>
        <translation>مضلعات الدول من Natural Earth، وسط البحر المتوسط. لا تستخدم للملاحة.</translation>
    </message>
</context>
<context>
    <name>marsa::chart::PlacesLayer</name>
    <message>
        <source>Ports and places of disembarkation</source>
        <translation>الموانئ وأماكن الإنزال</translation>
    </message>
    <message>
        <source>Port positions from the NGA World Port Index (about 1&apos; precision); town centres from GeoNames where no port position exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marsa::chart::RangeBearing</name>
    <message>
        <source>%1 NM  %2°T</source>
        <translation>%1 ميل بحري  %2°T</translation>
    </message>
</context>
<context>
    <name>marsa::chart::ScaleBarLayer</name>
    <message>
        <source>Scale bar</source>
        <translation>مسطرة المقياس</translation>
    </message>
    <message>
        <source>%1 NM</source>
        <translation>%1 ميل بحري</translation>
    </message>
</context>
<context>
    <name>marsa::chart::SrrLayer</name>
    <message>
        <source>Search and rescue regions</source>
        <translation>مناطق البحث والإنقاذ</translation>
    </message>
    <message>
        <source>Libya, Malta, Tunisia and Italy as declared in IMO GISIS; Greece and Egypt approximate (flight information region limits), drawn dashed. Hatched: declared SRRs overlap.</source>
        <translation>ليبيا ومالطا وتونس وإيطاليا كما أُعلنت في نظام GISIS للمنظمة البحرية الدولية؛ اليونان ومصر تقريبيتان (حدود أقاليم معلومات الطيران) بخط متقطع. المظلل: تداخل مناطق معلنة.</translation>
    </message>
    <message>
        <source>(approximate limit)</source>
        <translation>(حد تقريبي)</translation>
    </message>
</context>
<context>
    <name>marsa::chart::UserChart</name>
    <message>
        <source>%1 holds no features with a geometry.</source>
        <translation>لا يحتوي %1 على معالم ذات شكل هندسي.</translation>
    </message>
    <message>
        <source>%1 (%2): %3 features. Added by the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2). Added by the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDAL cannot read %1 as a chart (neither vector nor raster). Nothing was added. Vector: %2 Raster: %3</source>
        <translation>لا تستطيع GDAL قراءة %1 كخريطة (لا متجهة ولا نقطية). لم يُضف شيء. متجهة: %2 نقطية: %3</translation>
    </message>
</context>
<context>
    <name>marsa::cli</name>
    <message>
        <source>The new database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo needs --db PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists: the demonstration data goes into a new database. Choose another path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demonstration data written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>West,south,east,north in degrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day, dusk or night.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time N full redraws and N pan frames.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the places of this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT between 16 and 8192 pixels, e.g. 1920x1080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--palette must be day, dusk or night.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--frames must be a whole number from 0 to 100000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>render needs --out FILE.png, --frames N, or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote %1 (%2x%3, %4 palette)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--log-level must be trace, debug, info, warn, error, critical or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bbox needs four numbers: LON0,LAT0,LON1,LAT1 (west, south, east, north).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bbox: &quot;%1&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bbox must run west to east and south to north, within ±180° and ±85°.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit verify needs --db PATH of an existing database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit log BROKEN: row %1 does not match its hash chain (%2 rows checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit log intact: %1 rows, every hash matches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marsa::core::IncidentRules</name>
    <message>
        <source>Case %1 is already %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is %2: reopen it before changing its status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case cannot go from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the outcome (rescued, dead, missing) before closing case %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is %2: its phase no longer changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is already in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for declaring %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts cannot be negative.</source>
        <translation>لا يمكن أن تكون الأعداد سالبة.</translation>
    </message>
    <message>
        <source>The outcome of case %1 is recorded once a unit is on scene.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescued, dead and missing add up to %1, but %2 were reported on board: explain the difference in a remark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for reopening case %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marsa::core::Password</name>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>تحتاج كلمة المرور إلى %1 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>The password library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to hash the password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marsa::core::Permissions</name>
    <message>
        <source>The account %1 is disabled.</source>
        <translation>الحساب %1 معطَّل.</translation>
    </message>
    <message>
        <source>Observers read the record; they never change it.</source>
        <translation>يطّلع المراقبون على السجل ولا يغيّرونه أبداً.</translation>
    </message>
    <message>
        <source>A %1 of the %2 may not do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainers act only on exercise cases, never on operational ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 is closed: only a supervisor can change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coast Guard</source>
        <translation>خفر السواحل</translation>
    </message>
    <message>
        <source>DCIM</source>
        <translation>جهاز مكافحة الهجرة غير الشرعية</translation>
    </message>
    <message>
        <source>Libyan Red Crescent</source>
        <translation>الهلال الأحمر الليبي</translation>
    </message>
    <message>
        <source>IOM/UNHCR observers</source>
        <translation>مراقبو المنظمة الدولية للهجرة والمفوضية</translation>
    </message>
    <message>
        <source>Watch officer</source>
        <translation>ضابط مناوب</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>مشرف</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>مدرب</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>مسؤول النظام</translation>
    </message>
</context>
<context>
    <name>marsa::feeds::NmeaSentence</name>
    <message>
        <source>Unterminated tag block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an NMEA sentence: it must start with $ or !.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentence longer than the 82 characters NMEA 0183 allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing checksum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checksum mismatch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed sentence address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marsa::geo</name>
    <message>
        <source>The built-in data file %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot map %1 for GDAL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>خطأ غير معروف</translation>
    </message>
    <message>
        <source>%1 holds no search and rescue regions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: the file does not exist or is not readable.</source>
        <translation>تعذّر فتح %1: الملف غير موجود أو لا يمكن قراءته.</translation>
    </message>
</context>
<context>
    <name>marsa::geo::Coordinates</name>
    <message>
        <source>invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>«%1» ليس رقماً.</translation>
    </message>
    <message>
        <source>Unexpected character &quot;%1&quot; in the position.</source>
        <translation>حرف غير متوقع «%1» في الموقع.</translation>
    </message>
    <message>
        <source>Put the hemisphere letter (N, S, E or W) before or after each coordinate, once.</source>
        <translation>ضع حرف نصف الكرة (N أو S أو E أو W) مرة واحدة قبل كل إحداثي أو بعده.</translation>
    </message>
    <message>
        <source>Give each coordinate as degrees, degrees and minutes, or degrees, minutes and seconds.</source>
        <translation>اكتب كل إحداثي بالدرجات، أو بالدرجات والدقائق، أو بالدرجات والدقائق والثواني.</translation>
    </message>
    <message>
        <source>Only the last part of a coordinate may have decimals.</source>
        <translation>لا يجوز أن تكون الكسور العشرية إلا في الجزء الأخير من الإحداثي.</translation>
    </message>
    <message>
        <source>Minutes and seconds must be between 0 and 60.</source>
        <translation>يجب أن تكون الدقائق والثواني بين 0 و60.</translation>
    </message>
    <message>
        <source>Use either a minus sign or a hemisphere letter, not both.</source>
        <translation>استخدم إشارة السالب أو حرف نصف الكرة، لا كليهما.</translation>
    </message>
    <message>
        <source>Enter a position, for example 33 05.4N 13 10.2E or 33.09, 13.17.</source>
        <translation>أدخل موقعاً، مثلاً 33 05.4N 13 10.2E أو 33.09, 13.17.</translation>
    </message>
    <message>
        <source>Separate latitude and longitude with one comma at most.</source>
        <translation>افصل بين خط العرض وخط الطول بفاصلة واحدة على الأكثر.</translation>
    </message>
    <message>
        <source>Cannot tell latitude from longitude: add N/S and E/W, or a comma between them.</source>
        <translation>لا يمكن تمييز خط العرض من خط الطول: أضف N/S وE/W أو فاصلة بينهما.</translation>
    </message>
    <message>
        <source>Give a hemisphere letter for both coordinates, or for neither.</source>
        <translation>اكتب حرف نصف الكرة للإحداثيين كليهما أو لا تكتبه لأي منهما.</translation>
    </message>
    <message>
        <source>One coordinate needs N or S and the other E or W.</source>
        <translation>يحتاج أحد الإحداثيين إلى N أو S والآخر إلى E أو W.</translation>
    </message>
    <message>
        <source>Latitude must be between 90°S and 90°N.</source>
        <translation>يجب أن يكون خط العرض بين 90°S و90°N.</translation>
    </message>
    <message>
        <source>Longitude must be between 180°W and 180°E.</source>
        <translation>يجب أن يكون خط الطول بين 180°W و180°E.</translation>
    </message>
</context>
<context>
    <name>marsa::geo::RasterSource</name>
    <message>
        <source>GDAL cannot read %1 as a raster chart: %2</source>
        <translation>لا تستطيع GDAL قراءة %1 كخريطة نقطية: %2</translation>
    </message>
    <message>
        <source>%1 holds no raster bands.</source>
        <translation>لا يحتوي %1 على نطاقات نقطية.</translation>
    </message>
    <message>
        <source>%1 has no georeference: Marsa cannot place it on the chart.</source>
        <translation>لا يحمل %1 إسناداً جغرافياً: لا يستطيع مرسى وضعه على الخريطة.</translation>
    </message>
    <message>
        <source>Cannot reproject %1 to the chart&apos;s projection: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reproject the chart: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the chart&apos;s pixels: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marsa::geo::VectorSource</name>
    <message>
        <source>GDAL cannot read %1 as a vector chart: %2</source>
        <translation>لا تستطيع GDAL قراءة %1 كخريطة متجهة: %2</translation>
    </message>
    <message>
        <source>%1 holds no vector layers.</source>
        <translation>لا يحتوي %1 على طبقات متجهة.</translation>
    </message>
    <message>
        <source>Cannot reproject layer %1 to WGS84: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reproject a feature of layer %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marsa::models::IncidentTableModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 دقيقة</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 س %2 د</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 يوم %2 س</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>القضية</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>POB</source>
        <translation>عدد الأشخاص</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>SRR</source>
        <translation>منطقة البحث والإنقاذ</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>العمر</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>الوحدات</translation>
    </message>
</context>
<context>
    <name>marsa::models::LogModel</name>
    <message>
        <source>Time (UTC)</source>
        <translation>الوقت (UTC)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
</context>
<context>
    <name>marsa::storage</name>
    <message>
        <source>Cannot read the places: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the place %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marsa::storage::AuditLog</name>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marsa::storage::Database</name>
    <message>
        <source>%1 is not a Marsa database (or is damaged): %2</source>
        <translation>%1 ليست قاعدة بيانات مرسى (أو أنها تالفة): %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Marsa database.</source>
        <translation>%1 قاعدة بيانات SQLite لبرنامج آخر، وليست قاعدة بيانات مرسى.</translation>
    </message>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the schema: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema migration %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record schema migration %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot commit the schema migration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>تعذّر إنشاء المجلد %1 لقاعدة البيانات.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>تعذّر فتح قاعدة البيانات %1: %2</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Marsa (schema %2; this program knows up to %3). Open it with the newer Marsa, or choose another database.</source>
        <translation>كُتبت قاعدة البيانات %1 بإصدار أحدث من مرسى (المخطط %2؛ هذا البرنامج يعرف حتى %3). افتحها بالإصدار الأحدث أو اختر قاعدة بيانات أخرى.</translation>
    </message>
</context>
<context>
    <name>marsa::storage::DemoData</name>
    <message>
        <source>Cannot write the demonstration data: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marsa::storage::IncidentService</name>
    <message>
        <source>Case %1 is damaged in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 was changed by someone else in the meantime: reload it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainers create exercise cases only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reported position is not a position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts cannot be negative.</source>
        <translation>لا يمكن أن تكون الأعداد سالبة.</translation>
    </message>
    <message>
        <source>Men, women and children add up to %1, more than the %2 reported on board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case opened: %1, %2 on board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: %1 rescued, %2 dead, %3 missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A log entry needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>marsa::storage::UserRepository</name>
    <message>
        <source>A user name needs 1 to 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the users: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name %1 is taken.</source>
        <translation>اسم المستخدم %1 مستخدم بالفعل.</translation>
    </message>
    <message>
        <source>Cannot save the user %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown user name or wrong password.</source>
        <translation>اسم مستخدم غير معروف أو كلمة مرور خاطئة.</translation>
    </message>
    <message>
        <source>The account %1 is damaged: ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is disabled.</source>
        <translation>الحساب %1 معطَّل.</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>RTL</translation>
    </message>
</context>
</TS>
