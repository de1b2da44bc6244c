#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

#include <memory>

class GDALDataset;

// Internal to marsa_geo: helpers shared by the GDAL readers and writers. No GDAL header here, so
// that no public header of ours drags GDAL into the layers above (ARCHITECTURE.md).
namespace marsa::geo::detail {

/// Closes a dataset with GDALClose, which also flushes one being written.
struct DatasetCloser {
    void operator()(GDALDataset *dataset) const;
};
using DatasetPtr = std::unique_ptr<GDALDataset, DatasetCloser>;

/// Registers GDAL's drivers once per process (GDAL keeps its own registry).
void ensureGdalRegistered();

/// A file GDAL can open by name. Ordinary paths pass through; Qt resource paths (":/...") are
/// copied into GDAL's in-memory file system (/vsimem/) for as long as this object lives.
class GdalPath {
public:
    /// Registers GDAL's drivers if needed; a file that does not exist or cannot be read is an
    /// Error that says so.
    static core::Result<GdalPath> make(const QString &path);
    GdalPath() = default;
    GdalPath(GdalPath &&other) noexcept;
    GdalPath &operator=(GdalPath &&other) noexcept;
    GdalPath(const GdalPath &) = delete;
    GdalPath &operator=(const GdalPath &) = delete;
    ~GdalPath();

    /// The name to give GDAL, UTF-8.
    const QByteArray &name() const { return m_name; }

private:
    QByteArray m_name;
    QByteArray m_contents; // owned buffer behind a /vsimem/ file
    bool m_inMemory = false;
};

/// Silences GDAL's stderr chatter while alive and collects the last error message.
class GdalErrorCapture {
public:
    GdalErrorCapture();
    ~GdalErrorCapture();
    GdalErrorCapture(const GdalErrorCapture &) = delete;
    GdalErrorCapture &operator=(const GdalErrorCapture &) = delete;
    /// The last error GDAL reported, or "unknown error".
    QString lastError() const;
};

} // namespace marsa::geo::detail
