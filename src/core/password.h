#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace marsa::core {

/// Passwords of Marsa's users, hashed with libsodium's crypto_pwhash (Argon2id, interactive
/// limits: 2 passes over 64 MiB). Only the encoded hash is ever stored; a password is never
/// stored, logged or kept longer than the call that checks it.
class Password {
public:
    /// The minimum length Marsa accepts for a new password.
    static constexpr int kMinimumLength = 10;

    /// Hashes a new password; a password too short is refused with a message.
    static Result<QByteArray> hash(const QString &password);
    /// True when the password matches a hash made by hash().
    static bool verify(const QString &password, const QByteArray &encodedHash);
    /// True when the hash was made with weaker limits than today's and should be renewed.
    static bool needsRehash(const QByteArray &encodedHash);
};

} // namespace marsa::core
