#include "storage/Query.h"

#include "storage/Database.h"
#include "storage/StatementCache.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlField>
#include <QSqlRecord>
#include <QTimeZone>

#include <utility>

namespace tf {

QString utcText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QString nowUtcText()
{
    return utcText(QDateTime::currentDateTimeUtc());
}

namespace {
QSqlQuery preparedStatement(Database &db, const QString &sql)
{
    if (std::optional<QSqlQuery> kept = db.statements().take(sql))
        return std::move(*kept);
    QSqlQuery statement(db.connection());
    statement.setForwardOnly(true);
    if (!statement.prepare(sql))
        throw db.failure(
            statement.lastError(), QStringLiteral("En databasfråga kunde inte förberedas."));
    return statement;
}

// A plain read outside any transaction, which may run again on a new
// connection without changing anything twice.
bool isRepeatableRead(Database &db, const QString &sql)
{
    return db.transactionDepth() == 0
        && sql.trimmed().startsWith(QLatin1String("SELECT"), Qt::CaseInsensitive)
        && !sql.contains(QLatin1String("FOR UPDATE"), Qt::CaseInsensitive);
}

// The read's connection was lost: opens it again once. False when the
// server is still away (the caller reports the first failure).
bool reconnectForRead(Database &db)
{
    try {
        db.reconnect();
        return true;
    } catch (const StorageError &) {
        return false;
    }
}

QSqlQuery preparedRead(Database &db, const QString &sql)
{
    try {
        return preparedStatement(db, sql);
    } catch (const StorageError &error) {
        if (error.kind() != StorageError::Kind::ConnectionLost || !isRepeatableRead(db, sql)
            || !reconnectForRead(db))
            throw;
    }
    return preparedStatement(db, sql);
}

bool isNumber(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Double:
    case QMetaType::Float:
        return !value.isNull();
    default:
        return false;
    }
}

QSqlQuery inlineStatement(Database &db)
{
    QSqlQuery statement(db.connection());
    statement.setForwardOnly(true);
    return statement;
}

// sql with each ? outside a quoted literal replaced by mark(its index);
// `count` is set to the number of marks.
template <typename Mark> QString replaceMarks(const QString &sql, Mark &&mark, qsizetype &count)
{
    QString text;
    text.reserve(sql.size() + 64);
    count = 0;
    bool inQuote = false;
    for (const QChar ch : sql) {
        if (ch == QLatin1Char('?') && !inQuote) {
            text += mark(count++);
            continue;
        }
        if (ch == QLatin1Char('\''))
            inQuote = !inQuote;
        text += ch;
    }
    return text;
}

QString inlineLiteral(const QSqlDriver &driver, const QVariant &value)
{
    QSqlField field(QString(), value.metaType());
    if (value.isNull())
        field.clear();
    else
        field.setValue(value);
    const QString literal = driver.formatValue(field);
    // A number goes quoted, as an untyped literal: the server gives it the
    // type its place needs, as it does a prepared statement's parameter (a
    // text column compared with 5 would otherwise fail, and "a -?" with -5
    // would become a comment).
    return isNumber(value) && !literal.startsWith(QLatin1Char('\''))
        ? QLatin1Char('\'') + literal + QLatin1Char('\'')
        : literal;
}

StorageError wrongValueCount(qsizetype values)
{
    return StorageError(StorageError::Kind::General,
        QStringLiteral("En databasfråga fick fel antal värden (%1).").arg(values));
}

// The name a statement planned once per connection is prepared under: the
// same text, the same name, in every session.
QString serverStatementName(const QString &sql)
{
    return QStringLiteral("teamforum_")
        + QString::fromLatin1(
            QCryptographicHash::hash(sql.toUtf8(), QCryptographicHash::Sha1).toHex().left(20));
}

// The SQLSTATEs of a prepared statement the server does not have, and of
// one it has already.
const QLatin1String kNoSuchStatement("26000");
const QLatin1String kStatementExists("42P05");
} // namespace

QString withValuesInline(const QSqlDriver &driver, const QString &sql, const QVariantList &values)
{
    qsizetype marks = 0;
    const QString text = replaceMarks(
        sql,
        [&](qsizetype i) {
            return i < values.size() ? inlineLiteral(driver, values.at(i)) : QString();
        },
        marks);
    if (marks != values.size())
        throw wrongValueCount(values.size());
    return text;
}

