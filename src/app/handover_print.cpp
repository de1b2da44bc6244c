#include "app/handover_print.h"

#include "core/clock.h"
#include "core/exercise_stamp.h"
#include "models/handover_pdf.h"
#include "storage/database.h"
#include "storage/disembarkation_service.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QMessageBox>
#include <QStandardPaths>

namespace marsa::app {
namespace {

// The translation context of these messages (lupdate reads the macro).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::app::HandoverPrint)
};

} // namespace

QString handoverPdfName(const core::Disembarkation &disembarkation, bool exercise) {
    // "handover-LY-2026-0008-2.pdf": the reference without the slash a file name cannot hold.
    QString reference = disembarkation.reference();
    reference.replace(QLatin1Char('/'), QLatin1Char('-'));
    const QString name = QStringLiteral("handover-") + reference + QStringLiteral(".pdf");
    return exercise ? core::stampFileName(name) : name;
}

QString promptHandoverPdf(QWidget *parent, storage::Database &database, core::DisembarkationId id) {
    const core::SystemClock clock;
    const storage::DisembarkationService service(database, clock);
    auto data = models::readHandoverPrintData(service, id);
    if (!data) {
        QMessageBox::warning(parent, Text::tr("Print handover"), data.errorMessage());
        return {};
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(
        parent, Text::tr("Print handover %1 to PDF").arg(data->row.disembarkation.reference()),
        QDir(folder).filePath(handoverPdfName(data->row.disembarkation, database.isExercise())),
        Text::tr("PDF files (*.pdf)"), nullptr, QFileDialog::DontUseNativeDialog);
    if (path.isEmpty()) {
        return {};
    }
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        path += QStringLiteral(".pdf");
    }
    models::HandoverPrintOptions options;
    options.arabic = QGuiApplication::layoutDirection() == Qt::RightToLeft;
    options.exerciseName = database.exerciseName();
    if (auto written = models::writeHandoverPdf(data.value(), path, options); !written) {
        QMessageBox::warning(parent, Text::tr("Print handover"),
                             Text::tr("The handover form was not written. %1").arg(written.errorMessage()));
        return {};
    }
    return path;
}

} // namespace marsa::app
