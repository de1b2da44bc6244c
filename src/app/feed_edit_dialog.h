#pragma once

#include "feeds/feed_config.h"

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace marsa::app {

/// The form behind Feeds → Add and Edit: the feed's name and kind, and the fields of that kind
/// (address and port, serial device and baud rate, log file and how to play it). OK checks the
/// whole form with feeds::validate and says every problem at once; nothing is kept until it
/// passes.
class FeedEditDialog final : public QDialog {
    Q_OBJECT
public:
    /// `takenNames`: the other feeds' names, which this one may not repeat.
    FeedEditDialog(const feeds::FeedConfig &config, bool isNew, QStringList takenNames,
                   QWidget *parent = nullptr);

    /// The configuration as accepted (valid once exec() returned Accepted).
    const feeds::FeedConfig &config() const { return m_config; }
    /// What the form holds now, valid or not.
    feeds::FeedConfig formConfig() const;

    void accept() override;

private:
    void updateRows();
    void browse();

    feeds::FeedConfig m_config;
    QStringList m_takenNames;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_host = nullptr;
    QLineEdit *m_port = nullptr;
    QComboBox *m_serialDevice = nullptr;
    QComboBox *m_baudRate = nullptr;
    QWidget *m_fileRow = nullptr;
    QLineEdit *m_filePath = nullptr;
    QComboBox *m_playback = nullptr;
    QDoubleSpinBox *m_speed = nullptr;
    QCheckBox *m_loop = nullptr;
    QCheckBox *m_ownShipGps = nullptr;
    QCheckBox *m_enabled = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace marsa::app