Query::Query(Database &db, const QString &sql, Planning planning)
    : m_db(db)
    , m_query(db.dialect().keepsStatements() ? preparedRead(db, sql) : inlineStatement(db))
    , m_sql(sql)
    , m_planning(planning)
{ }

Query::~Query()
{
    if (m_db.dialect().keepsStatements())
        m_db.statements().give(m_sql, std::move(m_query));
    else
        m_query.finish();
    m_db.settleAfterStatement();
}

bool Query::runsInline() const
{
    return !m_db.dialect().keepsStatements();
}

QString Query::inlineText()
{
    // The values go with this run only: a Query run again is bound again,
    // as a prepared statement is.
    const QString text = withValuesInline(*m_db.connection().driver(), m_sql, m_values);
    m_values.clear();
    return text;
}

QStringList Query::statementsToSend()
{
    const QString explain = m_explain ? QStringLiteral("EXPLAIN (ANALYZE, COSTS OFF) ") : QString();
    if (m_planning == Planning::EachRun)
        return {explain + inlineText()};
    qsizetype marks = 0;
    const QString numbered = replaceMarks(
        m_sql, [](qsizetype i) { return QStringLiteral("$%1").arg(i + 1); }, marks);
    if (marks != m_values.size())
        throw wrongValueCount(m_values.size());
    const QString name = serverStatementName(m_sql);
    QStringList statements;
    if (!m_db.preparedOnServer().contains(name)) {
        statements << QStringLiteral("PREPARE %1 AS %2").arg(name, numbered);
        m_preparing = name;
    }
    // One plan for any values from the first run (the server would plan the
    // first five runs for their values), for this statement only: LOCAL to
    // the implicit transaction of the one round trip. Inside a transaction
    // it would hold to the end, so there the server chooses.
    if (m_db.transactionDepth() == 0)
        statements << QStringLiteral("SET LOCAL plan_cache_mode = force_generic_plan");
    QStringList literals;
    for (const QVariant &value : std::as_const(m_values))
        literals << inlineLiteral(*m_db.connection().driver(), value);
    m_values.clear();
    statements << explain + QStringLiteral("EXECUTE ") + name
            + (literals.isEmpty()
                    ? QString()
                    : QStringLiteral("(%1)").arg(literals.join(QStringLiteral(", "))));
    return statements;
}

bool Query::run(const QString &after)
{
    if (!runsInline())
        return m_query.exec();
    // BEGIN of a Transaction that begins with its first statement, and the
    // change-log rows kept for the next statement, go in the same round
    // trip; their results come first, as do a statement's PREPARE and its
    // plan's setting. The rows are the last statement's before `after`.
    const QStringList own = statementsToSend(); // may throw: nothing taken yet
    QStringList statements = m_db.takeSendFirst();
    statements += own;
    const qsizetype passedOver = statements.size() - 1;
    if (!after.isEmpty())
        statements << after;
    const QString preparing = std::exchange(m_preparing, {});
    if (!m_query.exec(statements.join(QStringLiteral("; "))))
        return false;
    for (qsizetype i = 0; i < passedOver; ++i) {
        if (!m_query.nextResult())
            return false;
    }
    if (!preparing.isEmpty())
        m_db.preparedOnServer().insert(preparing);
    return true;
}

bool Query::preparedStatementMended()
{
    if (m_planning != Planning::OncePerConnection || !runsInline() || m_db.transactionDepth() != 0)
        return false;
    const QString state = m_query.lastError().nativeErrorCode();
    const QString name = serverStatementName(m_sql);
    if (state == kNoSuchStatement) // the session's statements were discarded
        m_db.preparedOnServer().remove(name);
    else if (state == kStatementExists) // prepared by a run whose EXECUTE failed
        m_db.preparedOnServer().insert(name);
    else
        return false;
    return true;
}

QStringList Query::explainAnalyze()
{
    m_explain = true;
    exec();
    m_explain = false;
    QStringList lines;
    while (next())
        lines << text(0);
    return lines;
}

void Query::sendWithNext()
{
    m_db.sendWithNext(inlineText());
}

