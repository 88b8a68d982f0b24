#include "storage/EngineMessages.h"

namespace tf {

namespace {
using Kind = StorageError::Kind;

StorageError make(Kind kind, const QString &what, const QString &reason, const QString &code)
{
    return StorageError(kind, what.isEmpty() ? reason : what + QLatin1Char(' ') + reason, code);
}

// The database's own rules (triggers) name themselves in their message.
bool isOwnRule(const QSqlError &error, const char *marker)
{
    return error.databaseText().contains(QLatin1String(marker));
}

// The triggers of migration 009 raise "minutes_locked"; the engine's code for
// it is a generic one (constraint, raise_exception).
const char *const kLockedMarker = "minutes_locked";

// libpq's words when a TLS connection (sslmode=verify-full) is refused; the
// driver passes them on in English. Empty when the error is not about TLS.
QString tlsRefusal(const QSqlError &error)
{
    const QString text = error.databaseText();
    const auto has = [&text](const char *words) {
        return text.contains(QLatin1String(words), Qt::CaseInsensitive);
    };
    if (has("server does not support SSL"))
        return QStringLiteral("Databasservern erbjuder ingen krypterad anslutning (TLS), och "
                              "Teamforum ansluter bara krypterat. Be den som sköter servern slå "
                              "på TLS.");
    if (has("root certificate file") || has("could not read root certificate"))
        return QStringLiteral("Filen med certifikatutfärdarens (CA:s) certifikat, som ska "
                              "styrka databasserverns identitet, saknas eller kan inte läsas. "
                              "Kontrollera sökvägen i inställningarna.");
    if (has("certificate verify failed"))
        return QStringLiteral("Databasserverns certifikat är inte utfärdat av den "
                              "certifikatutfärdare (CA) som Teamforum litar på. Servern kan "
                              "vara fel server; ingen anslutning gjordes. Kontrollera CA-filen "
                              "eller fråga IT.");
    if (has("does not match host name") || has("host name from server certificate"))
        return QStringLiteral("Databasserverns certifikat gäller inte för den värd som "
                              "anslutningen går till. Servern kan vara fel server; ingen "
                              "anslutning gjordes. Använd värdnamnet som står i certifikatet.");
    if (has("SSL"))
        return QStringLiteral("Den krypterade anslutningen (TLS) till databasservern kunde inte "
                              "upprättas.");
    return {};
}

// Migration 018: only the meeting's chair or a justerare named at it
// approves, as themselves.
const char *const kApproverMarker = "approver_not_entitled";

const QString kAppendOnly = QStringLiteral(
    "Loggen kan bara kompletteras: en rad i den kan aldrig ändras eller tas bort.");
const QString kRetry = QStringLiteral("Försök igen om en stund.");
} // namespace

StorageError lockedMinutesError(const QString &nativeCode)
{
    return StorageError(Kind::Refused,
        QStringLiteral("Protokollet är justerat och låst. Rättelser läggs till som tillägg."),
        nativeCode);
}

StorageError notEntitledApproverError(const QString &nativeCode)
{
    return StorageError(Kind::Refused,
        QStringLiteral("Bara mötets ordförande eller en justerare som utsetts på mötet kan "
                       "justera protokollet, och bara i eget namn."),
        nativeCode);
}

StorageError sqliteError(const QSqlError &error, const QString &what)
{
    const QString code = error.nativeErrorCode();
    if (isOwnRule(error, kLockedMarker))
        return lockedMinutesError(code);
    if (isOwnRule(error, kApproverMarker))
        return notEntitledApproverError(code);
    if (isOwnRule(error, "append-only"))
        return make(Kind::Refused, what, kAppendOnly, code);
    switch (code.toInt() & 0xff) { // the primary result code
    case 3: // SQLITE_PERM
    case 23: // SQLITE_AUTH
        return make(Kind::ReadOnly, what,
            QStringLiteral("Programmet saknar behörighet till databasfilen."), code);
    case 4: // SQLITE_ABORT
    case 9: // SQLITE_INTERRUPT
        return make(Kind::General, what, QStringLiteral("Åtgärden avbröts. ") + kRetry, code);
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return make(Kind::Busy, what,
            QStringLiteral("Databasen används just nu av ett annat program. ") + kRetry, code);
    case 7: // SQLITE_NOMEM
        return make(Kind::General, what, QStringLiteral("Datorn har slut på minne."), code);
    case 8: // SQLITE_READONLY
        return make(Kind::ReadOnly, what,
            QStringLiteral("Databasen är skrivskyddad. Ändringen sparades inte."), code);
    case 10: // SQLITE_IOERR
        return make(Kind::General, what,
            QStringLiteral("Databasfilen kunde inte läsas eller skrivas (fel i disken eller "
                           "filsystemet). Ingen ändring sparades."),
            code);
    case 11: // SQLITE_CORRUPT
    case 24: // SQLITE_FORMAT
        return make(Kind::Corrupt, what, QStringLiteral("Databasfilen är skadad."), code);
    case 13: // SQLITE_FULL
        return make(Kind::DiskFull, what,
            QStringLiteral("Disken är full. Ändringen sparades inte, men texten finns kvar."),
            code);
    case 14: // SQLITE_CANTOPEN
        return make(Kind::ReadOnly, what,
            QStringLiteral("Databasfilen eller dess mapp kan inte öppnas för skrivning."), code);
    case 15: // SQLITE_PROTOCOL
        return make(
            Kind::Busy, what, QStringLiteral("Databasens lås kunde inte tas. ") + kRetry, code);
    case 17: // SQLITE_SCHEMA
        return make(Kind::Busy, what,
            QStringLiteral("Databasens uppbyggnad ändrades under tiden. ") + kRetry, code);
    case 18: // SQLITE_TOOBIG
        return make(
            Kind::General, what, QStringLiteral("Texten är för stor för att sparas."), code);
    case 19: // SQLITE_CONSTRAINT
        return make(Kind::Conflict, what,
            QStringLiteral("Ändringen strider mot databasens regler, till exempel för att "
                           "raden redan finns eller hänvisar till något som inte finns."),
            code);
    case 20: // SQLITE_MISMATCH
    case 25: // SQLITE_RANGE
        return make(Kind::General, what, QStringLiteral("Ett värde har fel form."), code);
    case 22: // SQLITE_NOLFS
        return make(
            Kind::General, what, QStringLiteral("Filsystemet klarar inte så stora filer."), code);
    case 26: // SQLITE_NOTADB
        return make(
            Kind::NotADatabase, {}, QStringLiteral("Filen är ingen Teamforum-databas."), code);
    default: // SQLITE_ERROR, SQLITE_INTERNAL, SQLITE_MISUSE and the rest
        return make(Kind::General, what,
            QStringLiteral("Databasen gav ett oväntat fel (kod %1). Kontakta den som "
                           "förvaltar Teamforum om det händer igen.")
                .arg(code.isEmpty() ? QStringLiteral("okänd") : code),
            code);
    }
}

StorageError postgresError(const QSqlError &error, const QString &what)
{
    const QString state = error.nativeErrorCode();
    const QString group = state.left(2);
    if (isOwnRule(error, kLockedMarker))
        return lockedMinutesError(state);
    if (isOwnRule(error, kApproverMarker))
        return notEntitledApproverError(state);
    if (isOwnRule(error, "append-only"))
        return make(Kind::Refused, what, kAppendOnly, state);
    if (state == QLatin1String("55P03"))
        // lock_timeout: another client holds the row (see Database::WaitLimits).
        return make(Kind::Busy, what,
            QStringLiteral("Någon annan sparar just nu i samma uppgifter. ") + kRetry, state);
    if (state == QLatin1String("57014"))
        // statement_timeout (or a cancel): nothing of the statement stays.
        return make(Kind::Busy, what,
            QStringLiteral("Databasservern svarade inte i tid. ") + kRetry, state);
    if (state == QLatin1String("40001") || state == QLatin1String("40P01"))
        return make(
            Kind::Busy, what, QStringLiteral("Databasen är upptagen just nu. ") + kRetry, state);
    if (state == QLatin1String("53100"))
        return make(Kind::DiskFull, what,
            QStringLiteral("Databasserverns disk är full. Ändringen sparades inte."), state);
    if (state == QLatin1String("53300"))
        return make(Kind::Busy, what,
            QStringLiteral("Databasservern tar inte emot fler anslutningar just nu. ") + kRetry,
            state);
    if (group == QLatin1String("53"))
        return make(Kind::General, what,
            QStringLiteral("Databasservern har slut på resurser. ") + kRetry, state);
    if (state == QLatin1String("25006"))
        return make(Kind::ReadOnly, what,
            QStringLiteral("Databasen är skrivskyddad. Ändringen sparades inte."), state);
    if (const QString tls = tlsRefusal(error);
        !tls.isEmpty() && error.type() == QSqlError::ConnectionError)
        return make(Kind::General, what, tls, state);
    // Class 08, and the server shutting down or restarting (57P01 admin
    // shutdown, 57P02 crash shutdown, 57P03 cannot connect now): the
    // connection is gone and the program opens it again.
    if (group == QLatin1String("08") || state == QLatin1String("57P01")
        || state == QLatin1String("57P02") || state == QLatin1String("57P03")
        || error.type() == QSqlError::ConnectionError)
        return make(Kind::ConnectionLost, what,
            QStringLiteral("Kontakten med databasservern bröts. Ändringen sparades inte."), state);
    if (group == QLatin1String("28"))
        return make(
            Kind::General, what, QStringLiteral("Databasservern godtog inte inloggningen."), state);
    // Row-level security (migration 013): the database's care-relation rule.
    if (state == QLatin1String("42501") && isOwnRule(error, "row-level security"))
        return make(Kind::Refused, what,
            QStringLiteral("Du har ingen vårdrelation till kunden eller enheten som ändringen "
                           "gäller (du arbetar inte i enheten, har ingen roll för kunden och "
                           "deltar inte i ett möte där kunden tas upp), så den är inte "
                           "tillåten."),
            state);
    if (state == QLatin1String("42501") && isOwnRule(error, "tied to no person"))
        return make(Kind::Refused, what,
            QStringLiteral("Din inloggning är inte kopplad till någon person i Teamforum."), state);
    if (state == QLatin1String("42501"))
        return make(Kind::Refused, what,
            QStringLiteral("Du har inte behörighet till de här uppgifterna."), state);
    if (group == QLatin1String("23"))
        return make(Kind::Conflict, what,
            QStringLiteral("Ändringen strider mot databasens regler, till exempel för att "
                           "raden redan finns eller hänvisar till något som inte finns."),
            state);
    if (group == QLatin1String("22"))
        return make(Kind::General, what, QStringLiteral("Ett värde har fel form."), state);
    if (group == QLatin1String("XX"))
        return make(Kind::Corrupt, what,
            QStringLiteral("Databasservern rapporterar ett internt fel eller skadade data."),
            state);
    return make(Kind::General, what,
        QStringLiteral("Databasservern gav ett oväntat fel (kod %1). Kontakta den som "
                       "förvaltar Teamforum om det händer igen.")
            .arg(state.isEmpty() ? QStringLiteral("okänd") : state),
        state);
}

} // namespace tf
