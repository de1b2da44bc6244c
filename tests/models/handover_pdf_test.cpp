// The printed handover form, read back with poppler's pdftotext (poppler-utils): every count, every
// signer and when, the discrepancies and their explanations, the amendments' old and new values.

#include "models/handover_pdf.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace marsa;

namespace {

const QDateTime kAshore(QDate(2026, 11, 22), QTime(14, 7), Qt::UTC);

core::Signature signer(const QString &user, core::Agency agency, core::Role role, int minutesAfter) {
    return {user, user + QStringLiteral(" (demo)"), agency, role, kAshore.addSecs(60LL * minutesAfter)};
}

/// A Tripoli landing walked through all four steps, approved, then amended (58 men, then 60).
models::HandoverPrintData tripoli() {
    models::HandoverPrintData data;
    data.incident.id = {1};
    data.incident.caseNumber = {2026, 1};
    data.incident.firstAlertUtc = kAshore.addSecs(-8 * 3600);
    data.incident.personsOnBoard.total = 85;
    data.incident.outcome = core::Outcome{80, 2, 3};
    core::Place place;
    place.key = QStringLiteral("tripoli");
    place.label = QStringLiteral("Tripoli");
    place.labelArabic = QStringLiteral("طرابلس");
    data.lists.places = {place};
    data.lists.facilities = {{7, core::FacilityKind::DetentionCentre, QStringLiteral("Tariq al-Sikka"),
                              QStringLiteral("طريق السكة"), QStringLiteral("Tripoli"), true},
                             {9, core::FacilityKind::Hospital, QStringLiteral("Tripoli Central Hospital"),
                              QStringLiteral("مستشفى طرابلس المركزي"), QStringLiteral("Tripoli"), true}};

    core::Disembarkation &d = data.row.disembarkation;
    d.id = {4};
    d.incident = data.incident.id;
    d.caseNumber = data.incident.caseNumber;
    d.placeName = place.label;
    d.state = core::HandoverState::Approved;
    core::Declaration declared;
    declared.placeKey = place.key;
    declared.timeUtc = kAshore;
    declared.unit = QStringLiteral("Ubari");
    declared.persons = {60, 12, 7, 3, 0};
    declared.unaccompaniedMinors = 4;
    declared.nationalities = {
        {QStringLiteral("SD"), 30}, {QStringLiteral("ER"), 20}, {QStringLiteral("NG"), 32}};
    declared.medicalCasesReferred = 3;
    declared.bodiesRecovered = 2;
    declared.monitoringParties = {core::MonitoringParty::Iom};
    declared.remarks = QStringLiteral("وصلوا منهكين");
    d.declaration = {declared, signer(QStringLiteral("cg.officer"), core::Agency::CoastGuard,
                                      core::Role::WatchOfficer, 5)};
    core::Acknowledgement received;
    received.received = {58, 12, 7, 3, 0};
    received.transfers = {{core::TransferKind::DetentionCentre, 7, QString(), 80}};
    d.acknowledgement = core::Signed<core::Acknowledgement>{
        received, signer(QStringLiteral("dcim.officer"), core::Agency::Dcim, core::Role::WatchOfficer, 20)};
    core::MedicalReport medical;
    medical.medicalCases = 3;
    medical.evacuations = {{9, 2}};
    medical.bodies = 2;
    medical.bodiesHospitalId = 9;
    d.medical = core::Signed<core::MedicalReport>{
        medical,
        signer(QStringLiteral("lrc.officer"), core::Agency::RedCrescent, core::Role::WatchOfficer, 35)};
    d.review = core::Signed<core::Review>{
        {true, core::HandoverStep::Declaration, QString()},
        signer(QStringLiteral("cg.supervisor"), core::Agency::CoastGuard, core::Role::Supervisor, 50)};
    core::Discrepancy discrepancy;
    discrepancy.rule = core::DiscrepancyRule::HandedOverReceived;
    discrepancy.description = QStringLiteral("82 handed over by the Coast Guard, but 80 received by DCIM");
    discrepancy.figures = {{QStringLiteral("handed_over"), 82}, {QStringLiteral("received"), 80}};
    d.explanations = {
        {discrepancy.rule, discrepancy.figuresKey(), QStringLiteral("two men taken to hospital first"),
         signer(QStringLiteral("cg.supervisor"), core::Agency::CoastGuard, core::Role::Supervisor, 49)}};
    data.row.discrepancies = {discrepancy};
    core::Declaration before = declared;
    before.persons.men = 58;
    d.amendments = {
        {1, core::HandoverStep::Declaration, before, declared, QStringLiteral("two men counted late"),
         signer(QStringLiteral("cg.supervisor"), core::Agency::CoastGuard, core::Role::Supervisor, 90)}};
    return data;
}

/// The PDF's text, with pdftotext's ligatures and Arabic presentation forms back to plain letters and
/// the direction marks taken out.
QString pdfText(const QString &pdf) {
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    REQUIRE_FALSE(pdftotext.isEmpty()); // poppler-utils, scripts/debian-packages.txt
    QProcess process;
    process.start(pdftotext, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    QString text =
        QString::fromUtf8(process.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    text.remove(
        QRegularExpression(QStringLiteral("[\\x{200E}\\x{200F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}]")));
    return text;
}

int pageCount(const QString &pdf) {
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return static_cast<int>(file.readAll().count("/Type /Page\n") + 0);
}

bool hasLine(const QString &text, const QString &pattern) {
    return text.contains(QRegularExpression(pattern));
}

} // namespace

TEST_CASE("The printed handover form shows every count, every signer and when, and the amendment") {
    QTemporaryDir folder;
    const QString pdf = folder.filePath(QStringLiteral("handover.pdf"));
    models::HandoverPrintOptions options;
    options.printedUtc = QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
    auto written = models::writeHandoverPdf(tripoli(), pdf, options);
    INFO((written.isOk() ? QString() : written.errorMessage()).toStdString());
    REQUIRE(written);
    CHECK(pageCount(pdf) >= 1);
    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("LY-2026-0001/1")));
    for (const char *line :
         {"Men\\s+60", "Women\\s+12", "Boys\\s+7", "Girls\\s+3", "Persons handed over\\s+82",
          "Unaccompanied minors\\s+4", "Medical cases referred\\s+3", "Bodies recovered\\s+2", "Men\\s+58",
          "Persons received\\s+80", "Tariq al-Sikka: 80", "Medical cases\\s+3", "Tripoli Central Hospital: 2",
          "Persons evacuated\\s+2", "Rescued\\s+80", "Missing\\s+3", "Sudan: 30"}) {
        INFO(line);
        CHECK(hasLine(text, QString::fromLatin1(line)));
    }
    // Who signed each step: user, agency, role, and when (UTC).
    CHECK(text.contains(QStringLiteral("(cg.officer), Coast Guard, Watch officer, 2026-11-22 14:12 UTC")));
    CHECK(text.contains(QStringLiteral("(dcim.officer), DCIM, Watch officer, 2026-11-22 14:27 UTC")));
    CHECK(text.contains(
        QStringLiteral("(lrc.officer), Libyan Red Crescent, Watch officer, 2026-11-22 14:42 UTC")));
    CHECK(text.contains(QStringLiteral("(cg.supervisor), Coast Guard, Supervisor, 2026-11-22 14:57 UTC")));
    CHECK(text.contains(QStringLiteral("Approved")));
    // The discrepancy with its numbers and explanation; the amendment with its old and new value.
    CHECK(text.contains(QStringLiteral("80 received by DCIM")));
    CHECK(text.contains(QStringLiteral("two men taken to hospital first")));
    CHECK(text.contains(QStringLiteral("two men counted late")));
    CHECK(hasLine(text, QStringLiteral("Men\\s+58\\s+60")));
    CHECK(text.contains(QStringLiteral("2026-11-22 15:37 UTC")));
    CHECK(text.contains(QStringLiteral("Signatures for the paper file")));
    CHECK(text.contains(QStringLiteral("printed 2026-11-23 10:00 UTC")));
    CHECK(text.contains(QStringLiteral("وصلوا منهكين"))); // an Arabic remark keeps its glyphs
}

