#include "geo/gdal_support.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cpl_error.h>
#include <cpl_vsi.h>
#include <gdal.h>

#include <atomic>
#include <mutex>

namespace marsa::geo::detail {

void DatasetCloser::operator()(GDALDataset *dataset) const {
    GDALClose(dataset);
}

void ensureGdalRegistered() {
    static std::once_flag once;
    // GDAL lists a chart's folder for side-car files (.tfw world files, .aux.xml, .prj): a scanned
    // chart georeferenced by a world file needs that, so the default stays.
    std::call_once(once, [] { GDALAllRegister(); });
}

core::Result<GdalPath> GdalPath::make(const QString &path) {
    ensureGdalRegistered();
    GdalPath result;
    if (!path.startsWith(QLatin1String(":/"))) {
        if (!QFileInfo(path).isReadable()) {
            return core::Error{
                QCoreApplication::translate("marsa::geo", "Cannot open %1: the file does not exist or is not "
                                                          "readable.")
                    .arg(QFileInfo(path).fileName())};
        }
        result.m_name = path.toUtf8();
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return core::Error{
            QCoreApplication::translate("marsa::geo", "The built-in data file %1 is missing.").arg(path)};
    }
    static std::atomic<int> counter{0};
    result.m_contents = file.readAll();
    // Keep the extension: GDAL picks some drivers by it.
    result.m_name = QByteArrayLiteral("/vsimem/marsa/") + QByteArray::number(++counter) + QByteArray("_") +
                    path.section(QLatin1Char('/'), -1).toUtf8();
    VSILFILE *handle =
        VSIFileFromMemBuffer(result.m_name.constData(), reinterpret_cast<GByte *>(result.m_contents.data()),
                             static_cast<vsi_l_offset>(result.m_contents.size()), FALSE);
    if (handle == nullptr) {
        return core::Error{QCoreApplication::translate("marsa::geo", "Cannot map %1 for GDAL.").arg(path)};
    }
    VSIFCloseL(handle);
    result.m_inMemory = true;
    return result;
}

GdalPath::GdalPath(GdalPath &&other) noexcept
    : m_name(std::move(other.m_name))
    , m_contents(std::move(other.m_contents))
    , m_inMemory(std::exchange(other.m_inMemory, false)) {}

GdalPath &GdalPath::operator=(GdalPath &&other) noexcept {
    if (this != &other) {
        if (m_inMemory) {
            VSIUnlink(m_name.constData());
        }
        m_name = std::move(other.m_name);
        m_contents = std::move(other.m_contents);
        m_inMemory = std::exchange(other.m_inMemory, false);
    }
    return *this;
}

GdalPath::~GdalPath() {
    if (m_inMemory) {
        VSIUnlink(m_name.constData());
    }
}

GdalErrorCapture::GdalErrorCapture() {
    CPLErrorReset();
    CPLPushErrorHandler(CPLQuietErrorHandler);
}

GdalErrorCapture::~GdalErrorCapture() {
    CPLPopErrorHandler();
}

QString GdalErrorCapture::lastError() const {
    const char *message = CPLGetLastErrorMsg();
    if (message == nullptr || *message == '\0') {
        return QCoreApplication::translate("marsa::geo", "unknown error");
    }
    return QString::fromUtf8(message);
}

} // namespace marsa::geo::detail
