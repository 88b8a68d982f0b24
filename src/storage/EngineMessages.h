#pragma once

#include "domain/StorageError.h"

#include <QSqlError>

namespace tf {

// Swedish for every error an engine can give the program, so no English text
// from SQLite or PostgreSQL reaches the user. The engine's own text is never
// part of the message: it is English and may quote stored values (a
// personnummer in a unique violation). `what` says what failed ("Ändringen
// kunde inte sparas."); the reason follows it.
StorageError sqliteError(const QSqlError &error, const QString &what);
StorageError postgresError(const QSqlError &error, const QString &what);

// Approved minutes are locked (migration 009): the refusal of the schema's
// triggers on either engine, and of the repositories that check first.
StorageError lockedMinutesError(const QString &nativeCode = {});
// Only the meeting's chair or a justerare named at it approves (migration
// 018): the refusal of the schema's triggers on either engine.
StorageError notEntitledApproverError(const QString &nativeCode = {});

} // namespace tf
