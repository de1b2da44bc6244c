#include "core/result.h"

#include "catch_qt.h"

#include <memory>

using marsa::core::Error;
using marsa::core::Result;

namespace {

Result<int> half(int value) {
    if (value % 2 != 0) {
        return Result<int>::failure(QStringLiteral("%1 is odd").arg(value));
    }
    return value / 2;
}

Result<void> check(bool ok) {
    if (!ok) {
        return Error{QStringLiteral("refused")};
    }
    return Result<void>::success();
}

} // namespace

TEST_CASE("A successful Result holds its value") {
    const Result<int> result = half(42);
    REQUIRE(result.isOk());
    CHECK(static_cast<bool>(result));
    CHECK(result.value() == 21);
    CHECK(*result == 21);
}

TEST_CASE("A failed Result holds its error message") {
    const Result<int> result = half(7);
    REQUIRE_FALSE(result.isOk());
    CHECK_FALSE(static_cast<bool>(result));
    CHECK(result.errorMessage() == QStringLiteral("7 is odd"));
    CHECK(result.error().message == QStringLiteral("7 is odd"));
}

TEST_CASE("A Result gives access to its value's members and can be moved out") {
    Result<QString> text = QStringLiteral("Tripoli");
    CHECK(text->size() == 7);
    Result<std::unique_ptr<int>> owned = std::make_unique<int>(5);
    std::unique_ptr<int> taken = std::move(owned).value();
    REQUIRE(taken);
    CHECK(*taken == 5);
}

TEST_CASE("A Result without a value is a success or an error") {
    const Result<void> ok = check(true);
    CHECK(ok.isOk());
    CHECK(static_cast<bool>(ok));
    const Result<void> refused = check(false);
    REQUIRE_FALSE(refused.isOk());
    CHECK(refused.errorMessage() == QStringLiteral("refused"));
    const Result<void> byDefault;
    CHECK(byDefault.isOk());
    CHECK_FALSE(Result<void>::failure(QStringLiteral("x")).isOk());
}
