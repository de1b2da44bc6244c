#include "app/feed_edit_dialog.h"

#include "app/form_fields.h"
#include "feeds/serial_source.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace marsa::app {
namespace {

// Addresses, ports, devices and paths are typed left to right in every language.
QLineEdit *latinField(const QString &text, const char *objectName, QWidget *parent) {
    auto *field = new QLineEdit(text, parent);
    field->setObjectName(QString::fromLatin1(objectName));
    field->setLayoutDirection(Qt::LeftToRight);
    return field;
}

// A port as typed, in Western or Arabic-Indic digits (an Arabic keyboard gives the latter); -1
// when it is not a whole number, which validation then refuses with the port's own message.
int parsePort(const QString &text) {
    QString latin;
    for (const QChar c : text.trimmed()) {
        const int digit = c.digitValue();
        if (digit < 0) {
            return -1;
        }
        latin += QChar(u'0' + digit);
    }
    bool ok = false;
    const int value = latin.toInt(&ok);
    return ok && latin.size() <= 6 ? value : -1;
}

} // namespace

FeedEditDialog::FeedEditDialog(const feeds::FeedConfig &config, bool isNew, QStringList takenNames,
                               QWidget *parent)
    : QDialog(parent)
    , m_config(config)
    , m_takenNames(std::move(takenNames)) {
    setObjectName(QStringLiteral("feedEditDialog"));
    setWindowTitle(isNew ? tr("New feed") : tr("Edit feed %1").arg(config.name));
    m_name = new QLineEdit(config.name, this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("e.g. Tripoli AIS receiver"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    using feeds::FeedKind;
    for (FeedKind kind :
         {FeedKind::UdpListener, FeedKind::TcpClient, FeedKind::SerialPort, FeedKind::LogFile}) {
        m_kind->addItem(feeds::kindName(kind), static_cast<int>(kind));
    }
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(config.kind)));

    m_host = latinField(config.host, "host", this);
    m_port = latinField(QString::number(config.port), "port", this);
    m_serialDevice = new QComboBox(this);
    m_serialDevice->setObjectName(QStringLiteral("serialDevice"));
    m_serialDevice->setEditable(true); // a device that is not plugged in yet can be typed
    m_serialDevice->setLayoutDirection(Qt::LeftToRight);
    m_serialDevice->addItems(feeds::availableSerialPorts());
    m_serialDevice->setCurrentText(config.serialDevice);
    m_baudRate = new QComboBox(this);
    m_baudRate->setObjectName(QStringLiteral("baudRate"));
    for (int rate : feeds::standardBaudRates()) {
        m_baudRate->addItem(tr("%1 Bd").arg(rate), rate);
    }
    m_baudRate->setCurrentIndex(std::max(0, m_baudRate->findData(config.baudRate)));

    m_fileRow = new QWidget(this);
    m_filePath = latinField(config.filePath, "filePath", m_fileRow);
    auto *browseButton = new QPushButton(tr("Browse…"), m_fileRow);
    browseButton->setObjectName(QStringLiteral("browseButton"));
    browseButton->setAutoDefault(false);
    auto *fileLayout = new QHBoxLayout(m_fileRow);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    fileLayout->addWidget(m_filePath, 1);
    fileLayout->addWidget(browseButton);
    connect(browseButton, &QPushButton::clicked, this, &FeedEditDialog::browse);
    m_playback = new QComboBox(this);
    m_playback->setObjectName(QStringLiteral("playback"));
    m_playback->addItem(tr("At the recorded speed (tag block times)"),
                        static_cast<int>(feeds::Playback::RecordedSpeed));
    m_playback->addItem(tr("As fast as possible"), static_cast<int>(feeds::Playback::AsFastAsPossible));
    m_playback->setCurrentIndex(m_playback->findData(static_cast<int>(config.playback)));
    m_speed = new QDoubleSpinBox(this);
    m_speed->setObjectName(QStringLiteral("speed"));
    m_speed->setRange(feeds::kMinimumSpeed, feeds::kMaximumSpeed);
    m_speed->setDecimals(1);
    m_speed->setSuffix(tr(" ×"));
    m_speed->setValue(config.speed);
    m_loop = new QCheckBox(tr("Start again at the end"), this);
    m_loop->setObjectName(QStringLiteral("loop"));
    m_loop->setChecked(config.loop);
    m_ownShipGps = new QCheckBox(tr("Take own ship's position and heading from its GPS sentences"), this);
    m_ownShipGps->setObjectName(QStringLiteral("ownShipGps"));
    m_ownShipGps->setChecked(config.ownShipGps);
    m_enabled = new QCheckBox(tr("Enabled"), this);
    m_enabled->setObjectName(QStringLiteral("enabled"));
    m_enabled->setChecked(config.enabled);
    m_message = messageLabel(this);

    m_form = new QFormLayout;
    m_form->addRow(tr("Name:"), m_name);
    m_form->addRow(tr("Kind:"), m_kind);
    m_form->addRow(tr("Address:"), m_host);
    m_form->addRow(tr("Port:"), m_port);
    m_form->addRow(tr("Serial device:"), m_serialDevice);
    m_form->addRow(tr("Baud rate:"), m_baudRate);
    m_form->addRow(tr("Log file:"), m_fileRow);
    m_form->addRow(tr("Playback:"), m_playback);
    m_form->addRow(tr("Speed:"), m_speed);
    m_form->addRow(QString(), m_loop);
    m_form->addRow(QString(), m_ownShipGps);
    m_form->addRow(QString(), m_enabled);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &FeedEditDialog::updateRows);
    connect(m_playback, &QComboBox::currentIndexChanged, this, &FeedEditDialog::updateRows);
    layOutForm(this, nullptr, m_form, m_message,
               okCancelButtons(this, isNew ? tr("Add") : tr("Save"), tr("Cancel")), 70);
    updateRows();
    m_name->setFocus();
}

