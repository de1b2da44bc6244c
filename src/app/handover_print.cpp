#include "app/handover_print.h"

#include "core/clock.h"
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

QString promptHandoverPdf(QWidget *parent, storage::Database &database, core::DisembarkationId id) {
    const core::SystemClock clock;
    const storage::DisembarkationService service(database, clock);
    auto data = models::readHandoverPrintData(service, id);
    if (!data) {
        QMessageBox::warning(parent, Text::tr("Print handover"), data.errorMessage());
        return {};
    }
    // "handover-LY-2026-0008-2.pdf": the reference without the slash a file name cannot hold.
    QString reference = data->row.disembarkation.reference();
    reference.replace(QLatin1Char('/'), QLatin1Char('-'));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(
        parent, Text::tr("Print handover %1 to PDF").arg(data->row.disembarkation.reference()),
        QDir(folder).filePath(QStringLiteral("handover-") + reference + QStringLiteral(".pdf")),
        Text::tr("PDF files (*.pdf)"), nullptr, QFileDialog::DontUseNativeDialog);
    if (path.isEmpty()) {
        return {};
    }
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        path += QStringLiteral(".pdf");
    }
    models::HandoverPrintOptions options;
    options.arabic = QGuiApplication::layoutDirection() == Qt::RightToLeft;
    if (auto written = models::writeHandoverPdf(data.value(), path, options); !written) {
        QMessageBox::warning(parent, Text::tr("Print handover"),
                             Text::tr("The handover form was not written. %1").arg(written.errorMessage()));
        return {};
    }
    return path;
}

} // namespace marsa::app
