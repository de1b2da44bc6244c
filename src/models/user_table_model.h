#pragma once

#include "core/permissions.h"

#include <QAbstractTableModel>

#include <vector>

namespace marsa::models {

/// The Users dialog's table: user name, full name, agency, role and whether the account is
/// active, in the order given (storage lists them by user name).
class UserTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column : int {
        UserNameColumn,
        DisplayNameColumn,
        AgencyColumn,
        RoleColumn,
        ActiveColumn,
        ColumnCount
    };
    enum Role : int { UserIdRole = Qt::UserRole + 1, IsActiveRole };

    explicit UserTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Replaces every row (a reset: the dialog selects the account it acted on again).
    void setUsers(std::vector<core::User> users);
    const core::User *user(int row) const;
    /// The row of the account with this id, or -1.
    int rowOf(std::int64_t userId) const;
    const std::vector<core::User> &users() const { return m_users; }

private:
    std::vector<core::User> m_users;
};

} // namespace marsa::models