TEST_CASE("The handover form in Arabic names places and facilities in Arabic, right to left") {
    QTemporaryDir folder;
    const QString pdf = folder.filePath(QStringLiteral("handover-ar.pdf"));
    models::HandoverPrintOptions options;
    options.arabic = true;
    REQUIRE(models::writeHandoverPdf(tripoli(), pdf, options));
    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("طرابلس")));
    CHECK(text.contains(QStringLiteral("طريق السكة")));
    CHECK(text.contains(QStringLiteral("مستشفى طرابلس المركزي")));
    CHECK(text.contains(QStringLiteral("2026-11-22 14:12 UTC")));
    CHECK(text.contains(QStringLiteral("82")));
    // Right to left, a label stands right of its value: the value comes first on the line.
    CHECK(hasLine(text, QStringLiteral("82\\s+Persons handed over")));

    const QString html = models::handoverFormHtml(tripoli(), options);
    CHECK(html.contains(QStringLiteral("dir=\"rtl\"")));
}

TEST_CASE("A handover form that cannot be written says why and leaves no file") {
    QTemporaryDir folder;
    const QString pdf = folder.filePath(QStringLiteral("missing/folder/handover.pdf"));
    auto written = models::writeHandoverPdf(tripoli(), pdf, {});
    REQUIRE_FALSE(written);
    CHECK(written.errorMessage().contains(pdf));
    CHECK_FALSE(QFile::exists(pdf));
}
