#pragma once

#include <QByteArray>
#include <QIODevice>

namespace marsa::feeds {

/// A read-only, sequential QIODevice that hands on the lines pushed into it, as a serial port
/// would: what QNmeaPositionInfoSource reads from in real-time mode. QBuffer does not fit (one
/// position for reading and writing, not sequential). What is read is removed; what is not
/// read is capped, so a source that stopped reading cannot make it grow without end.
class NmeaPipe final : public QIODevice {
    Q_OBJECT
public:
    static constexpr qsizetype kMaxBuffered = 64 * 1024;

    explicit NmeaPipe(QObject *parent = nullptr);

    /// Appends one line (a line end is added) and signals readyRead.
    void pushLine(QByteArrayView line);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool canReadLine() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QByteArray m_buffer;
};

} // namespace marsa::feeds
