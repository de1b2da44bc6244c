#include "app/account_dialog.h"

#include "app/conflict_dialog.h"
#include "storage/user_admin_service.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

#include <algorithm>

namespace marsa::app {
namespace {

template <typename Enum>
QComboBox *choice(const char *objectName, std::initializer_list<Enum> values, QString (*name)(Enum),
                  Enum current, QWidget *parent) {
    auto *box = new QComboBox(parent);
    box->setObjectName(QString::fromLatin1(objectName));
    for (Enum value : values) {
        box->addItem(name(value), static_cast<int>(value));
    }
    box->setCurrentIndex(box->findData(static_cast<int>(current)));
    return box;
}

QString activeText(bool active) {
    return active ? AccountDialog::tr("Active") : AccountDialog::tr("Inactive");
}

} // namespace

ConflictComparison accountConflict(const core::User &mine, int seenVersion, const core::User &stored,
                                   const QColor &caution) {
    ConflictComparison comparison;
    comparison.record = AccountDialog::tr("The account %1").arg(stored.userName);
    comparison.mineHeading = AccountDialog::tr("Your change (on version %1)").arg(seenVersion);
    comparison.theirsHeading = AccountDialog::tr("Saved now (version %1)").arg(stored.version);
    comparison.fields = {
        {AccountDialog::tr("Full name"), mine.displayName.trimmed(), stored.displayName},
        {AccountDialog::tr("Agency"), core::agencyName(mine.agency), core::agencyName(stored.agency)},
        {AccountDialog::tr("Role"), core::roleName(mine.role), core::roleName(stored.role)},
        {AccountDialog::tr("State"), activeText(mine.isActive), activeText(stored.isActive)},
    };
    comparison.applyLabel = AccountDialog::tr("Save my change on version %1").arg(stored.version);
    comparison.keepNote =
        AccountDialog::tr("Keeping the saved version saves nothing; your values are shown with "
                          "the saved account, to enter again if they still apply.");
    comparison.caution = caution;
    return comparison;
}

std::optional<core::User> storedAccount(const storage::UserAdminService &service, const core::User &acting,
                                        std::int64_t id) {
    auto all = service.all(acting);
    if (!all) {
        return std::nullopt;
    }
    const auto found =
        std::find_if(all->begin(), all->end(), [id](const core::User &u) { return u.id == id; });
    return found == all->end() ? std::nullopt : std::optional<core::User>(*found);
}

AccountDialog::AccountDialog(storage::UserAdminService &service, const core::User &acting, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_acting(acting) {
    setWindowTitle(tr("New user"));
    build(core::User{});
}

AccountDialog::AccountDialog(storage::UserAdminService &service, const core::User &acting,
                             const core::User &account, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_acting(acting)
    , m_editing(account) {
    setWindowTitle(tr("Edit user %1").arg(account.userName));
    build(account);
}

void AccountDialog::build(const core::User &account) {
    m_userName = new QLineEdit(account.userName, this);
    m_userName->setObjectName(QStringLiteral("userName"));
    // Typed at sign-in on a Latin keyboard, in every language.
    m_userName->setLayoutDirection(Qt::LeftToRight);
    m_userName->setPlaceholderText(tr("e.g. cg.salem"));
    m_userName->setEnabled(!m_editing); // audit rows name it: it never changes
    m_displayName = new QLineEdit(account.displayName, this);
    m_displayName->setObjectName(QStringLiteral("displayName"));
    using core::Agency;
    using core::Role;
    m_agency = choice("agency", {Agency::CoastGuard, Agency::Dcim, Agency::RedCrescent, Agency::Observer},
                      &core::agencyName, account.agency, this);
    m_role = choice("role", {Role::WatchOfficer, Role::Supervisor, Role::Trainer, Role::Administrator},
                    &core::roleName, account.role, this);
    m_message = messageLabel(this);

    auto *form = new QFormLayout;
    form->addRow(tr("User name:"), m_userName);
    form->addRow(tr("Full name:"), m_displayName);
    form->addRow(tr("Agency:"), m_agency);
    form->addRow(tr("Role:"), m_role);
    if (!m_editing) {
        m_password = addNewPasswordRows(form, tr("Initial password:"), tr("Password again:"), this);
    }
    layOutForm(this, nullptr, form, m_message,
               okCancelButtons(this, m_editing ? tr("Save") : tr("Create"), tr("Cancel")), 60);
    (m_editing ? m_displayName : m_userName)->setFocus();
}

void AccountDialog::refuse(const QString &why) {
    showMessage(m_message, why);
    if (!m_editing) {
        m_password.clear();
        m_password.password->setFocus();
    }
}

void AccountDialog::accept() {
    if (!m_editing && m_password.differ()) {
        refuse(tr("The two passwords differ."));
        return;
    }
    const auto agency = static_cast<core::Agency>(m_agency->currentData().toInt());
    const auto role = static_cast<core::Role>(m_role->currentData().toInt());
    const core::Result<core::User> done =
        m_editing
            ? saveChange()
            : m_service.create(m_acting, {0, m_userName->text(), m_displayName->text(), agency, role, true},
                               m_password.password->text());
    if (!done && m_editing && done.isConflict()) {
        return; // kept the saved version: the form shows it, and the message the officer's values
    }
    if (!done) {
        refuse(done.errorMessage());
        return;
    }
    if (!m_editing) {
        m_password.clear();
    }
    m_result = done.value();
    QDialog::accept();
}

core::Result<core::User> AccountDialog::saveChange() {
    core::User mine = *m_editing;
    mine.displayName = m_displayName->text();
    mine.agency = static_cast<core::Agency>(m_agency->currentData().toInt());
    mine.role = static_cast<core::Role>(m_role->currentData().toInt());
    const storage::AccountDetails details{mine.displayName, mine.agency, mine.role};
    core::Result<core::User> done = m_service.change(m_acting, mine.id, details, m_editing->version);
    if (!done.isConflict()) {
        return done;
    }
    const std::optional<core::User> stored = storedAccount(m_service, m_acting, mine.id);
    if (!stored) {
        return done;
    }
    if (askConflict(accountConflict(mine, m_editing->version, *stored, m_caution), this) ==
        ConflictChoice::ApplyMine) {
        // Over the version just compared; the rules are asked again (a last administrator stays one).
        done = m_service.change(m_acting, mine.id, details, stored->version);
        if (!done.isConflict()) {
            return done;
        }
        showMessage(m_message, done.errorMessage());
        return done;
    }
    // Kept: the form shows the account as saved now, and what the administrator typed stays beside it.
    m_editing = *stored;
    m_displayName->setText(stored->displayName);
    m_agency->setCurrentIndex(m_agency->findData(static_cast<int>(stored->agency)));
    m_role->setCurrentIndex(m_role->findData(static_cast<int>(stored->role)));
    showMessage(
        m_message,
        tr("Not saved after a conflict: the form shows the account as saved now (version %1). "
           "Your values were: %2, %3, %4.")
            .arg(stored->version)
            .arg(mine.displayName.trimmed(), core::agencyName(mine.agency), core::roleName(mine.role)));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return done;
}

} // namespace marsa::app
