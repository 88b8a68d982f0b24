#include "storage/SearchMatchLeakproof.h"

#include "domain/StorageError.h"
#include "storage/Database.h"
#include "storage/Dialect.h"

#include <QSqlError>
#include <QSqlQuery>

namespace tf {

namespace {
// The two functions of the indexed expression to_tsvector('swedish', text)
// @@ query (migration 003).
const char *const kFunctions[] = {
    "pg_catalog.to_tsvector(regconfig, text)",
    "pg_catalog.ts_match_vq(tsvector, tsquery)",
};
} // namespace

bool searchMatchIsLeakproof(Database &db)
{
    if (!db.isPostgres())
        return true;
    QStringList oids;
    for (const char *function : kFunctions)
        oids << QStringLiteral("'%1'::regprocedure").arg(QLatin1String(function));
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT bool_and(proleakproof) FROM pg_proc WHERE oid IN (%1)")
                        .arg(oids.join(QStringLiteral(", "))))
        || !query.next())
        throw db.dialect().translate(
            query.lastError(), QStringLiteral("Sökfunktionernas märkning kunde inte läsas."));
    return query.value(0).toBool();
}

void markSearchMatchLeakproof(Database &db)
{
    QSqlQuery query(db.connection());
    for (const char *function : kFunctions) {
        if (query.exec(QStringLiteral("ALTER FUNCTION %1 LEAKPROOF").arg(QLatin1String(function))))
            continue;
        const QString state = query.lastError().nativeErrorCode();
        if (state == QLatin1String("42501"))
            throw StorageError(StorageError::Kind::Refused,
                QStringLiteral("Inloggningen %1 får inte märka sökfunktionerna. prepare-server "
                               "ska köras en gång av en superanvändare på databasservern (till "
                               "exempel postgres).")
                    .arg(db.dialect().currentLogin(db.connection())),
                state);
        throw db.dialect().translate(
            query.lastError(), QStringLiteral("Sökfunktionerna kunde inte märkas."));
    }
}

} // namespace tf
