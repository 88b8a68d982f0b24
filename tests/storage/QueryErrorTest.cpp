// A read that fails half-way must say so: a damaged page met while reading
// rows is an error in Swedish, never a shorter list that looks complete.
#include <catch2/catch.hpp>

#include "domain/StorageError.h"
#include "domain/Unit.h"
#include "services/Workspace.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Transaction.h"
#include "storage/UnitRepository.h"
#include "support/TestBackends.h"

#include <QFile>

using namespace tf;

namespace {
qint64 pragma(Database &db, const QString &name)
{
    Query query(db, QStringLiteral("PRAGMA ") + name);
    query.exec();
    return query.next() ? query.value(0).toLongLong() : 0;
}
} // namespace

TEST_CASE("a damaged page met while reading rows is an error, not the end of the rows", "[storage]")
{
    const auto backend = test::sqliteBackend();
    qint64 firstPage = 0;
    qint64 lastPage = 0;
    qint64 pageSize = 0;
    {
        Workspace workspace(backend.spec);
        workspace.open();
        firstPage = pragma(workspace.database(), QStringLiteral("page_count")) + 1;
        Transaction many(workspace.database());
        for (int i = 0; i < 3000; ++i) {
            Unit unit;
            unit.name = QStringLiteral("Avdelning %1 på Solgården").arg(i);
            workspace.units().create(unit, 0);
        }
        many.commit();
        lastPage = pragma(workspace.database(), QStringLiteral("page_count"));
        pageSize = pragma(workspace.database(), QStringLiteral("page_size"));
    }
    REQUIRE(lastPage - firstPage > 30);
    {
        // Pages in the middle of the units' rows are overwritten.
        QFile file(backend.spec.path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        const qint64 third = (lastPage - firstPage) / 3;
        for (qint64 page = firstPage + third; page < firstPage + 2 * third; ++page) {
            file.seek((page - 1) * pageSize);
            file.write(QByteArray(static_cast<int>(pageSize), '\xff'));
        }
    }
    Database db(backend.spec);
    db.open();
    int rows = 0;
    try {
        Query query(db, QStringLiteral("SELECT id, name FROM unit"));
        query.exec();
        while (query.next())
            ++rows;
        FAIL("read " << rows << " of 3000 rows without an error");
    } catch (const StorageError &error) {
        CHECK(error.kind() == StorageError::Kind::Corrupt);
        CHECK(error.userMessage().contains(QStringLiteral("skadad")));
    }
}
