#include "models/user_table_model.h"

namespace marsa::models {

UserTableModel::UserTableModel(QObject *parent)
    : QAbstractTableModel(parent) {}

int UserTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_users.size());
}

int UserTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

const core::User *UserTableModel::user(int row) const {
    return row >= 0 && row < rowCount() ? &m_users[static_cast<std::size_t>(row)] : nullptr;
}

int UserTableModel::rowOf(std::int64_t userId) const {
    for (std::size_t i = 0; i < m_users.size(); ++i) {
        if (m_users[i].id == userId) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

QVariant UserTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const core::User &user = m_users[static_cast<std::size_t>(index.row())];
    switch (role) {
    case UserIdRole:
        return QVariant::fromValue(static_cast<qlonglong>(user.id));
    case IsActiveRole:
        return user.isActive;
    case Qt::DisplayRole:
        switch (index.column()) {
        case UserNameColumn:
            return user.userName;
        case DisplayNameColumn:
            return user.displayName;
        case AgencyColumn:
            return core::agencyName(user.agency);
        case RoleColumn:
            return core::roleName(user.role);
        case ActiveColumn:
            return user.isActive ? tr("Yes") : tr("No");
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case UserNameColumn:
        return tr("User name");
    case DisplayNameColumn:
        return tr("Full name");
    case AgencyColumn:
        return tr("Agency");
    case RoleColumn:
        return tr("Role");
    case ActiveColumn:
        return tr("Active");
    default:
        return {};
    }
}

void UserTableModel::setUsers(std::vector<core::User> users) {
    beginResetModel();
    m_users = std::move(users);
    endResetModel();
}

} // namespace marsa::models
