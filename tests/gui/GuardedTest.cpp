// Storage work in views goes through one guard: a failure becomes a Swedish
// message and the program goes on.
#include <catch2/catch.hpp>

#include "domain/StorageError.h"
#include "support/ShownMessages.h"
#include "ui/common/Guarded.h"

#include <QProcess>

#include <new>
#include <stdexcept>

using namespace tf;

TEST_CASE("a failed step in a view is shown in Swedish and the view goes on", "[gui]")
{
    test::ShownMessages shown;
    CHECK(runGuarded(nullptr, QStringLiteral("Inte sparat"), [] {}));
    CHECK(shown.texts.isEmpty());

    CHECK_FALSE(runGuarded(nullptr, QStringLiteral("Inte sparat"), [] {
        throw StorageError(StorageError::Kind::DiskFull, QStringLiteral("Disken är full."));
    }));
    REQUIRE(shown.texts.size() == 1);
    CHECK(shown.texts.first().contains(QStringLiteral("Disken är full.")));

    // A failure that is not the store's gets a general Swedish text; its
    // English words go to the log only.
    CHECK_FALSE(runGuarded(
        nullptr, QStringLiteral("Inte sparat"), [] { throw std::runtime_error("illegal value"); }));
    REQUIRE(shown.texts.size() == 2);
    CHECK_FALSE(shown.texts.last().contains(QStringLiteral("illegal")));
    CHECK(shown.texts.last().contains(QStringLiteral("oväntat")));

    CHECK(failureText(std::make_exception_ptr(std::bad_alloc())).contains(QStringLiteral("minne")));
}

TEST_CASE("a failure escaping a view is shown in Swedish and the program goes on", "[gui]")
{
    QProcess probe;
    probe.start(QStringLiteral(TEAMFORUM_GUARD_PROBE_PATH), {});
    REQUIRE(probe.waitForFinished(60000));
    const QString output = QString::fromUtf8(probe.readAllStandardOutput());
    INFO(output.toStdString() << probe.readAllStandardError().toStdString());
    CHECK(probe.exitStatus() == QProcess::NormalExit);
    CHECK(probe.exitCode() == 0);
    CHECK(output.contains(QStringLiteral("shown: Databasfilen är skadad.")));
    CHECK(output.contains(QStringLiteral("oväntat")));
    CHECK_FALSE(output.contains(QStringLiteral("illegal")));
    CHECK(output.contains(QStringLiteral("still running")));
}
