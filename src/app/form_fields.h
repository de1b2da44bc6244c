#pragma once

class QDateTimeEdit;
class QDialog;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QLineEdit;
class QString;
class QWidget;

namespace marsa::app {

// The parts Marsa's small form dialogs (sign-in, accounts, passwords) share.

/// A password field: hidden, and typed left to right even in an Arabic layout (a password is
/// not prose).
QLineEdit *passwordField(QWidget *parent);

/// A new password typed twice, as two rows of a form: fields "password" and "repeat".
struct NewPasswordFields {
    QLineEdit *password = nullptr;
    QLineEdit *repeat = nullptr;

    bool differ() const;
    void clear() const;
};
NewPasswordFields addNewPasswordRows(QFormLayout *form, const QString &label, const QString &againLabel,
                                     QWidget *parent);

/// A UTC date and time field, "yyyy-MM-dd HH:mm" with a calendar: it reads left to right in an Arabic
/// layout too (a time is not prose).
QDateTimeEdit *utcTimeField(QWidget *parent, const char *objectName);

/// The line where a dialog says why it refused what was typed ("message"): word-wrapped,
/// hidden until there is something to say.
QLabel *messageLabel(QWidget *parent);
void showMessage(QLabel *label, const QString &text);

/// OK and Cancel in the dialog's own words, wired to its accept() and reject().
/// An action button of a list dialog's button box ("New user…", "Edit…"): named for tests, never
/// the default button (Return in the list must not press it).
QPushButton *addActionButton(QDialogButtonBox *buttons, const QString &text, const char *objectName);

QDialogButtonBox *okCancelButtons(QDialog *dialog, const QString &okText, const QString &cancelText);

/// Top to bottom: an introduction (may be null), the form, the message line and the buttons, at
/// least `widthInCharacters` average characters wide so the text has room in Arabic too.
void layOutForm(QDialog *dialog, QLabel *intro, QFormLayout *form, QLabel *message, QDialogButtonBox *buttons,
                int widthInCharacters);

} // namespace marsa::app