void FeedEditDialog::updateRows() {
    const auto kind = static_cast<feeds::FeedKind>(m_kind->currentData().toInt());
    const bool network = kind == feeds::FeedKind::UdpListener || kind == feeds::FeedKind::TcpClient;
    const bool serial = kind == feeds::FeedKind::SerialPort;
    const bool file = kind == feeds::FeedKind::LogFile;
    m_form->setRowVisible(m_host, network);
    m_form->setRowVisible(m_port, network);
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_host))) {
        label->setText(kind == feeds::FeedKind::TcpClient ? tr("Server:") : tr("Listen on address:"));
    }
    m_host->setPlaceholderText(kind == feeds::FeedKind::TcpClient ? tr("host name or IP address")
                                                                  : tr("empty: every interface"));
    m_form->setRowVisible(m_serialDevice, serial);
    m_form->setRowVisible(m_baudRate, serial);
    m_form->setRowVisible(m_fileRow, file);
    m_form->setRowVisible(m_playback, file);
    m_form->setRowVisible(m_speed, file);
    m_form->setRowVisible(m_loop, file);
    m_speed->setEnabled(m_playback->currentData().toInt() ==
                        static_cast<int>(feeds::Playback::RecordedSpeed));
}

void FeedEditDialog::browse() {
    const QString path = QFileDialog::getOpenFileName(this, tr("NMEA log file"), m_filePath->text(),
                                                      tr("NMEA logs (*.nmea *.txt *.log);;All files (*)"));
    if (!path.isEmpty()) {
        m_filePath->setText(path);
    }
}

feeds::FeedConfig FeedEditDialog::formConfig() const {
    feeds::FeedConfig config = m_config;
    config.name = m_name->text().trimmed();
    config.kind = static_cast<feeds::FeedKind>(m_kind->currentData().toInt());
    config.host = m_host->text().trimmed();
    config.port = parsePort(m_port->text());
    config.serialDevice = m_serialDevice->currentText().trimmed();
    config.baudRate = m_baudRate->currentData().toInt();
    config.filePath = m_filePath->text().trimmed();
    config.playback = static_cast<feeds::Playback>(m_playback->currentData().toInt());
    config.speed = m_speed->value();
    config.loop = m_loop->isChecked();
    config.ownShipGps = m_ownShipGps->isChecked();
    config.enabled = m_enabled->isChecked();
    return config;
}

void FeedEditDialog::accept() {
    const feeds::FeedConfig config = formConfig();
    QStringList problems = feeds::validate(config);
    if (!config.name.isEmpty() && m_takenNames.contains(config.name, Qt::CaseInsensitive)) {
        problems.prepend(tr("Another feed is already called %1: choose another name.").arg(config.name));
    }
    if (!problems.isEmpty()) {
        showMessage(m_message, problems.join(QLatin1Char('\n')));
        return;
    }
    m_config = config;
    QDialog::accept();
}

} // namespace marsa::app
