#include "geo/raster_source.h"

#include "geo/gdal_support.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <gdal_priv.h>
#include <gdal_utils.h>
#include <ogr_spatialref.h>

#include <algorithm>
#include <cmath>

namespace marsa::geo {
namespace {

// The translation context of this file's messages (lupdate reads the macro).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::geo::RasterSource)
};

struct DatasetCloser {
    void operator()(GDALDatasetH dataset) const { GDALClose(dataset); }
};
using DatasetPtr = std::unique_ptr<void, DatasetCloser>;

/// argv-style option lists for gdal_utils, owning their strings.
class Options {
public:
    Options(std::initializer_list<QByteArray> args)
        : m_args(args) {
        for (QByteArray &arg : m_args) {
            m_pointers.push_back(arg.data());
        }
        m_pointers.push_back(nullptr);
    }
    char **argv() { return m_pointers.data(); }

private:
    std::vector<QByteArray> m_args;
    std::vector<char *> m_pointers;
};

bool hasGeoreference(GDALDataset &dataset) {
    double transform[6];
    const bool hasTransform = dataset.GetGeoTransform(transform) == CE_None &&
                              !(transform[0] == 0.0 && transform[1] == 1.0 && transform[5] == 1.0);
    return (hasTransform && dataset.GetSpatialRef() != nullptr) ||
           (dataset.GetGCPCount() >= 3 && dataset.GetGCPSpatialRef() != nullptr);
}

// A virtual data set warped to Mercator; nothing is read until pixels are asked for. The warped
// set reads the expanded one, so it is declared last and so destroyed first.
struct WarpChain {
    DatasetPtr expanded;
    DatasetPtr warped;
};

WarpChain warpedToMercator(GDALDatasetH source, bool paletted, QString &error) {
    detail::GdalErrorCapture errors;
    WarpChain chain;
    DatasetPtr &expanded = chain.expanded;
    GDALDatasetH input = source;
    if (paletted) {
        // Expand the palette before resampling: interpolating palette indices gives wrong colours.
        Options translateArgs{"-of", "VRT", "-expand", "rgba"};
        GDALTranslateOptions *options = GDALTranslateOptionsNew(translateArgs.argv(), nullptr);
        expanded.reset(GDALTranslate("", source, options, nullptr));
        GDALTranslateOptionsFree(options);
        if (!expanded) {
            error = errors.lastError();
            return {};
        }
        input = expanded.get();
    }
    Options warpArgs{"-of", "VRT", "-t_srs", mercator::kEpsgCode, "-r", "bilinear", "-dstalpha"};
    GDALWarpAppOptions *options = GDALWarpAppOptionsNew(warpArgs.argv(), nullptr);
    int usageError = 0;
    chain.warped.reset(GDALWarp("", nullptr, 1, &input, options, &usageError));
    GDALWarpAppOptionsFree(options);
    if (!chain.warped) {
        error = errors.lastError();
    }
    return chain;
}

} // namespace

struct RasterSource::Impl {
    QString path;
    detail::GdalPath gdalPath;
    DatasetPtr dataset;
    bool paletted = false;
    double metresPerPixel = 0.0;
};

RasterSource::RasterSource(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl)) {}
RasterSource::RasterSource(RasterSource &&) noexcept = default;
RasterSource &RasterSource::operator=(RasterSource &&) noexcept = default;
RasterSource::~RasterSource() = default;

