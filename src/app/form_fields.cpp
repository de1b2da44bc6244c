#include "app/form_fields.h"

#include <QApplication>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace marsa::app {

QLineEdit *passwordField(QWidget *parent) {
    auto *field = new QLineEdit(parent);
    field->setEchoMode(QLineEdit::Password);
    field->setLayoutDirection(Qt::LeftToRight);
    return field;
}

bool NewPasswordFields::differ() const {
    return password->text() != repeat->text();
}

void NewPasswordFields::clear() const {
    password->clear();
    repeat->clear();
}

NewPasswordFields addNewPasswordRows(QFormLayout *form, const QString &label, const QString &againLabel,
                                     QWidget *parent) {
    NewPasswordFields fields{passwordField(parent), passwordField(parent)};
    fields.password->setObjectName(QStringLiteral("password"));
    fields.repeat->setObjectName(QStringLiteral("repeat"));
    form->addRow(label, fields.password);
    form->addRow(againLabel, fields.repeat);
    return fields;
}

QDateTimeEdit *utcTimeField(QWidget *parent, const char *objectName) {
    auto *field = new QDateTimeEdit(parent);
    field->setObjectName(QString::fromLatin1(objectName));
    field->setTimeSpec(Qt::UTC);
    // QDateTimeEdit reverses the order of the format's sections when the application runs right
    // to left ("04:00" and the date swapped, read backwards); given reversed, it shows the ISO order.
    field->setDisplayFormat(QApplication::isRightToLeft() ? QStringLiteral("mm:HH dd-MM-yyyy")
                                                          : QStringLiteral("yyyy-MM-dd HH:mm"));
    field->setCalendarPopup(true);
    // The spin box's own line edit too, or the bidi algorithm shows 04:00 as 00:04.
    field->setLayoutDirection(Qt::LeftToRight);
    if (auto *edit = field->findChild<QLineEdit *>()) {
        edit->setLayoutDirection(Qt::LeftToRight);
    }
    return field;
}

QLabel *messageLabel(QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("message"));
    label->setWordWrap(true);
    label->setVisible(false);
    return label;
}

void showMessage(QLabel *label, const QString &text) {
    label->setText(text);
    label->setVisible(true);
}

QPushButton *addActionButton(QDialogButtonBox *buttons, const QString &text, const char *objectName) {
    QPushButton *button = buttons->addButton(text, QDialogButtonBox::ActionRole);
    button->setObjectName(QString::fromLatin1(objectName));
    button->setAutoDefault(false);
    return button;
}

QDialogButtonBox *okCancelButtons(QDialog *dialog, const QString &okText, const QString &cancelText) {
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    buttons->button(QDialogButtonBox::Cancel)->setText(cancelText);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

void layOutForm(QDialog *dialog, QLabel *intro, QFormLayout *form, QLabel *message, QDialogButtonBox *buttons,
                int widthInCharacters) {
    auto *layout = new QVBoxLayout(dialog);
    if (intro != nullptr) {
        intro->setWordWrap(true);
        layout->addWidget(intro);
    }
    layout->addLayout(form);
    layout->addWidget(message);
    layout->addWidget(buttons);
    dialog->setMinimumWidth(dialog->fontMetrics().averageCharWidth() * widthInCharacters);
}

} // namespace marsa::app
