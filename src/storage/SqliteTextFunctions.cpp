#include "storage/SqliteTextFunctions.h"

#include "domain/StorageError.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QString>
#include <QVariant>

#include <sqlite3.h>

namespace tf {

namespace {
void composed(sqlite3_context *context, int, sqlite3_value **values)
{
    sqlite3_value *value = values[0];
    if (sqlite3_value_type(value) != SQLITE_TEXT) {
        sqlite3_result_value(context, value);
        return;
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(value));
    const int size = sqlite3_value_bytes(value);
    // ASCII is composed already, and it is most of what is written.
    bool ascii = true;
    for (int i = 0; i < size && ascii; ++i)
        ascii = static_cast<unsigned char>(text[i]) < 0x80;
    if (ascii) {
        sqlite3_result_value(context, value);
        return;
    }
    const QByteArray nfc
        = QString::fromUtf8(text, size).normalized(QString::NormalizationForm_C).toUtf8();
    sqlite3_result_text(context, nfc.constData(), int(nfc.size()), SQLITE_TRANSIENT);
}
} // namespace

void addTextFunctions(QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return;
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    if (!connection
        || sqlite3_create_function_v2(connection, "teamforum_nfc", 1,
               SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr, composed, nullptr,
               nullptr, nullptr)
            != SQLITE_OK)
        throw StorageError(StorageError::Kind::General,
            QStringLiteral("Sökfunktionen kunde inte läggas till i databasanslutningen."));
}

} // namespace tf