core::Result<RasterSource> RasterSource::open(const QString &path) {
    const QString shown = QFileInfo(path).fileName();
    auto gdalPath = detail::GdalPath::make(path);
    if (!gdalPath) {
        return gdalPath.error();
    }
    detail::GdalErrorCapture errors;
    DatasetPtr dataset(GDALOpenEx(gdalPath->name().constData(), GDAL_OF_RASTER | GDAL_OF_READONLY, nullptr,
                                  nullptr, nullptr));
    if (!dataset) {
        return core::Error{
            Text::tr("GDAL cannot read %1 as a raster chart: %2").arg(shown, errors.lastError())};
    }
    auto *gdal = GDALDataset::FromHandle(dataset.get());
    if (gdal->GetRasterCount() == 0) {
        return core::Error{Text::tr("%1 holds no raster bands.").arg(shown)};
    }
    if (!hasGeoreference(*gdal)) {
        return core::Error{
            Text::tr("%1 has no georeference: Marsa cannot place it on the chart.").arg(shown)};
    }
    const bool paletted = gdal->GetRasterBand(1)->GetColorTable() != nullptr;
    QString warpError;
    const WarpChain chain = warpedToMercator(dataset.get(), paletted, warpError);
    if (!chain.warped) {
        return core::Error{
            Text::tr("Cannot reproject %1 to the chart's projection: %2").arg(shown, warpError)};
    }
    double transform[6] = {};
    GDALGetGeoTransform(chain.warped.get(), transform);
    auto impl = std::make_unique<Impl>();
    impl->path = path;
    impl->gdalPath = std::move(gdalPath.value());
    impl->dataset = std::move(dataset);
    impl->paletted = paletted;
    impl->metresPerPixel = std::abs(transform[1]);
    return RasterSource(std::move(impl));
}

QString RasterSource::path() const {
    return m_impl->path;
}

QString RasterSource::driverName() const {
    return QString::fromUtf8(GDALGetDescription(GDALGetDatasetDriver(m_impl->dataset.get())));
}

double RasterSource::nativeMetresPerPixel() const {
    return m_impl->metresPerPixel;
}

core::Result<MercatorRaster> RasterSource::readMercator(int maxDimension) const {
    detail::GdalErrorCapture errors;
    QString warpError;
    const WarpChain chain = warpedToMercator(m_impl->dataset.get(), m_impl->paletted, warpError);
    if (!chain.warped) {
        return core::Error{Text::tr("Cannot reproject the chart: %1").arg(warpError)};
    }
    auto *dataset = GDALDataset::FromHandle(chain.warped.get());
    const int fullWidth = dataset->GetRasterXSize();
    const int fullHeight = dataset->GetRasterYSize();
    const double shrink = std::max(1.0, static_cast<double>(std::max(fullWidth, fullHeight)) / maxDimension);
    MercatorRaster raster;
    raster.width = std::max(1, static_cast<int>(std::lround(fullWidth / shrink)));
    raster.height = std::max(1, static_cast<int>(std::lround(fullHeight / shrink)));
    double transform[6] = {};
    dataset->GetGeoTransform(transform);
    raster.minimum = {transform[0], transform[3] + transform[5] * fullHeight};
    raster.maximum = {transform[0] + transform[1] * fullWidth, transform[3]};

    // The warp added an alpha band last; colour bands come before it.
    const int bands = dataset->GetRasterCount();
    const int colourBands = bands - 1;
    const std::size_t pixels =
        static_cast<std::size_t>(raster.width) * static_cast<std::size_t>(raster.height);
    std::vector<std::uint8_t> plane(pixels);
    raster.argb.assign(pixels, 0);
    auto readBand = [&](int band, int shift) -> bool {
        GDALRasterBand *rasterBand = dataset->GetRasterBand(band);
        if (rasterBand->RasterIO(GF_Read, 0, 0, fullWidth, fullHeight, plane.data(), raster.width,
                                 raster.height, GDT_Byte, 0, 0, nullptr) != CE_None) {
            return false;
        }
        for (std::size_t i = 0; i < pixels; ++i) {
            raster.argb[i] |= static_cast<std::uint32_t>(plane[i]) << shift;
        }
        return true;
    };
    bool ok = readBand(bands, 24);
    if (colourBands >= 3) {
        ok = ok && readBand(1, 16) && readBand(2, 8) && readBand(3, 0);
    } else {
        // Grey: the same value in red, green and blue.
        ok = ok && readBand(1, 16) && readBand(1, 8) && readBand(1, 0);
    }
    if (!ok) {
        return core::Error{Text::tr("Cannot read the chart's pixels: %1").arg(errors.lastError())};
    }
    return raster;
}

} // namespace marsa::geo