void Query::execThen(const QString &then)
{
    if (!runsInline()) {
        exec();
        execSchemaStatement(m_db, then);
        return;
    }
    bool sent = run(then);
    // A failure of `then` shows only once its result is reached.
    while (sent && m_query.nextResult()) { }
    if (!sent || m_query.lastError().isValid())
        throw m_db.failure(m_query.lastError(), QStringLiteral("Ändringen kunde inte sparas."));
}

void Query::keepRows(QSqlQuery &result)
{
    QList<QVariantList> rows;
    const int columns = result.record().count();
    while (result.next()) {
        QVariantList row;
        row.reserve(columns);
        for (int column = 0; column < columns; ++column)
            row << result.value(column);
        rows << std::move(row);
    }
    if (result.lastError().isValid())
        throw m_db.failure(result.lastError(), QStringLiteral("Databasen kunde inte läsas."));
    m_rows = std::move(rows);
    m_row = -1;
}

QVariant bindable(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && !value.isNull() && value.toString().isNull())
        return QString(QLatin1String(""));
    return value;
}

Query &Query::bindAll(const QVariantList &values)
{
    for (const QVariant &value : values)
        bind(value);
    return *this;
}

Query &Query::bind(const QVariant &value)
{
    if (runsInline())
        m_values << bindable(value);
    else
        m_query.addBindValue(bindable(value));
    return *this;
}

Query &Query::bindId(qint64 id)
{
    return bind(id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong)));
}

Query &Query::bindDate(const QDate &date)
{
    return bind(date.isValid() ? QVariant(date.toString(Qt::ISODate))
                               : QVariant(QMetaType(QMetaType::QString)));
}

Query &Query::bindTime(const QDateTime &utc)
{
    return bind(utc.isValid() ? QVariant(utcText(utc)) : QVariant(QMetaType(QMetaType::QString)));
}

void Query::exec()
{
    const QVariantList values = m_values;
    if (run())
        return;
    if (preparedStatementMended()) {
        m_query = inlineStatement(m_db);
        m_values = values;
        if (run())
            return;
    }
    const StorageError error
        = m_db.failure(m_query.lastError(), QStringLiteral("Databasen kunde inte uppdateras."));
    // A write is never sent twice: whether the server did it before the
    // connection went is unknown, so the caller is told it was not saved.
    if (error.kind() != StorageError::Kind::ConnectionLost || !isRepeatableRead(m_db, m_sql)
        || !reconnectForRead(m_db))
        throw error;
    if (runsInline()) {
        m_query = inlineStatement(m_db);
        m_values = values;
    } else {
        const QVariantList bound = m_query.boundValues();
        m_query = preparedStatement(m_db, m_sql);
        for (const QVariant &value : bound)
            m_query.addBindValue(value);
    }
    if (!run())
        throw m_db.failure(m_query.lastError(), QStringLiteral("Databasen kunde inte läsas."));
}

bool Query::next()
{
    if (m_rows)
        return ++m_row < m_rows->size();
    if (m_query.next())
        return true;
    if (m_query.lastError().isValid())
        throw m_db.failure(m_query.lastError(), QStringLiteral("Databasen kunde inte läsas."));
    return false;
}

qint64 Query::execReturningId()
{
    exec();
    if (!m_query.next())
        throw StorageError(StorageError::Kind::General,
            QStringLiteral("Databasen gav inget id för den nya raden."));
    const qint64 newId = m_query.value(0).toLongLong();
    m_query.finish();
    return newId;
}

QString parameterMarks(qsizetype count)
{
    QString marks;
    marks.reserve(count * 2);
    for (qsizetype i = 0; i < count; ++i)
        marks += i == 0 ? QStringLiteral("?") : QStringLiteral(",?");
    return marks;
}

void execSchemaStatement(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql))
        throw db.failure(
            query.lastError(), QStringLiteral("Databasens schema kunde inte uppdateras."));
}

QDate Query::date(int column) const
{
    return QDate::fromString(value(column).toString(), Qt::ISODate);
}

QDateTime Query::time(int column) const
{
    QDateTime parsed = QDateTime::fromString(value(column).toString(), Qt::ISODate);
    parsed.setTimeZone(QTimeZone::utc());
    return parsed;
}

} // namespace tf
