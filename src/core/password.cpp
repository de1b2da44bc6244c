#include "core/password.h"

#include <QCoreApplication>

#include <sodium.h>

#include <mutex>

namespace marsa::core {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(marsa::core::Password)
};

bool sodiumReady() {
    static std::once_flag once;
    static bool ready = false;
    std::call_once(once, [] { ready = sodium_init() >= 0; });
    return ready;
}

// The password as UTF-8 in a buffer that is wiped when it goes out of scope.
class SecretBytes {
public:
    explicit SecretBytes(const QString &text)
        : m_bytes(text.toUtf8()) {}
    ~SecretBytes() { sodium_memzero(m_bytes.data(), static_cast<size_t>(m_bytes.size())); }
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;
    const char *data() const { return m_bytes.constData(); }
    unsigned long long size() const { return static_cast<unsigned long long>(m_bytes.size()); }

private:
    QByteArray m_bytes;
};

} // namespace

Result<QByteArray> Password::hash(const QString &password) {
    if (password.size() < kMinimumLength) {
        return Error{Text::tr("A password needs at least %1 characters.").arg(kMinimumLength)};
    }
    if (!sodiumReady()) {
        return Error{Text::tr("The password library could not start.")};
    }
    const SecretBytes secret(password);
    char encoded[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(encoded, secret.data(), secret.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
        return Error{Text::tr("Not enough memory to hash the password.")};
    }
    return QByteArray(encoded);
}

bool Password::verify(const QString &password, const QByteArray &encodedHash) {
    if (!sodiumReady() || encodedHash.isEmpty() || encodedHash.size() >= crypto_pwhash_STRBYTES) {
        return false;
    }
    const SecretBytes secret(password);
    const QByteArray terminated = encodedHash + '\0';
    return crypto_pwhash_str_verify(terminated.constData(), secret.data(), secret.size()) == 0;
}

bool Password::needsRehash(const QByteArray &encodedHash) {
    if (!sodiumReady()) {
        return false;
    }
    const QByteArray terminated = encodedHash + '\0';
    return crypto_pwhash_str_needs_rehash(terminated.constData(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0;
}

} // namespace marsa::core
